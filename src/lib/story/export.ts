/**
 * "Save this view": a PNG of the map with the caption, legend and attribution drawn on top, at the
 * screen's resolution (CSS size × devicePixelRatio), for pasting into slides.
 *
 * The map's pixels come from `MapApi.captureCanvas` (src/lib/map/capture.ts reads them while a
 * frame is drawn); everything on top is drawn with the 2D canvas API as text: article text is
 * never parsed as HTML. This module does not import maplibre-gl.
 */
import {
	LINK_TYPE_LABELS,
	NOT_HELD_DASH,
	themeTokens,
	UNCERTAIN_DASH,
	type ThemeTokens
} from '$lib/config/tokens';
import { LINK_TYPES } from '$lib/data/schema';
import type { LinksShown, MapCapture, Theme } from '$lib/state/types';

export interface LegendEntry {
	label: string;
	color: string;
	/** Dash pattern in line widths, as the map draws it (solid when absent). */
	dash?: number[];
}

export interface ViewDescription {
	/** Caption of the view (a tour stop's, or the selected item's); omitted when null. */
	caption: { heading: string; text?: string; source?: string } | null;
	legend: LegendEntry[];
	legendTitle?: string;
	/** One line: data and basemap sources, e.g. "© Natural Earth · GeoNames · Articles: …". */
	attribution: string;
	theme: Theme;
}

/**
 * The link-type legend in a theme's colours (the same tokens the arcs use; types switched off in
 * the view left out), then what the dashed
 * and dotted arcs mean when the view shows them.
 */
export function linkLegend(theme: Theme, shown?: LinksShown): LegendEntry[] {
	const t = themeTokens(theme);
	const entries: LegendEntry[] = LINK_TYPES.filter(
		(type) => !shown?.hiddenTypes.includes(type)
	).map((type) => ({
		label: LINK_TYPE_LABELS[type],
		color: t.linkColors[type]
	}));
	const muted = t.palette.textMuted;
	if (shown?.uncertain)
		entries.push({ label: 'uncertain (dashed)', color: muted, dash: UNCERTAIN_DASH });
	if (shown?.notHeld)
		entries.push({ label: 'did not take place (dotted)', color: muted, dash: NOT_HELD_DASH });
	return entries;
}

/**
 * Greedy word wrap into lines no wider than `maxWidth` (as `measure` reports); a word wider than
 * the line stands alone. With `maxLines`, the last kept line ends in an ellipsis.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: (s: string) => number,
	maxLines = Infinity
): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1]!;
	while (last && measure(`${last}…`) > maxWidth) last = last.replace(/\s*\S+$/, '');
	kept[maxLines - 1] = `${last}…`;
	return kept;
}

/** `parley-<stop>-20260125-1432.png` (the stop part omitted when there is none). */
export function exportFilename(stopId: string | null, date = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	const stamp = `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}`;
	const safe = stopId ? stopId.replace(/[^\w-]+/g, '-').slice(0, 60) : '';
	return `parley-${safe ? `${safe}-` : ''}${stamp}.png`;
}

function roundedRect(
	ctx: CanvasRenderingContext2D,
	x: number,
	y: number,
	w: number,
	h: number,
	r: number
) {
	ctx.beginPath();
	ctx.roundRect(x, y, w, h, r);
	ctx.fill();
}

/** What every overlay is drawn with: the context in CSS px, the theme and the type's unit. */
interface Overlay {
	ctx: CanvasRenderingContext2D;
	t: ThemeTokens;
	font: string;
	/** The base type size, in CSS px, and the padding that goes with it. */
	unit: number;
	pad: number;
	cssWidth: number;
	cssHeight: number;
	measure: (s: string) => number;
}

/** Attribution: bottom-right, small. Returns its height (the caption stands above it). */
function drawAttribution(o: Overlay, attribution: string): number {
	const { ctx, t, unit, pad, cssWidth, cssHeight, measure } = o;
	ctx.font = `${unit * 0.75}px ${o.font}`;
	const attr = wrapText(attribution, cssWidth * 0.6, measure, 2);
	const attrH = attr.length * unit * 0.95 + pad * 0.6;
	const attrW = Math.max(...attr.map(measure), 0) + pad;
	ctx.fillStyle = `${t.palette.surface}d9`;
	roundedRect(ctx, cssWidth - attrW - pad * 0.5, cssHeight - attrH - pad * 0.5, attrW, attrH, 4);
	ctx.fillStyle = t.palette.textMuted;
	attr.forEach((l, i) =>
		ctx.fillText(
			l,
			cssWidth - attrW - pad * 0.5 + pad / 2,
			cssHeight - attrH - pad * 0.5 + pad * 0.3 + i * unit * 0.95
		)
	);
	return attrH;
}

/** Legend: top-left, a line sample (dashed as the map draws it) before each label. */
function drawLegend(o: Overlay, legend: LegendEntry[], title: string): void {
	const { ctx, t, font, unit, pad, measure } = o;
	const row = unit * 1.35;
	ctx.font = `${unit}px ${font}`;
	const w = Math.max(measure(title), ...legend.map((e) => measure(e.label) + unit * 2)) + pad * 2;
	const h = row * (legend.length + 1) + pad * 1.5;
	ctx.fillStyle = `${t.palette.surface}e6`;
	roundedRect(ctx, pad, pad, w, h, 6);
	ctx.fillStyle = t.palette.text;
	ctx.font = `700 ${unit}px ${font}`;
	ctx.fillText(title, pad * 2, pad * 1.75);
	ctx.font = `${unit}px ${font}`;
	legend.forEach((e, i) => {
		const y = pad * 1.75 + row * (i + 1);
		ctx.strokeStyle = e.color;
		ctx.lineWidth = Math.max(2, unit / 5);
		ctx.setLineDash(e.dash ? e.dash.map((x) => x * ctx.lineWidth) : []);
		ctx.lineCap = e.dash && e.dash[0] === 0 ? 'round' : 'butt';
		ctx.beginPath();
		ctx.moveTo(pad * 2, y + unit / 2);
		ctx.lineTo(pad * 2 + unit * 1.4, y + unit / 2);
		ctx.stroke();
		ctx.setLineDash([]);
		ctx.fillStyle = t.palette.text;
		ctx.fillText(e.label, pad * 2 + unit * 2, y);
	});
}

/** Caption: bottom, centred, `bottom` CSS px above the image's foot (clear of the attribution). */
function drawCaption(o: Overlay, caption: NonNullable<ViewDescription['caption']>, bottom: number) {
	const { ctx, t, font, unit, pad, cssWidth, cssHeight, measure } = o;
	const big = unit * 1.35;
	const width = Math.min(cssWidth - pad * 2, cssWidth * 0.8);
	const inner = width - pad * 2;
	ctx.font = `700 ${big}px ${font}`;
	const heading = wrapText(caption.heading, inner, measure, 2);
	ctx.font = `${big}px ${font}`;
	const text = caption.text ? wrapText(caption.text, inner, measure, 5) : [];
	ctx.font = `${unit}px ${font}`;
	const source = caption.source ? wrapText(caption.source, inner, measure, 2) : [];
	const lh = 1.3;
	const h = (heading.length + text.length) * big * lh + source.length * unit * lh + pad * 2;
	const x = (cssWidth - width) / 2;
	let y = cssHeight - bottom - h;
	ctx.fillStyle = `${t.palette.surface}eb`;
	roundedRect(ctx, x, y, width, h, 8);
	y += pad;
	const lines = (ls: string[], style: string, size: number) => {
		ctx.font = `${style}${size}px ${font}`;
		for (const l of ls) {
			ctx.fillText(l, x + pad, y);
			y += size * lh;
		}
	};
	ctx.fillStyle = t.palette.text;
	lines(heading, '700 ', big);
	lines(text, '', big);
	ctx.fillStyle = t.palette.textMuted;
	lines(source, '', unit);
}

/** Draws the map image and the overlays; returns the composed canvas (CSS size × ratio). */
function composeView(
	mapImage: CanvasImageSource,
	view: ViewDescription,
	cssWidth: number,
	cssHeight: number,
	ratio: number
): HTMLCanvasElement {
	const t = themeTokens(view.theme);
	const out = document.createElement('canvas');
	out.width = Math.round(cssWidth * ratio);
	out.height = Math.round(cssHeight * ratio);
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('No 2D canvas available');
	ctx.drawImage(mapImage, 0, 0, out.width, out.height);
	ctx.scale(ratio, ratio);
	ctx.textBaseline = 'top';
	const unit = Math.max(12, Math.min(40, cssWidth / 90));
	const overlay: Overlay = {
		ctx,
		t,
		font: t.type.fontFamily,
		unit,
		pad: unit * 0.8,
		cssWidth,
		cssHeight,
		measure: (s) => ctx.measureText(s).width
	};
	const attrH = drawAttribution(overlay, view.attribution);
	if (view.legend.length) drawLegend(overlay, view.legend, view.legendTitle ?? 'Links');
	if (view.caption) drawCaption(overlay, view.caption, attrH + overlay.pad);
	return out;
}

/** Saves a blob through a temporary `<a download>`. */
function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke after the click has been handled, or some browsers cancel the download.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Composes the overlays over a captured map at the screen's pixel ratio; returns a PNG blob. */
async function renderViewPng(map: MapCapture, view: ViewDescription): Promise<Blob> {
	const ratio = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
	const out = composeView(map.image, view, map.cssWidth, map.cssHeight, ratio);
	return new Promise((resolve, reject) =>
		out.toBlob((b) => (b ? resolve(b) : reject(new Error('Could not encode the PNG'))), 'image/png')
	);
}

/** The whole "Save this view" action once the map is captured: compose, download. */
export async function saveViewPng(
	map: MapCapture,
	view: ViewDescription,
	filename = exportFilename(null)
): Promise<void> {
	downloadBlob(await renderViewPng(map, view), filename);
}
