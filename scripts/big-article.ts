/**
 * One hostile article for the benchmarks and the browser test of bounded cost: a page whose line
 * breaks were lost, so its whole body is one paragraph of about 2 MB, naming one place in nearly
 * every sentence (tens of thousands of mentions). Deterministic: the same bytes every time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BigArticleOptions {
	/** Size of the body paragraph in bytes (ASCII, so also characters). */
	bytes?: number;
	/** The place named over and over, as the gazetteer knows it. */
	place?: string;
}

/** The file name it is written under (sorted after the bundled corpus). */
export const BIG_ARTICLE_FILE = 'zz-one-paragraph-2mb.txt';

const OPENINGS = [
	'Officials in',
	'Diplomats gathered in',
	'Delegations travelled to',
	'Reporters waiting in',
	'Trade envoys returned to'
];
const ENDINGS = [
	'to discuss the border crossings and the water agreements with their neighbours',
	'where the talks on transit trade went on late into the evening',
	'and said that the meetings would continue after the holiday',
	'while the ministers prepared a statement on regional security',
	'as the committee reviewed the progress of the railway project'
];

/** The article's text: a headline, a byline with its date, then the one long paragraph. */
function bigArticleText(options: BigArticleOptions = {}): string {
	const bytes = options.bytes ?? 2_000_000;
	const place = options.place ?? 'Dushanbe';
	const head =
		`Talks in ${place} go on for a record number of rounds\n\n` +
		'By Staff Reporter | March 14, 2023\n\n';
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const sentence = `${OPENINGS[i % OPENINGS.length]} ${place} on day ${i + 1} of the talks ${ENDINGS[(i * 3) % ENDINGS.length]}.`;
		parts.push(sentence);
		size += sentence.length + 1;
	}
	return `${head}${parts.join(' ')}\n`;
}

/** Writes the article into `dir` (created) and returns its path. */
export function writeBigArticle(dir: string, options: BigArticleOptions = {}): string {
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, BIG_ARTICLE_FILE);
	fs.writeFileSync(file, bigArticleText(options));
	return file;
}
