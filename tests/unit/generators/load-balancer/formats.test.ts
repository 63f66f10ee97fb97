import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadBalancerFormats } from '../../../../src/lib/generators/load-balancer/formats.ts';
import { iotPlan, lbInput } from '../../support/load-balancer-fixtures.ts';

describe('the load balancer formats', () => {
	test('are NGINX and HAProxy, each once', () => {
		expect(loadBalancerFormats.map((format) => format.id)).toEqual(['nginx', 'haproxy']);
	});

	test.each(loadBalancerFormats)('$label: highlights with a language Shiki has', (format) => {
		expect(
			existsSync(new URL(`../../../../node_modules/@shikijs/langs/dist/${format.lang}.mjs`, import.meta.url)),
		).toBe(true);
	});

	test.each(loadBalancerFormats)(
		'$label: names its file, its check, its assumptions and what NGINX Plus would do',
		(format) => {
			const input = lbInput(iotPlan);
			expect(format.fileName(input)).toMatch(/^[a-z0-9.-]+$/);
			expect(format.check).toMatch(format.id === 'nginx' ? /^nginx -t/ : /^haproxy -c -f FILE/);
			expect(format.assumptions.length).toBeGreaterThan(0);
			expect(format.stickyCookieNote).toMatch(/NGINX Plus/);
			expect(format.stickyCookieNote).toMatch(/sticky cookie/);
			const result = format.generate(input);
			expect(result.ok && result.text.endsWith('\n')).toBe(true);
		},
	);
});
