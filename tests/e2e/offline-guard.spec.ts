/**
 * The offline guard itself: a request to anywhere but this machine is aborted and recorded, so a
 * test in which the app reaches out fails. (Every other spec runs under the same guard.)
 */
import { test, expect, isLocalUrl } from './fixtures';

test('a request to another host is aborted and recorded', async ({ page, outsideRequests }) => {
	await page.setContent('<p>offline</p>');
	const outcome = await page.evaluate(() =>
		fetch('https://tiles.example.com/style.json').then(
			() => 'loaded',
			() => 'blocked'
		)
	);
	expect(outcome).toBe('blocked');
	expect(outsideRequests).toEqual(['https://tiles.example.com/style.json']);
	// Recorded as expected: clear it so the guard's own end-of-test check passes.
	outsideRequests.length = 0;
});

test('requests to this machine count as local', () => {
	expect(isLocalUrl('http://127.0.0.1:4173/data/places.geojson')).toBe(true);
	expect(isLocalUrl('http://localhost:4173/')).toBe(true);
	expect(isLocalUrl('data:text/plain,x')).toBe(true);
	expect(isLocalUrl('https://demotiles.maplibre.org/style.json')).toBe(false);
});
