import { describe, expect, test } from 'vitest';
import {
	compareVersions,
	inVersionLine,
	isValidVersion,
	isVersionLine,
	majorOf,
	newestFirst,
	oldestFirst,
} from '../../../src/core/versions.ts';

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

	test.each([
		'1.5',
		'1..2',
		'v1.2.3',
		' 1.2.3',
		'1.2.3-beta',
		'01.2.3',
		'1.2.3.4',
		'',
		'4.8.1<script>',
		'1.2.99999999999999999999',
	])('rejects %j', (version) => {
		expect(isValidVersion(version)).toBe(false);
	});
});

describe('version lines', () => {
	test('a line matches by number, never as a text prefix: 4.1 holds 4.1.0, not 4.10.0', () => {
		expect(inVersionLine('4.1.0', '4.1')).toBe(true);
		expect(inVersionLine('4.10.0', '4.1')).toBe(false);
		expect(inVersionLine('1.10.0', '1.1')).toBe(false);
		expect(inVersionLine('5.2.1', '5')).toBe(true);
		expect(inVersionLine('5.2.1', '5.2.1')).toBe(true);
		expect(inVersionLine('15.0.0', '5')).toBe(false);
	});

	test.each(['4', '4.9', '4.9.0'])('%s is a version line', (line) => {
		expect(isVersionLine(line)).toBe(true);
	});

	test.each(['', '4.', '.9', '4.9.0.1', '04.9', 'v4', 'esb'])('%j is not a version line', (line) => {
		expect(isVersionLine(line)).toBe(false);
		expect(inVersionLine('4.9.0', line)).toBe(false);
	});

	test('majorOf reads the major number', () => {
		expect(majorOf('10.2.3')).toBe(10);
	});
});
