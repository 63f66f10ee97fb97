import { describe, expect, test } from 'vitest';
import { formatPort, portBounds, portMatches } from '../../../src/core/port-range.ts';

describe('port specs', () => {
	test('a single port is its own range', () => {
		expect(portBounds(443)).toEqual([443, 443]);
		expect(formatPort(443)).toBe('443');
	});

	test('a range is written with a hyphen', () => {
		expect(formatPort({ from: 5229, to: 5230 })).toBe('5229-5230');
	});

	test('matching is by number, never by prefix or substring', () => {
		expect(portMatches(443, 443)).toBe(true);
		expect(portMatches(443, 4430)).toBe(false);
		expect(portMatches(443, 8443)).toBe(false);
		expect(portMatches(443, 44)).toBe(false);
		expect(portMatches({ from: 5229, to: 5230 }, 5230)).toBe(true);
		expect(portMatches({ from: 5229, to: 5230 }, 5228)).toBe(false);
	});
});
