/**
 * Serves the built site from dist/ the way a static host would: every response carries the
 * headers of dist/_headers (including the Content-Security-Policy), text is compressed as
 * every static host compresses it (so page-weight figures and Lighthouse see real transfer
 * sizes), unknown paths get dist/404.html with status 404. The browser tests run against this, so a script the policy
 * does not allow fails them exactly as it would fail in production.
 *
 * Usage: node scripts/serve-dist.mjs [--port 4329] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile } from '../src/lib/shared/security-headers.ts';

const { values } = parseArgs({
	options: { port: { type: 'string', default: '4329' }, dir: { type: 'string', default: 'dist' } },
});
const dir = values.dir;
const headersPath = join(dir, '_headers');
if (!existsSync(headersPath)) {
	console.error(`serve-dist: ${headersPath} is missing; run \`npm run build\` first.`);
	process.exit(1);
}
const rules = parseHeadersFile(readFileSync(headersPath, 'utf8'));
const applyHeaders = (response, pathname = '/') => {
	for (const [name, value] of Object.entries(headersForPath(rules, pathname))) response.setHeader(name, value);
};

const serveFile = sirv(dir, {
	dev: false,
	etag: true,
	// The build's precompressed copies (src/integrations/precompress.ts), as nginx's
	// `brotli_static` and `gzip_static` serve them; other responses are compressed on the fly.
	brotli: true,
	gzip: true,
	setHeaders: (response, pathname) => applyHeaders(response, pathname),
});

const compress = compression();

createServer((request, response) =>
	compress(request, response, () =>
		serveFile(request, response, () => {
			applyHeaders(response);
			response.statusCode = 404;
			response.setHeader('Content-Type', 'text/html; charset=utf-8');
			createReadStream(join(dir, '404.html')).pipe(response);
		}),
	),
).listen(Number(values.port), 'localhost', () => {
	console.log(`serve-dist: ${dir}/ at http://localhost:${values.port}/ with the headers of ${headersPath}`);
});
