import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probe, run, withTempDir, type RunResult } from './external-tools.ts';

/**
 * Runs nginx and HAProxy on generated configurations, as an unprivileged user could: every
 * path nginx writes (pid, logs, temporary files) points into a scratch directory, and the
 * certificate the configurations name is a throwaway self-signed one made with openssl. nginx -t
 * also binds every listening port, which needs root for 80 and 443 and fails when anything on the
 * machine already listens there, so the harness moves each port to a free one on 127.0.0.1 (the
 * only change it makes to the generated text). A missing tool fails the tests that need it, with
 * the reason (see external-tools.ts).
 */

export const openssl = probe('openssl', 'install the Debian package openssl', () => run('openssl', ['version']));

/** A self-signed certificate and key, valid for a day, and the two in one PEM file for HAProxy. */
export interface TestCertificate {
	dir: string;
	certificatePath: string;
	keyPath: string;
	/** Certificate and key in one file, as HAProxy's crt wants them. */
	combinedPath: string;
	remove: () => void;
}

export function makeCertificate(): TestCertificate {
	const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-tls-'));
	const certificatePath = join(dir, 'cluster.crt');
	const keyPath = join(dir, 'cluster.key');
	const combinedPath = join(dir, 'cluster.pem');
	const result = run('openssl', [
		'req',
		'-x509',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-subj',
		'/CN=test',
		'-days',
		'1',
		'-keyout',
		keyPath,
		'-out',
		certificatePath,
	]);
	if (result.status !== 0) throw new Error(`openssl could not make a test certificate: ${result.output}`);
	writeFileSync(combinedPath, `${readFileSync(certificatePath, 'utf8')}${readFileSync(keyPath, 'utf8')}`);
	return { dir, certificatePath, keyPath, combinedPath, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An nginx.conf around an http-level snippet, with every writable path in `dir`. */
function nginxHarness(dir: string, snippetPath: string): string {
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.map((kind) => `\t${kind}_temp_path ${join(dir, `${kind}-temp`)};`)
		.join('\n');
	return [
		`pid ${join(dir, 'nginx.pid')};`,
		`error_log ${join(dir, 'error.log')};`,
		'events {}',
		'http {',
		`\taccess_log ${join(dir, 'access.log')};`,
		temp,
		`\tinclude ${snippetPath};`,
		'}',
		'',
	].join('\n');
}

/** A port nothing listens on right now, on the loopback address. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject()));
		});
	});
}

/** The text with each port of a listen directive moved to a free loopback port (the same port stays the same). */
async function onFreePorts(text: string): Promise<string> {
	const ports = [...new Set([...text.matchAll(/\blisten (\d+)\b/g)].map((match) => match[1]!))];
	const moved = new Map<string, number>();
	for (const port of ports) moved.set(port, await freePort());
	return text.replace(/\blisten (\d+)\b/g, (_, port: string) => `listen 127.0.0.1:${moved.get(port)}`);
}

/** nginx -t on a generated conf.d file, wrapped in a minimal nginx.conf. */
export async function nginxTest(snippet: string): Promise<RunResult> {
	const text = await onFreePorts(snippet);
	return withTempDir((dir) => {
		const snippetPath = join(dir, 'cluster.conf');
		const confPath = join(dir, 'nginx.conf');
		writeFileSync(snippetPath, text);
		writeFileSync(confPath, nginxHarness(dir, snippetPath));
		return run('nginx', ['-t', '-q', '-e', join(dir, 'error.log'), '-p', dir, '-c', confPath]);
	});
}

/** Whether nginx runs here: nginx -t on a one-server file (a promise, since the harness finds free ports). */
export const nginx = nginxTest('server {\n\tlisten 8080;\n\treturn 204;\n}\n').then((result) =>
	probe('nginx', 'install the Debian package nginx', () => result),
);

/** haproxy -c on a generated haproxy.cfg. */
export function haproxyCheck(config: string): RunResult {
	return withTempDir((dir) => {
		const file = join(dir, 'haproxy.cfg');
		writeFileSync(file, config);
		return run('haproxy', ['-c', '-f', file]);
	});
}

export const haproxy = probe('haproxy', 'install the Debian package haproxy', () =>
	haproxyCheck(
		'defaults\n\tmode http\n\ttimeout connect 5s\n\ttimeout client 5s\n\ttimeout server 5s\n\nfrontend probe\n\tbind :8080\n',
	),
);
