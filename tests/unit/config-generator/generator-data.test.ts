import { expect, test } from 'vitest';
import { embeddableJson } from '../../../src/lib/config-generator/generator-data.ts';
import { data } from '../fixtures/generator.ts';

test('embedded JSON cannot close its script element, and reads back unchanged', () => {
	const value = { text: '</script><script>alert(1)</script>' };
	const json = embeddableJson(value);
	expect(json).not.toContain('<');
	expect(JSON.parse(json)).toEqual(value);
});

test('the browser gets only the sources the configuration facts cite', () => {
	const cited = new Set(data.facts.flatMap((fact) => fact.sources));
	expect(new Set(data.sources.map((source) => source.id))).toEqual(cited);
});
