import { describe, expect, test } from 'vitest';
import {
	describeProblem,
	progressKey,
	progressText,
	readProgress,
	writeProgress,
} from '../../../src/lib/patterns/checklist-progress.ts';

const items = ['machine:manager', 'port:load-balancer-https-443', 'decision:operation-delivery'];

describe('readProgress', () => {
	test('nothing stored is an empty checklist with nothing to report', () => {
		expect(readProgress(null, items)).toEqual({ checked: [] });
	});

	test('reads back what writeProgress stored, in checklist order', () => {
		const stored = writeProgress(['decision:operation-delivery', 'machine:manager'], items);
		expect(readProgress(stored, items)).toEqual({ checked: ['machine:manager', 'decision:operation-delivery'] });
	});

	test.each([['{not json'], [''], ['undefined'], ['{"version":1,"checked":[']])('treats %j as corrupted', (raw) => {
		expect(readProgress(raw, items)).toEqual({ checked: [], problem: { kind: 'corrupted' } });
	});

	test.each([
		['an array', '["machine:manager"]'],
		['a bare string', '"machine:manager"'],
		['null', 'null'],
		['another version', '{"version":2,"checked":["machine:manager"]}'],
		['no version', '{"checked":["machine:manager"]}'],
		['ticks that are not a list', '{"version":1,"checked":"machine:manager"}'],
		['ticks that are not text', '{"version":1,"checked":[1,2]}'],
		['markup in place of ticks', '{"version":1,"checked":[{"<img src=x onerror=alert(1)>":1}]}'],
	])('treats %s as foreign', (_name, raw) => {
		expect(readProgress(raw, items)).toEqual({ checked: [], problem: { kind: 'foreign' } });
	});

	test('keeps the ticks it knows and reports how many it dropped', () => {
		const raw = JSON.stringify({ version: 1, checked: ['machine:manager', 'port:gone', 'port:also-gone'] });
		expect(readProgress(raw, items)).toEqual({ checked: ['machine:manager'], problem: { kind: 'stale', dropped: 2 } });
	});

	test('counts a repeated tick once', () => {
		const raw = JSON.stringify({ version: 1, checked: ['machine:manager', 'machine:manager'] });
		expect(readProgress(raw, items)).toEqual({ checked: ['machine:manager'] });
	});
});

describe('writeProgress', () => {
	test('stores equal states as equal text whatever the tick order', () => {
		expect(writeProgress(['decision:operation-delivery', 'machine:manager'], items)).toBe(
			writeProgress(['machine:manager', 'decision:operation-delivery'], items),
		);
	});

	test('never stores ids the checklist does not have', () => {
		expect(JSON.parse(writeProgress(['machine:manager', 'elsewhere'], items))).toEqual({
			version: 1,
			checked: ['machine:manager'],
		});
	});
});

describe('wording', () => {
	test('each checklist has its own namespaced key', () => {
		expect(progressKey('iot-server-ha:before-you-begin')).toBe(
			'cluster-atlas:checklist:iot-server-ha:before-you-begin',
		);
	});

	test('notices say what happened', () => {
		expect(describeProblem({ kind: 'corrupted' })).toMatch(/could not be read.*reset/);
		expect(describeProblem({ kind: 'foreign' })).toMatch(/reset/);
		expect(describeProblem({ kind: 'stale', dropped: 1 })).toMatch(/^One saved tick/);
		expect(describeProblem({ kind: 'stale', dropped: 3 })).toMatch(/^3 saved ticks/);
		expect(progressText(3, 12)).toBe('3 of 12 done');
	});
});
