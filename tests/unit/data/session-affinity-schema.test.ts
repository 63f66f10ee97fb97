import { describe, expect, test } from 'vitest';
import { SessionAffinitySchema } from '../../../src/schemas/session-affinity.ts';
import { makeSessionAffinity } from '../fixtures/factories.ts';

/** The messages the schema gives for a record, by field path. */
function issues(record: unknown): Record<string, string> {
	const result = SessionAffinitySchema.safeParse(record);
	if (result.success) return {};
	return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the session affinity schema', () => {
	test('accepts a sticky fact with its cookie and a non-sticky fact without one', () => {
		expect(issues(makeSessionAffinity())).toEqual({});
		const notSticky = makeSessionAffinity({ affinity: 'not-sticky', cookie: undefined });
		expect(issues(notSticky)).toEqual({});
	});

	test('a sticky fact must name its cookie, and a non-sticky fact must not', () => {
		expect(Object.keys(issues(makeSessionAffinity({ cookie: undefined })))).toEqual(['cookie']);
		expect(Object.keys(issues(makeSessionAffinity({ affinity: 'not-sticky' })))).toEqual(['cookie']);
	});

	test('refuses a cookie name that would need quoting in a load balancer configuration', () => {
		for (const cookie of ['JSESSIONID;', 'a b', 'x}', '$cookie', '']) {
			expect(Object.keys(issues(makeSessionAffinity({ cookie })))).toEqual(['cookie']);
		}
	});

	test('traffic names roles, ports or both', () => {
		const nothing = { description: 'Somewhere' };
		expect(Object.keys(issues(makeSessionAffinity({ traffic: nothing })))).toEqual(['traffic']);
		expect(issues(makeSessionAffinity({ traffic: { description: 'Ports', ports: [8243] } }))).toEqual({});
		expect(Object.keys(issues(makeSessionAffinity({ traffic: { ...nothing, ports: [70000] } })))).toEqual([
			'traffic.ports.0',
		]);
	});

	test('versions and a first version are exclusive, and are versions', () => {
		expect(Object.keys(issues(makeSessionAffinity({ versions: ['1.9.0'], fromVersion: '1.10.0' })))).toEqual([
			'fromVersion',
		]);
		expect(Object.keys(issues(makeSessionAffinity({ versions: ['1.9'] })))).toEqual(['versions.0']);
	});

	test('a derived fact says how it was derived, and every fact cites a source', () => {
		expect(Object.keys(issues(makeSessionAffinity({ evidence: 'derived' })))).toEqual(['derivation']);
		expect(Object.keys(issues(makeSessionAffinity({ sources: [] })))).toEqual(['sources']);
	});
});
