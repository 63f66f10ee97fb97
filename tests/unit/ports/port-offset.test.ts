import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import {
	formatPlacements,
	freeOffset,
	layoutHost,
	parseOffset,
	parsePlacements,
	profileCatalog,
	type Placement,
} from '../../../src/lib/ports/port-offset.ts';
import { describeLayout, serverLabels } from '../../../src/lib/ports/port-offset-rows.ts';

const atlas = loadDataSet(rawDataSet);
const catalog = profileCatalog(atlas.iotProfiles, atlas.ports);
const shipped: Placement[] = atlas.iotProfiles.map((profile) => ({ profileId: profile.id, offset: profile.offset }));
const portOf = (ruleId: string) => atlas.ports.find((port) => port.id === ruleId)!.port;

describe('offset arithmetic', () => {
	test('every profile port at its shipped offset is the port the data lists', () => {
		const { ports } = layoutHost(shipped, catalog);
		expect(ports.length).toBe(atlas.ports.filter((port) => port.carbonListener !== undefined).length);
		for (const entry of ports) expect(entry.port).toBe(portOf(entry.ruleId));
	});

	test('an offset moves offset-aware ports by exactly that much and leaves the others', () => {
		const { ports } = layoutHost([{ profileId: 'device-manager-backend', offset: 10 }], catalog);
		const https = ports.find((entry) => entry.ruleId === 'worker-https-9444')!;
		const hazelcast = ports.find((entry) => entry.ruleId === 'worker-hazelcast-4000')!;
		expect(https.port).toBe(https.defaultPort + 10);
		expect(hazelcast.port).toBe(hazelcast.defaultPort);
	});

	test('a port pushed past 65535 is flagged', () => {
		const { ports } = layoutHost([{ profileId: 'device-manager', offset: 60000 }], catalog);
		expect(ports.find((entry) => entry.defaultPort === 9443)).toMatchObject({ port: 69443, outOfRange: true });
	});
});

describe('collisions', () => {
	test('the shipped profiles share one host without a collision, except Hazelcast, which no offset moves', () => {
		const { collisions } = layoutHost(shipped, catalog);
		expect(collisions.map((collision) => collision.port)).toEqual([4000]);
		expect(collisions[0]!.entries.every((entry) => !entry.offsetApplies)).toBe(true);
	});

	test('two servers of one profile with the same offset collide on every port', () => {
		const backend = catalog.find((entry) => entry.id === 'device-manager-backend')!;
		const { collisions } = layoutHost(
			[
				{ profileId: backend.id, offset: 1 },
				{ profileId: backend.id, offset: 1 },
			],
			catalog,
		);
		expect(collisions).toHaveLength(backend.listeners.length);
	});

	test('the docs table’s HTTP port for the Backend (9763) would collide with the Device Manager', () => {
		// The data publishes 9764 for the Backend; at offset 0 it would sit on the Device Manager's 9763.
		const { collisions } = layoutHost(
			[
				{ profileId: 'device-manager', offset: 0 },
				{ profileId: 'device-manager-backend', offset: 0 },
			],
			catalog,
		);
		expect(collisions.map((collision) => collision.port)).toContain(portOf('manager-http-9763'));
	});

	test('ports of one server never count as colliding with each other', () => {
		expect(layoutHost([{ profileId: 'broker', offset: 3 }], catalog).collisions).toEqual([]);
	});
});

describe('free offset', () => {
	test('finds the smallest offset that clears the other servers', () => {
		const placements: Placement[] = [
			{ profileId: 'device-manager-backend', offset: 1 },
			{ profileId: 'device-manager-backend', offset: 1 },
		];
		const offset = freeOffset(placements, 1, catalog)!;
		const next = placements.with(1, { profileId: 'device-manager-backend', offset });
		const movable = layoutHost(next, catalog).collisions.filter((collision) =>
			collision.entries.some((entry) => entry.offsetApplies),
		);
		expect(movable).toEqual([]);
		for (let smaller = 0; smaller < offset; smaller += 1) {
			const tried = placements.with(1, { profileId: 'device-manager-backend', offset: smaller });
			expect(layoutHost(tried, catalog).collisions.some((c) => c.entries.some((e) => e.offsetApplies))).toBe(true);
		}
	});
});

describe('reading offsets and placements', () => {
	test.each([
		['4', { offset: 4 }],
		[' 0 ', { offset: 0 }],
		['-1', { error: 'Enter a whole number of 0 or more, such as 1.' }],
		['1.5', { error: 'Enter a whole number of 0 or more, such as 1.' }],
		['', { error: 'Enter a whole number of 0 or more, such as 1.' }],
		['65535', { error: 'Enter an offset below 65535.' }],
	])('parseOffset(%j)', (text, expected) => {
		expect(parseOffset(text)).toEqual(expected);
	});

	test('placements round-trip through their URL form', () => {
		expect(parsePlacements(formatPlacements(shipped), catalog)).toEqual({ placements: shipped, problems: [] });
	});

	test('unknown profiles and bad offsets are skipped with a reason', () => {
		expect(parsePlacements('broker:3,gateway:1,key-manager:x,key-manager:1:2', catalog)).toEqual({
			placements: [{ profileId: 'broker', offset: 3 }],
			problems: [
				{ item: 'gateway:1', reason: 'names no known profile' },
				{ item: 'key-manager:x', reason: 'has no valid offset' },
				{ item: 'key-manager:1:2', reason: 'has no valid offset' },
			],
		});
	});
});

describe('calculator wording', () => {
	test('servers are labelled by profile and offset, numbered when a profile repeats', () => {
		expect(
			serverLabels(
				[
					{ profileId: 'broker', offset: 3 },
					{ profileId: 'key-manager', offset: 4 },
					{ profileId: 'broker', offset: 10 },
				],
				catalog,
			),
		).toEqual(['Broker #1 (offset 3)', 'Key Manager (offset 4)', 'Broker #2 (offset 10)']);
	});

	test('the shipped layout warns only about the port the offset cannot move, and says how to fix it', () => {
		const view = describeLayout(shipped, catalog);
		expect(view.warnings).toHaveLength(1);
		expect(view.warnings[0]).toMatch(
			/^Port 4000 is used by Device Manager Backend \(offset 1\) and Key Manager \(offset 4\)\./,
		);
		expect(view.warnings[0]).toContain('localMemberPort');
		const colliding = view.rows.filter((row) => row.collidesWith.length > 0);
		expect(colliding.map((row) => row.port)).toEqual([4000, 4000]);
	});

	test('a clean host says so', () => {
		const view = describeLayout([{ profileId: 'device-manager', offset: 0 }], catalog);
		expect(view.warnings).toEqual([]);
		expect(view.summary).toMatch(/no collisions/);
	});

	test('ports out of range are warned about', () => {
		const view = describeLayout([{ profileId: 'broker', offset: 64000 }], catalog);
		expect(view.warnings.some((warning) => warning.includes('above 65535'))).toBe(true);
	});
});
