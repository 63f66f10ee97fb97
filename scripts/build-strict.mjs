/**
 * `astro build`, failing when the build prints any warning. Astro reports warnings but still
 * exits 0, so without this a broken link, a missing content entry or a bundler complaint
 * could land unnoticed. Output is streamed as usual and the warnings are repeated at the end.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const WARNING = /\[WARN\]|\bwarning\b/i;

const child = spawn('astro', ['build', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'pipe'] });
const warnings = [];

for (const stream of [child.stdout, child.stderr]) {
	let pending = '';
	stream.on('data', (chunk) => {
		const text = chunk.toString();
		(stream === child.stdout ? process.stdout : process.stderr).write(text);
		const lines = (pending + text).split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines.map(stripVTControlCharacters)) if (WARNING.test(line)) warnings.push(line);
	});
}

child.on('close', (code) => {
	if (code !== 0) process.exit(code ?? 1);
	if (warnings.length > 0) {
		console.error(`\nbuild-strict: the build printed ${warnings.length} warning(s); fix them:`);
		for (const warning of warnings) console.error(`  ${warning.trim()}`);
		process.exit(1);
	}
	console.log('build-strict: no warnings.');
});
