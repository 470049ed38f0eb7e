/**
 * A static file server for the browser tests, serving a build folder as ordinary hosting does:
 * `index.html` for a folder, the file named in the path, nothing else. With `htmlFallback`, `/NAME`
 * is also answered with `NAME.html` (as many hosts and `vite preview` do); without it, it is a
 * 404, like the plainest servers.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json'
};

export async function serveFolder(
	dir: string,
	options: { htmlFallback?: boolean } = {}
): Promise<{ server: Server; url: string }> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) return res.writeHead(403).end();
		if (path.endsWith('/')) file = join(file, 'index.html');
		else if (options.htmlFallback && !extname(file) && existsSync(`${file}.html`))
			file = `${file}.html`;
		try {
			const body = readFileSync(file);
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { server, url: `http://127.0.0.1:${port}` };
}
