/**
 * The curation shipped with the app (geodata/tour.json), bundled at build time. The build checks
 * it (vite.config.ts), so a malformed tour.json stops the build with the error naming the bad key
 * rather than a broken tour on screen; the browser gets it as checked, without a validator.
 */
import raw from '../../../geodata/tour.json';
import { withoutComments, type Curation } from './curation';

export const bundledCuration = withoutComments(raw) as Curation;
