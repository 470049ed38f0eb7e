/**
 * A first visit: a short hint says what to click and how to present, until dismissed (it stays
 * dismissed); the keys are one "?" away, from the header or the keyboard.
 */
import { test, expect, openApp, keepPath } from './fixtures';

test('the first visit shows a hint; "Got it" dismisses it for good', async ({ page }) => {
	await openApp(page);
	const hint = page.getByTestId('first-visit-hint');
	await expect(hint).toBeVisible();
	await expect(hint).toContainText('Click a place');
	await page.screenshot({ path: keepPath('first-visit/hint.png') });
	await hint.getByRole('button', { name: 'Got it' }).click();
	await expect(hint).toBeHidden();
	await page.reload();
	await expect(page.getByTestId('map')).toBeVisible();
	await expect(hint).toBeHidden();
});

test('the hint goes once something is selected', async ({ page }) => {
	await openApp(page, '/?sel=place:city-kabul');
	await expect(page.getByTestId('first-visit-hint')).toBeHidden();
});

test('"?" opens the keys, from the header button and from the keyboard; Escape closes them', async ({
	page
}) => {
	await openApp(page);
	const help = page.getByTestId('help');
	await page.getByTestId('open-help').click();
	await expect(help).toBeVisible();
	await expect(help).toContainText('Page Down');
	await help.screenshot({ path: keepPath('first-visit/help.png') });
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await page.keyboard.press('?');
	await expect(help).toBeVisible();
});

test('the theme a person chooses is kept for the next visit', async ({ page }) => {
	await openApp(page);
	await page.getByLabel('Theme').selectOption('dark');
	await expect(page.locator('[data-theme="dark"]')).toBeVisible();
	await page.reload();
	await expect(page.locator('[data-theme="dark"]')).toBeVisible();
	await expect(page.getByLabel('Theme')).toHaveValue('dark');
});
