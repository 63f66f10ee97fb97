import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import {
	iotOutputCluster,
	machinesOf,
	planOf,
	productOutputCluster,
	type OutputCluster,
} from '../../../src/lib/generators/output-clusters.ts';
import { changedValues, paramSpecsOf, withDefaults } from '../../../src/lib/generators/output-settings.ts';
import {
	generateFromSource,
	outputSource,
	productOutputData,
	sourceFields,
	type OutputSource,
} from '../../../src/lib/generators/output-source.ts';
import { outputsFor } from '../../../src/lib/generators/role-outputs.ts';
import { clusterProducts, inVersion, productCluster } from '../../../src/lib/patterns/product-cluster.ts';
import { readParams, writeParams } from '../../../src/lib/shared/url-params.ts';

const atlas = loadDataSet(rawDataSet);
const clusters: OutputCluster[] = [
	iotOutputCluster(atlas),
	...clusterProducts(atlas).map((product) => productOutputCluster(atlas, product.id)),
];

/** Every machine output of every cluster, with the text the build printed for it. */
const pages = clusters.flatMap((cluster) =>
	machinesOf(cluster).flatMap((role) => {
		const plan = planOf(cluster, role.id);
		return outputsFor(plan).map((output) => ({
			name: `${cluster.id} ${role.id} ${output.id}`,
			built: output.text(plan, cluster.context),
			// Through JSON, as the page hands it to the browser.
			source: JSON.parse(JSON.stringify(outputSource(atlas, cluster, role.id, output.id))) as OutputSource,
		}));
	}),
);

const text = (source: OutputSource, values: Record<string, string>) => {
	const result = generateFromSource(source, values);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.text;
};
const find = (name: string) => pages.find((page) => page.name === name)!;

describe('the settings form of a machine output', () => {
	test('the browser regenerates exactly the build’s text from the page’s data and the defaults', () => {
		expect(pages.length).toBeGreaterThan(100);
		for (const page of pages) {
			const defaults = withDefaults(sourceFields(page.source), {});
			expect(text(page.source, {}), page.name).toBe(page.built);
			expect(text(page.source, defaults), page.name).toBe(page.built);
		}
	});

	test('changed settings survive the address: written, then read back, they are the same values', () => {
		for (const page of pages.filter((candidate) => candidate.name.endsWith('nginx'))) {
			const fields = sourceFields(page.source);
			const specs = paramSpecsOf(fields);
			const values = Object.fromEntries(
				fields.map((field) => [
					field.param,
					field.control === 'select' ? (field.options?.at(-1)?.value ?? '') : `${field.defaultValue}x, y`,
				]),
			);
			const changed = changedValues(fields, values);
			expect(readParams(writeParams(changed, specs), specs)).toEqual({ values: changed, ignored: [] });
			expect(changedValues(fields, withDefaults(fields, {}))).toEqual({});
		}
	});

	test('a load balancer’s host name, certificate path and manager placement reach its configuration', () => {
		const nginx = find('iot-server-ha load-balancer nginx').source;
		const params = sourceFields(nginx).map((field) => field.param);
		const host = params.find((param) => param.startsWith('host-'))!;
		const custom = text(nginx, { [host]: 'gateway.corp.test', cert: '/srv/tls/chain.pem' });
		expect(custom).toContain('server_name gateway.corp.test;');
		expect(custom).toContain('ssl_certificate /srv/tls/chain.pem;');
		const placements = sourceFields(nginx).find((field) => field.param === 'placement')!;
		const others = placements.options!.filter((option) => option.value !== placements.defaultValue);
		expect(others.length).toBeGreaterThan(0);
		for (const option of others) expect(text(nginx, { placement: option.value })).not.toBe(text(nginx, {}));
	});

	test('a product cluster’s membership scheme and database port change every machine’s flows', () => {
		const multicast = atlas.carbonPorts.find((port) => port.use === 'membership' && port.scheme === 'multicast')!;
		const worker = find('enterprise-service-bus worker nftables').source;
		expect(text(worker, {})).not.toContain(String(multicast.port));
		expect(text(worker, { scheme: 'multicast' })).toContain(String(multicast.port));
		expect(text(worker, { 'db-port': '5432' })).toContain('5432');
		const database = find('enterprise-service-bus database nftables').source;
		expect(text(database, { 'db-port': '5432' })).toMatch(/dport 5432/);
	});

	test('a product cluster offers its own versions, newest first, and any version by default', () => {
		for (const product of clusterProducts(atlas)) {
			const source = outputSource(atlas, productOutputCluster(atlas, product.id), 'worker', 'nftables');
			const version = sourceFields(source).find((field) => field.param === 'version')!;
			expect(version.defaultValue).toBe('any');
			const offered = version.options!.slice(1).map((option) => option.value);
			expect(new Set(offered)).toEqual(new Set(product.versions.map(({ version: v }) => v)));
			expect(offered[0]).toBe(product.versions.at(-1)?.version);
		}
	});

	test('a refused setting is reported under its own parameter and nothing is generated', () => {
		const hostile = 'x; }\n$y';
		for (const name of [
			'iot-server-ha load-balancer nginx',
			'enterprise-service-bus load-balancer haproxy',
			'iot-server-ha worker kubernetes',
			'api-manager worker check-sh',
		]) {
			const { source } = find(name);
			for (const field of sourceFields(source).filter((candidate) => candidate.control === 'text')) {
				const result = generateFromSource(source, { [field.param]: hostile });
				expect(result.ok, `${name} ${field.param}`).toBe(false);
				if (!result.ok) expect(result.problems.map((problem) => problem.param)).toContain(field.param);
			}
		}
		const worker = find('enterprise-service-bus worker nftables').source;
		for (const [param, value] of [
			['db-port', '70000'],
			['version', '9.9.9'],
			['scheme', 'broadcast'],
		]) {
			const result = generateFromSource(worker, { [param!]: value! });
			expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ param })] });
		}
	});

	test('a page carries only its product’s slice of the data', () => {
		const slice = productOutputData(atlas, 'enterprise-service-bus');
		expect(slice.products.map((product) => product.id)).toEqual(['enterprise-service-bus']);
		expect(slice.sharedPorts.every((port) => port.products.includes('enterprise-service-bus'))).toBe(true);
		expect(slice.sessionAffinity.every((fact) => fact.product === 'enterprise-service-bus')).toBe(true);
	});
});

describe('a product cluster at one version', () => {
	test('a port bound to versions is in the cluster of those versions only', () => {
		const esb = atlas.products.find((product) => product.id === 'enterprise-service-bus')!;
		const [first, ...later] = esb.versions.map(({ version }) => version);
		expect(later.length).toBeGreaterThan(0);
		const member = atlas.carbonPorts.find((port) => port.use === 'membership' && port.scheme === 'wka')!;
		// The ESB replaces Carbon's member port with its own; bound its own to the first version only.
		const own = esb.ports.find((port) => port.use === 'membership' && port.scheme === 'wka') ?? member;
		const bounded = {
			...atlas,
			products: atlas.products.map((product) =>
				product.id === esb.id
					? {
							...product,
							ports: product.ports.map((port) =>
								port.id === own.id ? { ...port, versions: { through: first } } : port,
							),
						}
					: product,
			),
			carbonPorts: atlas.carbonPorts.map((port) =>
				port.id === own.id ? { ...port, versions: { through: first } } : port,
			),
		};
		const portsAt = (version?: string) =>
			productCluster(bounded, esb.id, { scheme: 'wka', databasePort: 3306, ...(version ? { version } : {}) }).ports.map(
				(port) => port.port,
			);
		expect(portsAt(first)).toContain(own.port);
		expect(portsAt()).toContain(own.port);
		expect(portsAt(later.at(-1))).not.toContain(own.port);
	});

	test('versions are compared as versions', () => {
		expect(inVersion({ versions: { from: '1.9.0' } }, '1.10.0')).toBe(true);
		expect(inVersion({ versions: { through: '1.9.1' } }, '1.10.0')).toBe(false);
		expect(inVersion({}, '1.10.0')).toBe(true);
	});
});

describe('the load balancer’s WebSocket choice', () => {
	test('one site, every site or none gets the upgrade, as chosen', () => {
		const nginx = find('iot-server-ha load-balancer nginx').source;
		const field = sourceFields(nginx).find((candidate) => candidate.param === 'websocket')!;
		const sites = field.options!.map((option) => option.value).filter((value) => !['none', 'all'].includes(value));
		expect(sites.length).toBeGreaterThan(1);
		const upgrades = (value: string) =>
			(text(nginx, { websocket: value }).match(/proxy_set_header Upgrade/g) ?? []).length;
		expect(upgrades('none')).toBe(0);
		expect(upgrades(sites[0]!)).toBeGreaterThan(0);
		expect(upgrades('all')).toBeGreaterThan(upgrades(sites[0]!));
		expect(generateFromSource(nginx, { websocket: 'no-such-site' })).toEqual({
			ok: false,
			problems: [expect.objectContaining({ param: 'websocket' })],
		});
	});
});
