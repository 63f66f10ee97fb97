import { expect, test } from 'vitest';
import { generatorPresetHref } from '../../../src/lib/config-generator/generator-preset.ts';
import { GENERATOR_PATH } from '../../../src/lib/shared/paths.ts';

test('links to the generator on its page, preset for one product', () => {
	expect(generatorPresetHref('api-manager')).toBe(`${GENERATOR_PATH}?product=api-manager#generator`);
});

test('encodes the product id, whatever it holds', () => {
	expect(generatorPresetHref('a&b c')).toBe(`${GENERATOR_PATH}?product=a%26b+c#generator`);
});
