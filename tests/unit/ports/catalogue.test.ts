import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import {
	catalogueEntries,
	offsetSummary,
	portAtOffset,
	portNumberGroups,
	productCalculatorEntries,
	productCatalogue,
} from '../../../src/lib/ports/catalogue.ts';
import { layoutHost } from '../../../src/lib/ports/port-offset.ts';
import { describeLayout } from '../../../src/lib/ports/port-offset-rows.ts';
import { offsetCalculatorPath } from '../../../src/lib/shared/paths.ts';
import { makeCataloguePort } from '../fixtures/factories.ts';
import { CataloguePortSchema } from '../../../src/schemas/catalogue-port.ts';

const atlas = loadDataSet(rawDataSet);
const port = (fields: Parameters<typeof makeCataloguePort>[0]) => CataloguePortSchema.parse(makeCataloguePort(fields));

describe('the default-ports catalogue', () => {
	test('holds every record of the three places once', () => {
		const expected = [
			...atlas.carbonPorts.map((record) => record.id),
			...atlas.sharedPorts.map((record) => record.id),
			...atlas.products.flatMap((product) => product.ports.map((record) => record.id)),
		];
		expect(catalogueEntries(atlas).map((entry) => entry.port.id)).toEqual(expected);
	});

	test.each(atlas.products.map((product) => [product.id]))('%s lists Carbon’s, its shared and its own ports', (id) => {
		const product = atlas.products.find((candidate) => candidate.id === id)!;
		const ids = productCatalogue(atlas, id).map((entry) => entry.port.id);
		const replaced = new Set(product.ports.map((port) => port.replaces));
		const expected = [
			...atlas.carbonPorts,
			...atlas.sharedPorts.filter((shared) => shared.products.includes(id)),
			...product.ports,
		]
			.map((record) => record.id)
			.filter((portId) => !replaced.has(portId));
		expect([...ids].sort()).toEqual([...expected].sort());
	});

	test('a product’s own port that replaces a common one takes its place on that product only', () => {
		for (const product of atlas.products) {
			for (const own of product.ports.filter((port) => port.replaces !== undefined)) {
				const ids = productCatalogue(atlas, product.id).map((entry) => entry.port.id);
				expect(ids).toContain(own.id);
				expect(ids).not.toContain(own.replaces);
				const replaced = catalogueEntries(atlas).find((entry) => entry.port.id === own.replaces)!;
				expect(replaced.productIds).not.toContain(product.id);
			}
		}
		// The ESB ships its member port as 4100, so the catalogue holds at least this one replacement.
		expect(atlas.products.some((product) => product.ports.some((port) => port.replaces !== undefined))).toBe(true);
	});

	test('lists a product’s ports by number, the random ones last', () => {
		const numbers = productCatalogue(atlas, 'api-manager').map((entry) => entry.port.port);
		const fixed = numbers.filter((number) => number !== 'random');
		expect(fixed).toEqual([...fixed].sort((a, b) => a - b));
		expect(numbers.slice(fixed.length).every((number) => number === 'random')).toBe(true);
	});

	test('groups every product that opens a number, whichever record names it', () => {
		for (const group of portNumberGroups(atlas)) {
			const expected = catalogueEntries(atlas)
				.filter((entry) => entry.port.port === group.port && entry.port.protocol === group.protocol)
				.flatMap((entry) => entry.productIds);
			expect(new Set(group.productIds)).toEqual(new Set(expected));
		}
		// Who uses 7711? The group answers with every product whose catalogue holds it.
		const group = portNumberGroups(atlas).find((candidate) => candidate.port === 7711)!;
		const expected = atlas.products.filter((product) =>
			productCatalogue(atlas, product.id).some((entry) => entry.port.port === 7711),
		);
		expect(group.productIds).toEqual(expected.map((product) => product.id));
	});
});

describe('a default port at an offset', () => {
	test('moves by the offset when the offset applies, and stays otherwise', () => {
		expect(portAtOffset(port({ port: 9443, offsetApplies: true }), 3)).toBe(9446);
		expect(portAtOffset(port({ port: 4000, offsetApplies: false }), 3)).toBe(4000);
		expect(portAtOffset(port({ port: 'random', offsetApplies: false }), 3)).toBeUndefined();
	});

	test('is summed up as moving, not moving, or not Carbon’s to set, with its note', () => {
		expect(offsetSummary(port({ offsetApplies: true }))).toEqual({ answer: 'Moves' });
		expect(offsetSummary(port({ offsetApplies: false, offsetNote: 'Why.' }))).toEqual({
			answer: 'Not moved',
			note: 'Why.',
		});
		expect(offsetSummary(port({ port: 'random', offsetApplies: false })).answer).toBe('Not set by Carbon');
	});

	test('the Hazelcast member port is catalogued as not moved by the offset', () => {
		const member = atlas.carbonPorts.find((record) => record.use === 'membership' && record.scheme === 'wka');
		expect(member?.offsetApplies).toBe(false);
	});
});

describe('products in the port-offset calculator', () => {
	test('each product is a server with its fixed default ports, shipped at offset 0', () => {
		for (const entry of productCalculatorEntries(atlas)) {
			expect(entry.shippedOffset).toBe(0);
			const fixed = productCatalogue(atlas, entry.id).filter((item) => item.port.port !== 'random');
			expect(entry.listeners.map((listener) => listener.ruleId)).toEqual(fixed.map((item) => item.port.id));
		}
	});

	test('two servers of a product on one host collide only on the ports the offset leaves alone', () => {
		const esb = productCalculatorEntries(atlas);
		const layout = layoutHost(
			[
				{ profileId: 'enterprise-service-bus', offset: 0 },
				{ profileId: 'enterprise-service-bus', offset: 1 },
			],
			esb,
		);
		const fixedPorts = productCatalogue(atlas, 'enterprise-service-bus')
			.map((item) => item.port)
			.filter((port) => port.port !== 'random' && !port.offsetApplies)
			.map((port) => port.port);
		expect(layout.collisions.map((collision) => collision.port)).toEqual(
			[...fixedPorts].sort((a, b) => Number(a) - Number(b)),
		);
	});

	test('each collision’s advice names the setting that fixes that port, taken from its service', () => {
		const entries = productCalculatorEntries(atlas);
		const servers = [
			{ profileId: 'enterprise-service-bus', offset: 0 },
			{ profileId: 'enterprise-service-bus', offset: 1 },
		];
		const { warnings } = describeLayout(servers, entries);
		const fixedPorts = productCatalogue(atlas, 'enterprise-service-bus')
			.map((item) => item.port)
			.filter((port) => port.port !== 'random' && !port.offsetApplies);
		expect(fixedPorts.length).toBeGreaterThan(1);
		for (const fixedPort of fixedPorts) {
			const setting = /\((\w+)\)$/.exec(fixedPort.service)![1]!;
			const warning = warnings.find((candidate) => candidate.startsWith(`Port ${fixedPort.port} `))!;
			expect(warning).toContain(`give each server its own ${setting} in its configuration`);
			for (const other of fixedPorts.filter((candidate) => candidate !== fixedPort))
				expect(warning).not.toContain(/\((\w+)\)$/.exec(other.service)![1]!);
		}
	});

	test('the calculator link names the servers in the form its address reads', () => {
		expect(
			offsetCalculatorPath([
				{ id: 'message-broker', offset: 0 },
				{ id: 'message-broker', offset: 1 },
			]),
		).toBe('/ports/offset-calculator/?host=message-broker%3A0%2Cmessage-broker%3A1');
	});
});
