import { expect, test } from 'vitest';
import { generatorPresetHref } from '../../../src/lib/config-generator/generator-preset.ts';

test('links to the generator section of the guide, preset for one product', () => {
	expect(generatorPresetHref('api-manager')).toBe('/guides/worker-manager-separation/?product=api-manager#generator');
});

test('encodes the product id, whatever it holds', () => {
	expect(generatorPresetHref('a&b c')).toBe('/guides/worker-manager-separation/?product=a%26b+c#generator');
});
