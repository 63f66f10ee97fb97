import { describe, expect, test } from 'vitest';
import {
	GENERATOR_FIELDS,
	MEMBERS_FIELD,
	memberFieldIds,
	SINGLE_FIELDS,
} from '../../../src/lib/config-generator/generator-fields.ts';
import { validateForm } from '../../../src/lib/config-generator/generator-form.ts';
import { facts, formFor, products } from '../fixtures/generator.ts';

describe('the generator form has one list of field ids', () => {
	const form = formFor(products[0]!.id);

	test('it names every single field of the form, and only those', () => {
		const formFields = Object.keys(form).filter((name) => name !== 'members');
		expect([...SINGLE_FIELDS].sort()).toEqual(formFields.sort());
	});

	test('every error validateForm reports for a single field has a field to show it', () => {
		const blank = Object.fromEntries(SINGLE_FIELDS.map((name) => [name, ''])) as unknown as typeof form;
		const result = validateForm({ ...blank, members: [] }, products, facts);
		expect(result.ok).toBe(false);
		const errorNames = Object.keys(result.ok ? {} : result.errors).filter(
			(name) => name !== 'members' && !name.startsWith('member-'),
		);
		expect(errorNames.length).toBeGreaterThan(0);
		for (const name of errorNames) expect(SINGLE_FIELDS).toContain(name);
	});

	test('no two elements share an id', () => {
		const all = [
			...Object.values(GENERATOR_FIELDS),
			MEMBERS_FIELD,
			memberFieldIds(1, 'host'),
			memberFieldIds(1, 'port'),
		];
		const ids = all.flatMap(({ id, errorId, hintId }) => [id, errorId, hintId]);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
