/**
 * HTML → the plain "markdown-like" text the boilerplate classifier reads, plus the page's
 * metadata tags.
 *
 * A real tokenizer (htmlparser2) walks the document; no regular expression ever looks at HTML
 * structure. Blocks (<p>, <h1>…<h6>, <li>, <div>, <br>…) become lines separated by blank lines,
 * headings become `# text`, list items `- text`, links `[text](#)` (so link density still counts),
 * and entities are decoded. Scripts, styles, navigation, asides, footers, forms, figures and
 * elements whose class/id names them as furniture (share, related, comments…) are dropped.
 * When the page has an <article>/<main> with real text, only that part is kept.
 */
import { Parser } from 'htmlparser2';

export interface HtmlConversion {
	/** Markdown-like text: one block per paragraph, blank-line separated. */
	text: string;
	/** Metadata found in the page (keys: title, og:title, og:site_name, author, article:published_time, canonical, og:url, time, ld:headline, ld:datePublished, ld:author, ld:publisher…). */
	meta: Record<string, string>;
}

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'footer',
	'aside',
	'form',
	'iframe',
	'svg',
	'button',
	'select',
	'textarea',
	'figure',
	'figcaption',
	'object',
	'video',
	'audio',
	'canvas',
	'dialog',
	'menu'
]);

const BLOCK_TAGS = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'header',
	'blockquote',
	'pre',
	'ul',
	'ol',
	'li',
	'dl',
	'dt',
	'dd',
	'table',
	'tr',
	'td',
	'th',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'address',
	'body',
	'center'
]);

/** Class/id words that mark page furniture (matched as whole words of the attribute). */
const FURNITURE_CLASS =
	/(?:^|[\s_-])(?:share|sharing|social|related|comments?|comment-respond|sidebar|widget|breadcrumbs?|advert|advertisement|ads|ad-slot|promo|newsletter|subscribe|subscription|cookie|cookies|consent|popup|modal|menu|navbar|nav|navigation|masthead|site-header|site-footer|footer|byline-share|tags|tag-list|most-popular|trending|recommended|read-more|more-stories|author-bio|skip-link|screen-reader-text|sr-only)(?:$|[\s_-])/i;

const SKIP_ROLES = new Set([
	'navigation',
	'complementary',
	'contentinfo',
	'banner',
	'search',
	'dialog'
]);

/** Tags never skipped for their class (a body with class "has-sidebar" is still the page). */
const NEVER_CLASS_SKIP = new Set(['html', 'head', 'body', 'main', 'article']);

const META_KEYS = new Set([
	'og:title',
	'og:site_name',
	'og:url',
	'og:type',
	'og:description',
	'description',
	'author',
	'article:author',
	'article:published_time',
	'article:modified_time',
	'article:section',
	'date',
	'pubdate',
	'publishdate',
	'publish-date',
	'dc.date',
	'dc.date.issued',
	'dcterms.created',
	'dc.creator',
	'dc.publisher',
	'citation_publication_date',
	'parsely-pub-date',
	'sailthru.date',
	'twitter:title',
	'application-name'
]);

interface Block {
	text: string;
	prefix: string;
	inArticle: boolean;
	isH1: boolean;
}

interface Frame {
	name: string;
	skip: boolean;
	article: boolean;
	/** Buffer offset where an <a> started (for wrapping its text as a markdown link). */
	linkStart?: number;
}

function wordCount(s: string): number {
	const m = s.match(/\S+/g);
	return m ? m.length : 0;
}

/** Pull headline/date/author/publisher out of JSON-LD, which many news sites ship. */
function readJsonLd(json: string, meta: Record<string, string>): void {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return;
	}
	const queue: unknown[] = [data];
	let guard = 0;
	while (queue.length > 0 && guard++ < 200) {
		const node = queue.shift();
		if (Array.isArray(node)) {
			queue.push(...node);
			continue;
		}
		if (typeof node !== 'object' || node === null) continue;
		const o = node as Record<string, unknown>;
		if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
		const name = (v: unknown): string | undefined => {
			if (typeof v === 'string') return v;
			if (Array.isArray(v)) return v.map(name).filter(Boolean).join(', ') || undefined;
			if (typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string')
				return (v as { name: string }).name;
			return undefined;
		};
		if (typeof o.datePublished === 'string' && !meta['ld:datePublished'])
			meta['ld:datePublished'] = o.datePublished;
		if (typeof o.headline === 'string' && !meta['ld:headline']) meta['ld:headline'] = o.headline;
		const author = name(o.author);
		if (author && !meta['ld:author'] && o.datePublished !== undefined) meta['ld:author'] = author;
		const publisher = name(o.publisher);
		if (publisher && !meta['ld:publisher']) meta['ld:publisher'] = publisher;
	}
}

function convert(
	html: string,
	useClassHints: boolean
): { blocks: Block[]; meta: Record<string, string> } {
	const blocks: Block[] = [];
	const meta: Record<string, string> = {};
	const stack: Frame[] = [];
	let buf = '';
	let prefix = '';
	let isH1 = false;
	let titleText = '';
	let inTitle = false;
	let ldText = '';
	let inLd = false;
	let timeSeen = false;

	const skipping = () => stack.some((f) => f.skip);
	const inArticle = () => stack.some((f) => f.article);
	const flush = () => {
		const text = buf
			.replace(/[ \t\f\v\u00a0]+/g, ' ')
			.replace(/ *\n */g, '\n')
			.trim();
		if (text) blocks.push({ text, prefix, inArticle: inArticle(), isH1 });
		buf = '';
		prefix = '';
		isH1 = false;
	};

	const parser = new Parser(
		{
			onopentag(name, attribs) {
				const parentSkip = skipping();
				if (name === 'title' && !titleText && !stack.some((f) => f.name === 'svg')) inTitle = true;
				if (name === 'meta') {
					const key = (attribs.property || attribs.name || attribs.itemprop || '').toLowerCase();
					const content = attribs.content?.trim();
					if (key && content && META_KEYS.has(key) && !meta[key]) meta[key] = content;
					if (key === 'datepublished' && content && !meta['ld:datePublished'])
						meta['ld:datePublished'] = content;
				}
				if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href)
					meta.canonical ??= attribs.href.trim();
				if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) {
					inLd = true;
					ldText = '';
				}
				if (name === 'time' && !parentSkip && !timeSeen && attribs.datetime) {
					meta.time = attribs.datetime.trim();
					timeSeen = true;
				}
				const cls = `${attribs.class ?? ''} ${attribs.id ?? ''}`;
				const role = (attribs.role ?? '').toLowerCase();
				const hidden =
					'hidden' in attribs ||
					attribs['aria-hidden'] === 'true' ||
					/display\s*:\s*none/i.test(attribs.style ?? '');
				const skip =
					SKIP_TAGS.has(name) ||
					name === 'head' ||
					SKIP_ROLES.has(role) ||
					hidden ||
					(useClassHints && !NEVER_CLASS_SKIP.has(name) && FURNITURE_CLASS.test(cls));
				const article =
					name === 'article' ||
					name === 'main' ||
					role === 'main' ||
					/articlebody/i.test(attribs.itemprop ?? '');
				if (BLOCK_TAGS.has(name) || name === 'br') {
					if (name === 'br') buf += '\n';
					else if (!parentSkip) flush();
				}
				const frame: Frame = { name, skip, article };
				if (!parentSkip && !skip) {
					if (/^h[1-6]$/.test(name)) {
						prefix = '#'.repeat(Number(name[1])) + ' ';
						isH1 = name === 'h1';
					} else if (name === 'li') prefix = '- ';
					else if (name === 'a') frame.linkStart = buf.length;
				}
				stack.push(frame);
			},
			ontext(data) {
				if (inTitle) titleText += data;
				if (inLd) ldText += data;
				if (skipping()) return;
				buf += data.replace(/\s+/g, ' ');
			},
			onclosetag(name) {
				if (name === 'title') inTitle = false;
				if (name === 'script' && inLd) {
					inLd = false;
					readJsonLd(ldText, meta);
				}
				// Pop to the matching frame (htmlparser2 reports implied closes too).
				let idx = -1;
				for (let i = stack.length - 1; i >= 0; i--) {
					if (stack[i]?.name === name) {
						idx = i;
						break;
					}
				}
				if (idx < 0) return;
				const frame = stack[idx];
				stack.length = idx;
				if (!frame) return;
				if (frame.linkStart !== undefined && !skipping()) {
					const inner = buf.slice(frame.linkStart);
					if (inner.trim() && !/[[\]\n]/.test(inner)) {
						const lead = inner.match(/^\s*/)?.[0] ?? '';
						const trail = inner.match(/\s*$/)?.[0] ?? '';
						buf = `${buf.slice(0, frame.linkStart)}${lead}[${inner.trim()}](#)${trail}`;
					}
				}
				if (BLOCK_TAGS.has(name) && !frame.skip && !skipping()) flush();
				if (BLOCK_TAGS.has(name) && frame.skip) {
					buf = '';
					prefix = '';
				}
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.write(html);
	parser.end();
	flush();
	const title = titleText.replace(/\s+/g, ' ').trim();
	if (title) meta.title = title;
	return { blocks, meta };
}

export function htmlToText(html: string): HtmlConversion {
	let { blocks, meta } = convert(html, true);
	// Class hints are a guess: when they leave (almost) nothing, the page named its main
	// wrapper with a furniture word ("content has-sidebar"), so read it again without them.
	if (blocks.reduce((n, b) => n + wordCount(b.text), 0) < 40)
		({ blocks, meta } = convert(html, false));
	const articleWords = blocks.filter((b) => b.inArticle).reduce((n, b) => n + wordCount(b.text), 0);
	if (articleWords >= 80) {
		const h1 = blocks.find((b) => b.isH1 && !b.inArticle);
		const hasOwnH1 = blocks.some((b) => b.isH1 && b.inArticle);
		blocks = [...(h1 && !hasOwnH1 ? [h1] : []), ...blocks.filter((b) => b.inArticle)];
	}
	const text = blocks.map((b) => b.prefix + b.text).join('\n\n');
	return { text, meta };
}
