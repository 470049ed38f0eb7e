/**
 * History: a selection and the reader are entries of the browser's history, so Back and Forward
 * walk them; camera moves are not. Back never leaves the app before the page's first state.
 */
import type { Page } from '@playwright/test';
import type { ArticlesFile } from '../../src/lib/data/schema';
import { test, expect, openApp, waitForMapIdle, readBuiltData } from './fixtures';
import { excerptPanel, searchBox } from './ui';

async function searchAndChoose(page: Page, name: string) {
	await searchBox(page).fill(name);
	await searchBox(page).press('Enter');
	await expect(excerptPanel(page).getByRole('heading', { name })).toBeVisible();
	// The address follows a moment later (it is written once the view rests).
	await expect(page).toHaveURL(/[?&]sel=place:/);
}

test('Back walks the selections and the reader, then returns to the first view; Forward comes back', async ({
	page
}) => {
	await openApp(page);
	const start = page.url();
	await searchAndChoose(page, 'Kabul');
	await expect(page).toHaveURL(/sel=place:city-kabul/);
	await searchAndChoose(page, 'Dushanbe');
	await expect(page).toHaveURL(/sel=place:city-dushanbe/);

	// The reader: its own entry.
	await excerptPanel(page)
		.getByRole('button', { name: /Read the whole article/ })
		.first()
		.click();
	const reader = page.getByTestId('reader');
	await expect(reader).toBeVisible();
	await expect(page).toHaveURL(/[?&]read=/);

	await page.goBack();
	await expect(reader).toBeHidden();
	await expect(excerptPanel(page).getByRole('heading', { name: 'Dushanbe' })).toBeVisible();
	await page.goBack();
	await expect(excerptPanel(page).getByRole('heading', { name: 'Kabul' })).toBeVisible();
	await expect(page).toHaveURL(/sel=place:city-kabul/);
	await page.goBack();
	await expect(excerptPanel(page)).toBeHidden();
	// Still the app, on the address it opened with (less the camera it has written since).
	expect(new URL(page.url()).origin + new URL(page.url()).pathname).toBe(
		new URL(start).origin + new URL(start).pathname
	);
	expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
	await waitForMapIdle(page);

	await page.goForward();
	await expect(excerptPanel(page).getByRole('heading', { name: 'Kabul' })).toBeVisible();
});

test('a shared address with the reader open opens the reader', async ({ page }) => {
	const article = readBuiltData<ArticlesFile>('articles.json').articles[0]!;
	await openApp(page, `/?read=${article.id}.1`);
	await expect(page.getByTestId('reader')).toBeVisible();
	await expect(page.getByTestId('reader').getByRole('heading', { level: 2 })).toHaveText(
		article.title
	);
});

test('in presentation mode, Back goes to the stop before, and from the first stop back to the map', async ({
	page
}) => {
	const present = page.getByTestId('present');
	await openApp(page);
	await page.keyboard.press('p');
	await expect(present).toHaveAttribute('data-stop-index', '1');
	await expect.poll(() => new URL(page.url()).searchParams.get('stop')).toBe('1');
	for (const n of [2, 3]) {
		await page.keyboard.press('PageDown');
		await expect(present).toHaveAttribute('data-stop-index', String(n));
		await expect.poll(() => new URL(page.url()).searchParams.get('stop')).toBe(String(n));
	}
	await page.goBack();
	await expect(present).toHaveAttribute('data-stop-index', '2');
	await page.goBack();
	await expect(present).toHaveAttribute('data-stop-index', '1');
	await page.goBack();
	await expect(present).toBeHidden();
	expect(new URL(page.url()).searchParams.has('present')).toBe(false);
	// Forward presents that stop again.
	await page.goForward();
	await expect(present).toHaveAttribute('data-stop-index', '1');
});
