import { describe, expect, test } from 'vitest';
import { compareVersions, isValidVersion, newestFirst, oldestFirst } from '../../src/lib/versions.ts';

describe('version ordering', () => {
	test('compares numerically, not as text: 1.10.0 > 1.9.1 > 1.9.0', () => {
		expect(compareVersions('1.10.0', '1.9.1')).toBeGreaterThan(0);
		expect(compareVersions('1.9.1', '1.9.0')).toBeGreaterThan(0);
		expect(compareVersions('1.9.0', '1.9.0')).toBe(0);
		expect(compareVersions('4.8.1', '4.8.10')).toBeLessThan(0);
	});

	test('sorts newest first and oldest first without mutating the input', () => {
		const input = ['1.9.0', '1.10.0', '2.0.0', '1.9.1'];
		expect(newestFirst(input)).toEqual(['2.0.0', '1.10.0', '1.9.1', '1.9.0']);
		expect(oldestFirst(input)).toEqual(['1.9.0', '1.9.1', '1.10.0', '2.0.0']);
		expect(input).toEqual(['1.9.0', '1.10.0', '2.0.0', '1.9.1']);
	});
});

describe('isValidVersion', () => {
	test.each(['1.5.0', '1.10.0', '0.0.1', '10.20.30'])('accepts %s', (version) => {
		expect(isValidVersion(version)).toBe(true);
	});

	test.each(['1.5', '1..2', 'v1.2.3', ' 1.2.3', '1.2.3-beta', '01.2.3', '1.2.3.4', '', '4.8.1<script>'])(
		'rejects %j',
		(version) => {
			expect(isValidVersion(version)).toBe(false);
		},
	);
});
