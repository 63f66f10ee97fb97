import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { portMatches } from '../../../src/core/port-range.ts';
import {
	buildSearchVocabulary,
	parseSearchVocabulary,
	portVocabulary,
} from '../../../src/lib/search/search-vocabulary.ts';

describe('the search vocabulary', () => {
	const vocabulary = buildSearchVocabulary(atlas);

	test('covers every port of every rule and nothing else', () => {
		for (const port of atlas.ports) {
			const [from, to] = typeof port.port === 'number' ? [port.port, port.port] : [port.port.from, port.port.to];
			expect(vocabulary.ports).toContainEqual([from, to]);
		}
		const covered = (number: number) => vocabulary.ports.some(([from, to]) => number >= from && number <= to);
		expect([80, 443, 5228, 5229, 5230].every(covered)).toBe(true);
		expect(covered(52280)).toBe(atlas.ports.some((port) => portMatches(port.port, 52280)));
	});

	test('titles each port rule and product row, and lists the one-word abbreviations', () => {
		expect(vocabulary.labels['fcm-device-5229-5230']).toBe('5229-5230/TCP · FCM (formerly GCM)');
		expect(vocabulary.labels['enterprise-service-bus']).toBe('Enterprise Service Bus (ESB)');
		expect(vocabulary.aliases).toEqual(expect.arrayContaining(['es', 'esb', 'greg', 'apim', 'is']));
		expect(vocabulary.aliases).not.toContain('wso2 is');
	});

	test('keeps wide ranges as their two ends', () => {
		expect(portVocabulary([{ from: 10000, to: 20000 }, 443])).toEqual([
			[10000, 10000],
			[20000, 20000],
			[443, 443],
		]);
	});

	test('reads back what it wrote, and drops anything malformed instead of trusting it', () => {
		expect(parseSearchVocabulary(JSON.parse(JSON.stringify(vocabulary)))).toEqual(vocabulary);
		expect(parseSearchVocabulary(null)).toEqual({ ports: [], aliases: [], labels: {} });
		expect(
			parseSearchVocabulary({
				ports: [[443, 443], [0, 1], [9, 8], 'x', [1, 2, 3]],
				aliases: ['es', 'E S', 42, '<script>'],
				labels: { a: 'A', b: 7 },
			}),
		).toEqual({ ports: [[443, 443]], aliases: ['es'], labels: { a: 'A' } });
	});
});
