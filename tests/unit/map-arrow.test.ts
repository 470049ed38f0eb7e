import { describe, expect, it } from 'vitest';
import { arrowImage } from '$lib/map/arrow';

const alpha = (img: ReturnType<typeof arrowImage>, x: number, y: number) =>
	img.data[(y * img.width + x) * 4 + 3]!;

describe('arrowImage', () => {
	const img = arrowImage(32);

	it('is an RGBA image of the requested size', () => {
		expect(img.data.length).toBe(32 * 32 * 4);
	});

	it('is solid (inside the SDF edge) just behind its tip on the right', () => {
		expect(alpha(img, 22, 16)).toBeGreaterThan(191);
	});

	it('is empty at the corners', () => {
		expect(alpha(img, 0, 0)).toBeLessThan(100);
	});

	it('points right: the notch on the left is outside the shape', () => {
		expect(alpha(img, 8, 16)).toBeLessThan(191);
	});
});
