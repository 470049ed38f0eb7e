/**
 * What a run reads besides the articles, from the geodata folder: the gazetteer, the aliases
 * (and the person cues in them), the actors, the terms of office and anchor events, the calendar
 * of dated events, and a person's corrections file. A file that is missing or broken stops the run (FatalError), except
 * the default corrections file, which may be absent.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createActorIndex } from './actors';
import {
	DEFAULT_CORRECTIONS_NAME,
	noCorrections,
	parseCorrections,
	type CorrectionsRead
} from './corrections';
import { FatalError } from './fatal';
import { createGazetteer, readCues } from './gazetteer';
import { createOffices } from './offices';
import { createCalendar } from './calendar';
import type { PipelineContext } from './pipeline';

function readJson(file: string, what: string): unknown {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (e) {
		throw new FatalError(`cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
	}
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new FatalError(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
	}
}

/**
 * Loads the gazetteer, aliases (and their person cues), actors, offices and the calendar from the
 * geodata folder.
 */
export function loadContext(geodataDir: string): PipelineContext {
	const gazetteerJson = readJson(path.join(geodataDir, 'gazetteer.json'), 'gazetteer');
	const aliasesJson = readJson(path.join(geodataDir, 'aliases.json'), 'aliases');
	const actorsJson = readJson(path.join(geodataDir, 'actors.json'), 'actors');
	const officesJson = readJson(path.join(geodataDir, 'offices.json'), 'offices');
	// The calendar only sharpens inferred dates: a geodata folder without one still ingests.
	const calendarFile = path.join(geodataDir, 'calendar.json');
	const calendarJson = fs.existsSync(calendarFile) ? readJson(calendarFile, 'calendar') : null;
	try {
		const gazetteer = createGazetteer(gazetteerJson, aliasesJson);
		const offices = createOffices(officesJson);
		return {
			gazetteer,
			actors: createActorIndex(actorsJson),
			offices,
			calendar: calendarJson === null ? null : createCalendar(calendarJson, gazetteer, offices),
			cues: readCues(aliasesJson)
		};
	} catch (e) {
		throw new FatalError(`geodata in ${geodataDir} is unusable: ${(e as Error).message}`);
	}
}

/**
 * Reads and checks the corrections file: `file` when given (it must be readable), else
 * `corrections.json` in the geodata folder (none there: no corrections, silently).
 */
export function loadCorrections(
	file: string | undefined,
	geodataDir: string,
	ctx: PipelineContext
): CorrectionsRead {
	const full = file ?? path.join(geodataDir, DEFAULT_CORRECTIONS_NAME);
	const name = path.basename(full);
	let text: string;
	try {
		text = fs.readFileSync(full, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? String(e);
		if (file !== undefined) throw new FatalError(`cannot read corrections file ${file}: ${code}`);
		const none = noCorrections(name);
		if (code !== 'ENOENT') none.problems.push(`${name}: cannot be read (${code}); nothing applied`);
		return none;
	}
	return parseCorrections(text, name, ctx);
}
