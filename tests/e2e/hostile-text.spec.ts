/**
 * Article text is untrusted: markup in a title, an author, an outlet, an evidence sentence or a
 * source address is shown as text, never run. The data is rewritten on its way to the page (the
 * build's own files stay as they are).
 */
import { test, expect, openApp, keepPath, readBuiltData } from './fixtures';
import { excerptPanel } from './ui';

const PAYLOAD = '<img src=x onerror="window.__hostile=1">';

test('markup in article fields is shown as text and never runs', async ({ page }) => {
	// Read from the build (its file stays as it is), rewritten, and served instead by the route below.
	const file = readBuiltData<{ articles: Array<Record<string, unknown>> }>('articles.json');
	const { articles } = file;
	// Every article: the panel and the reader may show any of them.
	for (const a of articles) {
		a.title = `${PAYLOAD} ${String(a.title)}`;
		a.author = '<script>window.__hostile=2</script>';
		a.outlet = `<b onmouseover="window.__hostile=3">Outlet</b>`;
		a.url = 'javascript:window.__hostile=4';
		for (const e of a.evidence as Array<{ sentence: string }>)
			e.sentence = `${PAYLOAD}${e.sentence}`;
	}
	await page.route('**/data/articles.json', (route) => route.fulfill({ json: file }));
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});

	await openApp(page, '/?sel=place:city-dushanbe');
	const panel = excerptPanel(page);
	await expect(panel).toContainText('<img src=x onerror=');
	await expect(panel.locator('img')).toHaveCount(0);
	await panel
		.getByRole('button', { name: /Read the whole article/ })
		.first()
		.click();
	const reader = page.getByTestId('reader');
	await expect(reader).toBeVisible();
	await expect(reader).toContainText('<img src=x');
	await expect(reader).toContainText('<script>window.__hostile=2</script>');
	// The source address is text, not a link that would run.
	await expect(reader.locator('a[href^="javascript:"]')).toHaveCount(0);
	await expect(reader.locator('script, img, b')).toHaveCount(0);
	await reader.screenshot({ path: keepPath('hostile/reader.png') });

	// A link's evidence sentence, in the panel.
	const linkId = await page.evaluate(() => {
		const m = window.__parleyMap!;
		return String(m.querySourceFeatures('links')[0]?.properties?.id ?? '');
	});
	await page.goto(`/?sel=link:${linkId}`);
	await expect(excerptPanel(page)).toContainText('<img src=x onerror=');
	await expect(excerptPanel(page).locator('img')).toHaveCount(0);

	expect(await page.evaluate(() => (window as { __hostile?: number }).__hostile)).toBeUndefined();
	expect(dialogs).toEqual([]);
});
