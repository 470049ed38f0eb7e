/**
 * Where the controls around the map are, found the way a person (or a screen reader) finds them:
 * by role and accessible name. Kept in one file so a renamed control is fixed once.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The side panel listing the excerpts of the selected place or link. */
export function excerptPanel(page: Page): Locator {
	return page.getByRole('complementary', { name: /excerpt|selection|details/i });
}

export function panelCloseButton(page: Page): Locator {
	return excerptPanel(page).getByRole('button', { name: /close/i });
}

/** The timeline: histogram, slider, cumulative switch, play button. */
export function timeline(page: Page): Locator {
	return page.getByRole('region', { name: /timeline|years?/i });
}

/** The year slider (the first, or only, thumb). */
export function yearSlider(page: Page): Locator {
	return timeline(page).getByRole('slider').first();
}

export function playButton(page: Page): Locator {
	return timeline(page).getByRole('button', { name: /play|pause/i });
}

export function cumulativeSwitch(page: Page): Locator {
	return page
		.getByRole('checkbox', { name: /cumulative/i })
		.or(page.getByRole('switch', { name: /cumulative/i }));
}

export function searchBox(page: Page): Locator {
	return page.getByRole('searchbox').or(page.getByRole('combobox', { name: /search/i }));
}

export function listViewButton(page: Page): Locator {
	return page.getByRole('button', { name: /list/i });
}

export function legend(page: Page): Locator {
	return page
		.getByRole('region', { name: /legend/i })
		.or(page.getByRole('figure', { name: /legend/i }));
}

/** The year the slider shows, as a number. */
export async function sliderYear(page: Page): Promise<number> {
	return Number(await yearSlider(page).getAttribute('aria-valuenow'));
}

/**
 * Chooses one year with the keyboard on the slider (Home, then ArrowRight), as a person without a
 * mouse would, and waits until the slider says so.
 */
export async function chooseYear(page: Page, year: number): Promise<void> {
	const slider = yearSlider(page);
	await slider.focus();
	await slider.press('Home');
	const min = Number(await slider.getAttribute('aria-valuemin'));
	for (let y = min; y < year; y++) await slider.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuenow', String(year));
}
