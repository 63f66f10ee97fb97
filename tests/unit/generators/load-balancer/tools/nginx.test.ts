import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nginxConfig } from '../../../../../src/lib/generators/load-balancer/nginx.ts';
import { requireTool } from '../../../support/external-tools.ts';
import { lbCases, type CertificatePaths } from '../../../support/load-balancer-fixtures.ts';
import {
	makeCertificate,
	nginx,
	nginxTest,
	openssl,
	type TestCertificate,
} from '../../../support/load-balancer-tools.ts';

let certificate: TestCertificate | undefined;
beforeAll(() => {
	requireTool(openssl);
	certificate = makeCertificate();
});
afterAll(() => certificate?.remove());

const paths = (): CertificatePaths => ({
	certificatePath: certificate!.certificatePath,
	keyPath: certificate!.keyPath,
});
/** The case names, known before the certificate exists; each test builds its input with the real paths. */
const names = lbCases({ certificatePath: '/x', keyPath: '/x' }).map(([name]) => name);

function generated(name: string): string {
	const [, input] = lbCases(paths()).find(([candidate]) => candidate === name)!;
	const result = nginxConfig(input);
	if (!result.ok) throw new Error(`the settings were refused: ${JSON.stringify(result.errors)}`);
	return result.text;
}

describe('nginx -t accepts the NGINX configuration', () => {
	test('and rejects a broken one, so the check can fail', { timeout: 60_000 }, async () => {
		requireTool(await nginx);
		const broken = generated(names[0]!).replace(/upstream (\w+) \{/, 'upstream $1 {\n\tno_such_directive on;');
		expect((await nginxTest(broken)).status).not.toBe(0);
	});

	test(
		'and rejects it when the certificate is missing, so the paths are really read',
		{ timeout: 60_000 },
		async () => {
			requireTool(await nginx);
			const missing = generated(names[0]!).replaceAll(certificate!.certificatePath, `${certificate!.dir}/missing.crt`);
			expect((await nginxTest(missing)).status).not.toBe(0);
		},
	);

	for (const name of names) {
		test(name, { timeout: 60_000 }, async () => {
			requireTool(await nginx);
			expect(await nginxTest(generated(name))).toEqual(expect.objectContaining({ status: 0 }));
		});
	}
});
