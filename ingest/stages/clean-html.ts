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

/** Metadata an opening tag carries: <meta> keys, the canonical link, the first <time> outside furniture. */
function readTagMeta(
	name: string,
	attribs: Record<string, string>,
	meta: Record<string, string>
): void {
	if (name === 'meta') {
		const key = (attribs.property || attribs.name || attribs.itemprop || '').toLowerCase();
		const content = attribs.content?.trim();
		if (key && content && META_KEYS.has(key) && !meta[key]) meta[key] = content;
		if (key === 'datepublished' && content && !meta['ld:datePublished'])
			meta['ld:datePublished'] = content;
	}
	if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href)
		meta.canonical ??= attribs.href.trim();
}

/**
 * The frame an opening tag starts: whether its content is skipped (a furniture tag or role,
 * hidden, or, with class hints, a furniture class or id) and whether it is the article's.
 */
function frameOf(name: string, attribs: Record<string, string>, useClassHints: boolean): Frame {
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
	return { name, skip, article };
}

/**
 * One walk over a document: the blocks read so far, the block being read (its text, its
 * heading or list prefix), the open elements, and the metadata (tags, <title>, JSON-LD).
 */
class Converter {
	readonly blocks: Block[] = [];
	readonly meta: Record<string, string> = {};
	private readonly stack: Frame[] = [];
	private buf = '';
	private prefix = '';
	private isH1 = false;
	private titleText = '';
	private inTitle = false;
	private ldText = '';
	private inLd = false;
	private timeSeen = false;

	constructor(private readonly useClassHints: boolean) {}

	private skipping(): boolean {
		return this.stack.some((f) => f.skip);
	}

	/** Ends the block being read. */
	flush(): void {
		const text = this.buf
			.replace(/[ \t\f\v\u00a0]+/g, ' ')
			.replace(/ *\n */g, '\n')
			.trim();
		if (text)
			this.blocks.push({
				text,
				prefix: this.prefix,
				inArticle: this.stack.some((f) => f.article),
				isH1: this.isH1
			});
		this.buf = '';
		this.prefix = '';
		this.isH1 = false;
	}

	open(name: string, attribs: Record<string, string>): void {
		const parentSkip = this.skipping();
		if (name === 'title' && !this.titleText && !this.stack.some((f) => f.name === 'svg'))
			this.inTitle = true;
		readTagMeta(name, attribs, this.meta);
		if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) {
			this.inLd = true;
			this.ldText = '';
		}
		if (name === 'time' && !parentSkip && !this.timeSeen && attribs.datetime) {
			this.meta.time = attribs.datetime.trim();
			this.timeSeen = true;
		}
		const frame = frameOf(name, attribs, this.useClassHints);
		if (name === 'br') this.buf += '\n';
		else if (BLOCK_TAGS.has(name) && !parentSkip) this.flush();
		if (!parentSkip && !frame.skip) {
			if (/^h[1-6]$/.test(name)) {
				this.prefix = '#'.repeat(Number(name[1])) + ' ';
				this.isH1 = name === 'h1';
			} else if (name === 'li') this.prefix = '- ';
			else if (name === 'a') frame.linkStart = this.buf.length;
		}
		this.stack.push(frame);
	}

	text(data: string): void {
		if (this.inTitle) this.titleText += data;
		if (this.inLd) this.ldText += data;
		if (this.skipping()) return;
		this.buf += data.replace(/\s+/g, ' ');
	}

	close(name: string): void {
		if (name === 'title') this.inTitle = false;
		if (name === 'script' && this.inLd) {
			this.inLd = false;
			readJsonLd(this.ldText, this.meta);
		}
		const frame = this.pop(name);
		if (!frame) return;
		if (frame.linkStart !== undefined && !this.skipping()) this.markLink(frame.linkStart);
		if (BLOCK_TAGS.has(name) && !frame.skip && !this.skipping()) this.flush();
		if (BLOCK_TAGS.has(name) && frame.skip) {
			this.buf = '';
			this.prefix = '';
		}
	}

	/** Pops to the matching frame (htmlparser2 reports implied closes too); undefined: none open. */
	private pop(name: string): Frame | undefined {
		for (let i = this.stack.length - 1; i >= 0; i--) {
			if (this.stack[i]?.name === name) {
				const frame = this.stack[i];
				this.stack.length = i;
				return frame;
			}
		}
		return undefined;
	}

	/** Wraps a link's text, read since `start`, as `[text](#)` (one line, no brackets inside). */
	private markLink(start: number): void {
		const inner = this.buf.slice(start);
		if (inner.trim() && !/[[\]\n]/.test(inner)) {
			const lead = inner.match(/^\s*/)?.[0] ?? '';
			const trail = inner.match(/\s*$/)?.[0] ?? '';
			this.buf = `${this.buf.slice(0, start)}${lead}[${inner.trim()}](#)${trail}`;
		}
	}

	/** The document's <title>, whitespace collapsed. */
	title(): string {
		return this.titleText.replace(/\s+/g, ' ').trim();
	}
}

function convert(
	html: string,
	useClassHints: boolean
): { blocks: Block[]; meta: Record<string, string> } {
	const c = new Converter(useClassHints);
	const parser = new Parser(
		{
			onopentag: (name, attribs) => c.open(name, attribs),
			ontext: (data) => c.text(data),
			onclosetag: (name) => c.close(name)
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.write(html);
	parser.end();
	c.flush();
	const title = c.title();
	if (title) c.meta.title = title;
	return { blocks: c.blocks, meta: c.meta };
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
