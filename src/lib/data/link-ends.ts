/**
 * The two ends of a link as people read them. An arrow only where the text says which way the link
 * runs (a host, a visit's destination, who accused whom); a dash where it names both parties and
 * no more, so no view claims a direction the articles do not give.
 */
import type { LinkProperties } from './schema';

export function linkEnds(
	link: Pick<LinkProperties, 'from' | 'to' | 'directed'>,
	name: (party: string) => string
): string {
	return `${name(link.from)} ${link.directed ? '→' : '–'} ${name(link.to)}`;
}
