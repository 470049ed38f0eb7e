/**
 * Where the controls around the map are: by role and accessible name where a person (or a
 * screen reader) would find them that way, by `data-testid` for the containers.
 * Kept in one file so a renamed control is fixed once.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The side panel listing the excerpts of the selected place or link. */
export function excerptPanel(page: Page): Locator {
	return page.getByTestId('excerpt-panel');
}

export function panelCloseButton(page: Page): Locator {
	return excerptPanel(page).getByRole('button', { name: 'Close panel' });
}

/** The timeline: histogram, sliders, cumulative switch, play button. */
export function timeline(page: Page): Locator {
	return page.getByRole('region', { name: 'Timeline' });
}

export function firstYearSlider(page: Page): Locator {
	return timeline(page).getByRole('slider', { name: 'First year' });
}

/** The end of the range ("Last year", or "Up to year" while cumulative). */
export function lastYearSlider(page: Page): Locator {
	return timeline(page).getByRole('slider', { name: /Last year|Up to year/ });
}

export function playButton(page: Page): Locator {
	return timeline(page).getByRole('button', { name: /^(Play|Pause)$/ });
}

export function allYearsButton(page: Page): Locator {
	return timeline(page).getByRole('button', { name: 'All years' });
}

export function cumulativeSwitch(page: Page): Locator {
	return page.getByRole('switch', { name: 'Cumulative' });
}

export function searchBox(page: Page): Locator {
	return page.getByRole('combobox', { name: /search/i });
}

export function listViewButton(page: Page): Locator {
	return page.getByRole('button', { name: 'Places and links list' });
}

export function themeSelect(page: Page): Locator {
	return page.getByRole('combobox', { name: 'Theme' });
}

export function listView(page: Page): Locator {
	return page.getByRole('dialog', { name: 'Places and links' });
}

export function legend(page: Page): Locator {
	return page.getByTestId('legend');
}

/** The years the two sliders show. */
export async function sliderYears(page: Page): Promise<{ from: number; to: number }> {
	return {
		from: Number(await firstYearSlider(page).inputValue()),
		to: Number(await lastYearSlider(page).inputValue())
	};
}

/**
 * Chooses one year with the keyboard, as a person without a mouse would: the end slider to the
 * first year (Home), then the start slider up to the year (the end follows it).
 */
export async function chooseYear(page: Page, year: number): Promise<void> {
	const last = lastYearSlider(page);
	await last.focus();
	await last.press('Home');
	const first = firstYearSlider(page);
	await first.focus();
	await first.press('Home');
	const min = Number(await first.getAttribute('min'));
	for (let y = min; y < year; y++) await first.press('ArrowRight');
	await expect.poll(() => sliderYears(page)).toEqual({ from: year, to: year });
}
