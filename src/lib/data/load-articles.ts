/**
 * Fetches and checks articles.json and indexes it for reading (load.ts's rules: one message per
 * failure, naming the file). A module of its own, imported when the text is first needed or once
 * the map is idle (ArticleStore): neither it, the articles' schema nor the index builder is needed
 * for the first frame.
 */
import { checkArticlesFile } from './articles-schema';
import { ANSWER_TIMEOUT_MS, checked, DATA_FILES, fetchJson, type Resolve } from './load';
import { indexArticles, type ReadingIndex } from './reading';

/** The article text, indexed by place (mentions) and by link (evidence). */
export async function loadArticles(
	fetchFn: typeof fetch,
	resolve: Resolve = (p) => p,
	timeoutMs = ANSWER_TIMEOUT_MS
): Promise<ReadingIndex> {
	const data = await fetchJson(fetchFn, resolve(DATA_FILES.articles), 'articles.json', timeoutMs);
	const file = checked(() => checkArticlesFile(data));
	return indexArticles(file.articles, file.generation);
}
