/**
 * The curation shipped with the app (geodata/tour.json), bundled at build time and validated when
 * the module loads: a malformed tour.json fails the build (prerendering imports this module) with
 * the error naming the bad key, rather than a broken tour on screen.
 */
import raw from '../../../geodata/tour.json';
import { parseCuration, type Curation } from './curation';

export const bundledCuration: Curation = parseCuration(raw, 'geodata/tour.json');
