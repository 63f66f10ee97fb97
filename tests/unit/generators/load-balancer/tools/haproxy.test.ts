import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { haproxyConfig } from '../../../../../src/lib/generators/load-balancer/haproxy.ts';
import { requireTool } from '../../../support/external-tools.ts';
import { lbCases } from '../../../support/load-balancer-fixtures.ts';
import {
	haproxy,
	haproxyCheck,
	makeCertificate,
	openssl,
	type TestCertificate,
} from '../../../support/load-balancer-tools.ts';

let certificate: TestCertificate | undefined;
beforeAll(() => {
	requireTool(openssl);
	certificate = makeCertificate();
});
afterAll(() => certificate?.remove());

/** The case names, known before the certificate exists; each test builds its input with the real paths. */
const names = lbCases({ certificatePath: '/x', keyPath: '/x' }).map(([name]) => name);

function generated(name: string): string {
	// HAProxy reads certificate and key from one PEM file, the certificate path.
	const paths = { certificatePath: certificate!.combinedPath, keyPath: certificate!.keyPath };
	const [, input] = lbCases(paths).find(([candidate]) => candidate === name)!;
	const result = haproxyConfig(input);
	if (!result.ok) throw new Error(`the settings were refused: ${JSON.stringify(result.errors)}`);
	return result.text;
}

describe('haproxy -c accepts the HAProxy configuration', () => {
	test('and rejects a broken one, so the check can fail', { timeout: 60_000 }, () => {
		requireTool(haproxy);
		const broken = generated(names[0]!).replace(/balance roundrobin/, 'balance no-such-algorithm');
		expect(haproxyCheck(broken).status).not.toBe(0);
	});

	test('and rejects it when the certificate is missing, so the path is really read', { timeout: 60_000 }, () => {
		requireTool(haproxy);
		const missing = generated(names[0]!).replaceAll(certificate!.combinedPath, `${certificate!.dir}/missing.pem`);
		expect(haproxyCheck(missing).status).not.toBe(0);
	});

	for (const name of names) {
		test(name, { timeout: 60_000 }, () => {
			requireTool(haproxy);
			expect(haproxyCheck(generated(name))).toEqual(expect.objectContaining({ status: 0 }));
		});
	}
});
