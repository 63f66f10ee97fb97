/**
 * Prints the search figures of the built site as JSON, for the benchmark: the size of the
 * Pagefind index, and the bytes a first and a second search download (as served, and as gzip
 * would send them), split into code and index data. It runs tests/e2e/search-figures.spec.ts,
 * which measures them in Chromium against `astro preview` (run `npm run build` first; set
 * E2E_PORT to choose the port), and passes on its output.
 *
 *   npm run search:figures              # JSON on stdout
 *   npm run search:figures -- out.json  # and written to out.json
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const directory = mkdtempSync(join(tmpdir(), 'search-figures-'));
const output = join(directory, 'search-figures.json');
try {
	const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
	const run = spawnSync(process.execPath, [cli, 'test', 'tests/e2e/search-figures.spec.ts', '--reporter=line'], {
		// The test runner's own output goes to stderr, so stdout carries only the JSON.
		stdio: ['ignore', 2, 2],
		env: { ...process.env, SEARCH_FIGURES_OUT: output },
	});
	if (run.status !== 0) {
		console.error('search-figures: the measuring test failed (is the site built? `npm run build`).');
		process.exit(run.status ?? 1);
	}
	const figures = readFileSync(output, 'utf8');
	const target = process.argv[2];
	if (target) writeFileSync(target, figures);
	process.stdout.write(figures);
} finally {
	rmSync(directory, { recursive: true, force: true });
}
