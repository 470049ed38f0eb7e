/**
 * Search: misspelt place names, people and parties are found, grouped by kind; choosing one
 * selects it (a person's country; a party, whose links the panel lists and the map frames), and a
 * chosen party stays selected through a reload and Back. The names (search.json) and the search
 * code load when the box is first focused, not with the page.
 */
import type { Page } from '@playwright/test';
import type { Article, LinkFeature, SearchIndexFile } from '../../src/lib/data/schema';
import {
	test,
	expect,
	openApp,
	waitForMapIdle,
	jumpMap,
	loadCorpus,
	placeNamed,
	keepPath,
	readBuiltData
} from './fixtures';
import { excerptPanel, searchBox } from './ui';

/** Types a query into the search box as a person would (focus first: that loads the names). */
async function typeQuery(page: Page, query: string): Promise<void> {
	await searchBox(page).click();
	await page.keyboard.type(query);
}

function options(page: Page) {
	return page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
}

/** Whether every end of these arcs is inside the map's canvas now. */
async function allEndsInView(page: Page, links: LinkFeature[]): Promise<boolean> {
	const ends = links.flatMap((l) => {
		const c = l.geometry.coordinates;
		return [c[0]!, c[c.length - 1]!];
	});
	return page.evaluate((points) => {
		const map = window.__parleyMap!;
		const canvas = map.getCanvas();
		return points.every(([lng, lat]) => {
			const p = map.project([lng!, lat!]);
			return p.x >= 0 && p.y >= 0 && p.x <= canvas.clientWidth && p.y <= canvas.clientHeight;
		});
	}, ends);
}

test('the names load when the search box is first focused, not with the page', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/data/search.json')) asked.push(r.url());
	});
	await openApp(page);
	expect(asked).toEqual([]);
	await typeQuery(page, 'Dush');
	await expect(options(page).first()).toContainText('Dushanbe');
	expect(asked).toHaveLength(1);
});

test('Enter pressed before the names arrive chooses once they have', async ({ page }) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/data/search.json', async (route) => {
		await held;
		await route.fallback();
	});
	await openApp(page);
	await typeQuery(page, 'Dushanbeh');
	await expect(options(page).first()).toHaveText('Loading names…');
	await page.keyboard.press('Enter');
	await expect(excerptPanel(page)).not.toBeVisible();
	release();
	await expect(excerptPanel(page).getByRole('heading', { name: 'Dushanbe' }).first()).toBeVisible();
});

test('without search.json the map’s own names are still found, and the box says so', async ({
	page
}) => {
	// Blocked the way the offline guard blocks (the console guard expects no other load error).
	await page.route('**/data/search.json', (route) => route.abort('blockedbyclient'));
	await openApp(page);
	await typeQuery(page, 'Taliban');
	await expect(
		page.getByRole('group', { name: 'Parties' }).getByRole('option').first()
	).toContainText('Taliban');
	await expect(
		page.getByRole('status').filter({ hasText: 'Only place and party names' })
	).toBeVisible();
	await searchBox(page).fill('Rahmon');
	await expect(options(page).first()).toHaveText('No match');
});

test('"Dushanbeh" finds Dushanbe, and choosing it shows its excerpts', async ({ page }) => {
	await openApp(page);
	await typeQuery(page, 'Dushanbeh');
	await expect(options(page).first()).toContainText('Dushanbe');
	await page.keyboard.press('Enter');
	const panel = excerptPanel(page);
	await expect(panel.getByRole('heading', { name: 'Dushanbe' }).first()).toBeVisible();
	await expect(
		panel.getByText(
			/between Tajik President Emomali Rahmon and Pakistani Prime Minister Imran Khan/
		)
	).toBeVisible();
	await expect(panel.locator('mark').first()).toHaveText(/Dushanbe/);
});

test('"Imran Khan" is found among people, and choosing him selects Pakistan', async ({ page }) => {
	const { places } = loadCorpus();
	const pakistan = placeNamed(places, 'Pakistan').properties.id;
	await openApp(page);
	await typeQuery(page, 'Imran Khan');
	const people = page.getByRole('group', { name: 'People' });
	await expect(people).toBeVisible();
	const imran = people.getByRole('option', { name: /Imran Khan/ });
	await expect(imran).toContainText('Pakistan');
	await imran.click();
	await expect(
		excerptPanel(page).getByRole('heading', { name: 'Pakistan', exact: true })
	).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`[?&]sel=place:${pakistan}(&|$)`));
});

test('"Rahmon" finds Emomali Rahmon under People, with the group labelled', async ({ page }) => {
	await openApp(page);
	await typeQuery(page, 'Rahmon');
	const first = options(page).first();
	await expect(first).toContainText('Emomali Rahmon');
	await expect(first).toContainText('Tajikistan');
	await expect(page.getByText('People', { exact: true })).toBeVisible();
	await page.screenshot({ path: keepPath('search/rahmon-results.png') });
});

test('arrows move through the options, Escape closes the list', async ({ page }) => {
	await openApp(page);
	await typeQuery(page, 'ta');
	const box = searchBox(page);
	await expect(options(page).nth(1)).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const second = options(page).nth(1);
	await expect(second).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
	await page.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(excerptPanel(page)).not.toBeVisible();
});

test('a made-up word finds nothing', async ({ page }) => {
	await openApp(page);
	await typeQuery(page, 'Blorptastic');
	await expect(options(page)).toHaveCount(1);
	await expect(options(page).first()).toHaveText('No match');
});

test('choosing the Taliban selects the party: its links listed and framed, kept on reload and Back', async ({
	page
}) => {
	const { links } = loadCorpus();
	const search = readBuiltData<SearchIndexFile>('search.json');
	const entry = search.entries.find((e) => e.name === 'Taliban' && e.kind === 'party');
	expect(entry?.party, 'the Taliban as a party in search.json').toBeTruthy();
	const party = entry!.party!;
	// What the map draws by default: the events that took place.
	const partyLinks = links.features.filter(
		(l) => l.properties.parties.includes(party) && l.properties.status === 'held'
	);
	expect(partyLinks.length).toBeGreaterThan(1);

	await openApp(page);
	// Far from every Taliban arc, so framing them is seen.
	await jumpMap(page, { center: [-60, -15], zoom: 5 });
	expect(await allEndsInView(page, partyLinks)).toBe(false);

	await typeQuery(page, 'Taliban');
	const parties = page.getByRole('group', { name: 'Parties' });
	await expect(parties.getByRole('option').first()).toContainText('Taliban');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');

	const panel = excerptPanel(page);
	await expect(panel.getByRole('heading', { name: 'Taliban', exact: true })).toBeVisible();
	await expect(panel.getByTestId('party-links').getByRole('listitem')).toHaveCount(
		partyLinks.length
	);
	// The sentences the links were read from, as text.
	const { articles } = readBuiltData<{ articles: Article[] }>('articles.json');
	const sentence = articles
		.flatMap((a) => a.evidence)
		.find((e) => e.link === partyLinks[0]!.properties.id)!.sentence;
	await expect(panel.getByText(sentence, { exact: false }).first()).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`[?&]sel=party:${party}(&|$)`));
	await waitForMapIdle(page);
	await expect.poll(() => allEndsInView(page, partyLinks)).toBe(true);
	await page.screenshot({ path: keepPath('search/taliban-panel.png') });

	await page.reload();
	await waitForMapIdle(page);
	await expect(panel.getByRole('heading', { name: 'Taliban', exact: true })).toBeVisible();
	await expect(panel.getByTestId('party-links').getByRole('listitem')).toHaveCount(
		partyLinks.length
	);

	await page.goto('about:blank');
	await page.goBack();
	await waitForMapIdle(page);
	await expect(page).toHaveURL(new RegExp(`[?&]sel=party:${party}(&|$)`));
	await expect(panel.getByRole('heading', { name: 'Taliban', exact: true })).toBeVisible();

	// A link of the list opens that link's own panel.
	await panel.getByTestId('party-links').getByRole('button').first().click();
	await expect(page).toHaveURL(/[?&]sel=link:/);
	await expect(panel.getByTestId('link-facts')).toBeVisible();
});

test('a party in a shared URL that the data does not have is ignored', async ({ page }) => {
	await openApp(page, '/?sel=party:atlantis');
	await expect(excerptPanel(page)).not.toBeVisible();
});
