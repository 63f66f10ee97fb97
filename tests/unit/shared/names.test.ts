import { expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { nameLookup } from '../../../src/lib/shared/names.ts';

const atlas = loadDataSet(rawDataSet);
const nameOf = nameLookup(atlas.nodeRoles, atlas.externalEndpoints);

test('names every role by its name', () => {
	expect(atlas.nodeRoles.length).toBeGreaterThan(0);
	for (const role of atlas.nodeRoles) expect(nameOf(role.id)).toBe(role.name);
});

test('names every external endpoint by its abbreviation', () => {
	expect(atlas.externalEndpoints.length).toBeGreaterThan(0);
	for (const endpoint of atlas.externalEndpoints) expect(nameOf(endpoint.id)).toBe(endpoint.abbreviation);
});

test('shows an id it does not know as itself', () => {
	expect(nameOf('no-such-role')).toBe('no-such-role');
});
