/**
 * Reading: clicking Dushanbe on the map opens the panel with the excerpt about the Rahmon–Imran
 * Khan meeting and its source (title, outlet, date), as a person reads it.
 */
import type { ArticlesFile } from '../../src/lib/data/schema';
import {
	test,
	expect,
	openApp,
	jumpMap,
	clickLngLat,
	loadCorpus,
	placeNamed,
	lngLatOf,
	readBuiltData
} from './fixtures';
import { excerptPanel } from './ui';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The ways a full date may reasonably be written in the panel: ISO, `24 Sep 2021`, `September 24, 2021`. */
function datePattern(iso: string): RegExp {
	const [y, m, d] = iso.split('-');
	const mon = MONTHS[Number(m) - 1];
	const day = String(Number(d));
	return new RegExp(`${iso}|${day} ${mon}\\w* ${y}|${mon}\\w* ${day},? ${y}`);
}

test.beforeEach(async ({ page }) => {
	const { places } = loadCorpus();
	await openApp(page);
	const dushanbe = lngLatOf(placeNamed(places, 'Dushanbe'));
	// Centre on Dushanbe at a city zoom, so the click lands on its circle and not under a panel.
	await jumpMap(page, { center: dushanbe, zoom: 6 });
	await clickLngLat(page, dushanbe);
});

test('clicking Dushanbe shows the excerpt about the Rahmon–Imran Khan meeting', async ({
	page
}) => {
	const panel = excerptPanel(page);
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { name: 'Dushanbe' }).first()).toBeVisible();
	await expect(
		panel.getByText(
			/Dushanbe on September 17 between Tajik President Emomali Rahmon and Pakistani Prime Minister Imran Khan/
		)
	).toBeVisible();
});

test('the Dushanbe excerpt names its source: title, outlet and date', async ({ page }) => {
	const { articles } = readBuiltData<ArticlesFile>('articles.json');
	const source = articles.find((a) =>
		a.paragraphs.some(
			(p) => p.includes('Rahmon') && p.includes('Imran Khan') && p.includes('Dushanbe')
		)
	);
	expect(source, 'the article that reports the meeting').toBeDefined();
	const panel = excerptPanel(page);
	await expect(panel.getByText(source!.title).first()).toBeVisible();
	expect(source!.outlet).toBeTruthy();
	await expect(panel.getByText(source!.outlet!).first()).toBeVisible();
	expect(source!.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	await expect(panel.getByText(datePattern(source!.published!)).first()).toBeVisible();
});

test('the mention of Dushanbe is highlighted in the excerpt', async ({ page }) => {
	const marks = excerptPanel(page).locator('mark');
	await expect(marks.first()).toBeVisible();
	await expect(marks.first()).toHaveText(/Dushanbe/);
});

test('an article that names a place many times shows its excerpts in pages', async ({ page }) => {
	await openApp(page, '/?sel=place:country-af');
	const panel = excerptPanel(page);
	const first = panel.locator('li.group').first();
	await expect(first.locator('blockquote')).toHaveCount(10);
	const more = first.getByTestId('more-excerpts');
	await expect(more).toContainText(/^and \d+ more in this article/);
	const rest = Number((await more.textContent())!.match(/and (\d+) more/)![1]);
	await more.click();
	await expect(first.locator('blockquote')).toHaveCount(10 + Math.min(50, rest));
});
