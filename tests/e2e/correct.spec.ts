/**
 * A presenter corrects wrong arcs in a minute: "Correct this" on a link writes the corrections
 * entries to the clipboard; saved as a corrections file, re-ingested and rebuilt, the rejected link
 * is gone and the reversed one points the other way (and says it was corrected).
 *
 * The rebuild is a real `vite build` of the app into a folder of its own, over a copy of static/
 * whose data/ the ingest rewrote; a small static server in this test serves it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { validateLinks } from '../../src/lib/data/schema';
import {
	test,
	findLink,
	expect,
	openApp,
	waitForMapIdle,
	loadCorpus,
	renderedLinkIds,
	keepPath
} from './fixtures';
import { serveFolder } from './static-server';
import { excerptPanel } from './ui';

const ROOT = process.cwd();
const WORK = resolve(ROOT, 'test-results', 'rebuild');

/** Opens the link's panel, fills "Correct this" and returns what the Copy button put on the clipboard. */
async function correct(
	page: Page,
	linkId: string,
	fill: (form: ReturnType<Page['getByTestId']>) => Promise<void>
) {
	await openApp(page, `/?sel=link:${linkId}`);
	const panel = excerptPanel(page);
	await panel.getByTestId('correct-open').click();
	const form = panel.getByTestId('correction-form');
	await expect(form).toBeVisible();
	await fill(form);
	await expect(form.getByTestId('correct-output')).toBeVisible();
	await form.getByTestId('correct-copy').click();
	await expect(form.getByTestId('correct-message')).toContainText('Copied');
	await panel.screenshot({ path: keepPath(`correct/form-${linkId}.png`) });
	return page.evaluate(() => navigator.clipboard.readText());
}

test('Correct this: reject one link and reverse another, re-ingest, rebuild, and the map follows', async ({
	page,
	context
}) => {
	test.setTimeout(300_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const { links } = loadCorpus();
	const rejected = findLink(
		links.features,
		(p) => p.status === 'held' && p.type === 'meeting' && p.parties.includes('un')
	);
	const reversed = findLink(
		links.features,
		(p) => p.status === 'held' && p.type === 'visit' && p.dateBasis === 'stated'
	);
	const { from, to } = reversed.properties;

	const rejectText = await correct(page, rejected.properties.id, async (form) => {
		await form.getByTestId('correct-reject').check();
		await form.getByTestId('correct-note').fill('ministers met at the UN, not a meeting with it');
	});
	let direction = '';
	const reverseText = await correct(page, reversed.properties.id, async (form) => {
		direction = (await excerptPanel(page).getByTestId('link-direction').textContent()) ?? '';
		await form.getByTestId('correct-change').check();
		await form.getByTestId('correct-reverse').click();
	});
	const entries = JSON.parse(`[${rejectText},${reverseText}]`) as Array<Record<string, unknown>>;
	expect(entries.some((e) => e.action === 'reject')).toBe(true);
	expect(entries.find((e) => e.set)?.set).toEqual({ from: to, to: from });

	// Save as the corrections file, re-ingest the bundled corpus with it, rebuild the app.
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	const correctionsFile = join(WORK, 'corrections.json');
	writeFileSync(correctionsFile, JSON.stringify({ links: entries, articles: [] }, null, '\t'));
	const staticDir = join(WORK, 'static');
	cpSync(join(ROOT, 'static'), staticDir, { recursive: true });
	const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
		execFileSync(cmd, args, {
			cwd: ROOT,
			env: { ...process.env, ...env },
			stdio: 'pipe',
			encoding: 'utf8'
		});
	const ingest = run('npx', [
		'tsx',
		'ingest/cli.ts',
		'--corrections',
		correctionsFile,
		'--out',
		join(staticDir, 'data'),
		'--quiet'
	]);
	expect(ingest).toMatch(/correction/i);
	run('npx', ['vite', 'build', '--logLevel', 'error'], {
		PARLEY_STATIC_DIR: staticDir,
		PARLEY_BUILD_DIR: join(WORK, 'build'),
		PARLEY_KIT_DIR: join(WORK, 'kit')
	});

	// The file leaves out the ids its links' keys give: read it as the app does.
	const data = validateLinks(
		JSON.parse(readFileSync(join(WORK, 'build', 'data', 'links.geojson'), 'utf8'))
	);
	const byId = (id: string) => data.features.find((f) => f.properties.id === id)?.properties;
	expect(byId(rejected.properties.id)).toBeUndefined();
	expect(byId(reversed.properties.id)).toMatchObject({ from: to, to: from, corrected: true });

	const { server, url } = await serveFolder(join(WORK, 'build'), { htmlFallback: true });
	try {
		// The rebuilt app: the rejected arc is gone from the map, the reversed one says so.
		await page.goto(`${url}/`);
		await waitForMapIdle(page);
		const drawn = await renderedLinkIds(page, links.features);
		expect(drawn).not.toContain(rejected.properties.id);
		expect(drawn).toContain(reversed.properties.id);
		await page.goto(`${url}/?sel=link:${reversed.properties.id}`);
		await waitForMapIdle(page);
		const panel = excerptPanel(page);
		await expect(panel.getByTestId('link-confidence')).toContainText('corrected by hand');
		const [a, b] = direction.split(' → ');
		expect(a && b).toBeTruthy();
		await expect(panel.getByTestId('link-direction')).toHaveText(`${b} → ${a}`);
		await panel.screenshot({ path: keepPath('correct/rebuilt-panel.png') });
		await expect(panel.getByTestId('link-status')).toHaveText('took place');
	} finally {
		server.close();
		rmSync(WORK, { recursive: true, force: true });
	}
});

test('a served corrections file that does not fit is left out of the download, and the form says where and why', async ({
	page
}) => {
	await page.route('**/data/corrections.json', (route) =>
		route.fulfill({ json: { links: [{ article: 'kept.txt', action: 'reject' }, 'not an entry'] } })
	);
	const { links } = loadCorpus();
	const link = findLink(links.features, (p) => p.status === 'held');
	await openApp(page, `/?sel=link:${link.properties.id}`);
	const panel = excerptPanel(page);
	await panel.getByTestId('correct-open').click();
	const form = panel.getByTestId('correction-form');
	await form.getByTestId('correct-reject').check();
	await expect(form.getByTestId('correct-output')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		form.getByTestId('correct-download').click()
	]);
	await expect(form.getByTestId('correct-message')).toContainText(
		'the served file was left out: corrections.json: links[1]: must be an object with "article" and "action": "reject", "set" or "add", got "not an entry"'
	);
	const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
		links: Array<{ article: string }>;
	};
	expect(file.links.length).toBeGreaterThan(0);
	expect(file.links.map((e) => e.article)).not.toContain('kept.txt');
});
