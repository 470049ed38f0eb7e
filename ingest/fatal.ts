/** A problem that stops the ingest before anything is written (the CLI exits with status 2). */
export class FatalError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FatalError';
	}
}
