import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import {
	iotOutputCluster,
	machinesOf,
	outputFiles,
	outputPages,
	planOf,
	productOutputCluster,
} from '../../../src/lib/generators/output-clusters.ts';
import { outputsFor, roleOutputs } from '../../../src/lib/generators/role-outputs.ts';
import { clusterProducts } from '../../../src/lib/patterns/product-cluster.ts';

const atlas = loadDataSet(rawDataSet);
const clusters = [
	iotOutputCluster(atlas),
	...clusterProducts(atlas).map((product) => productOutputCluster(atlas, product.id)),
];

describe('machine outputs', () => {
	test('every output has a unique id, and load balancer configuration goes to load balancers only', () => {
		expect(new Set(roleOutputs.map((output) => output.id)).size).toBe(roleOutputs.length);
		for (const cluster of clusters) {
			for (const role of machinesOf(cluster)) {
				const ids = outputsFor(planOf(cluster, role.id)).map((output) => output.group);
				expect(ids.includes('Load balancer'), `${cluster.id} ${role.id}`).toBe(role.kind === 'load-balancer');
			}
		}
	});

	test.each(clusters.map((cluster) => [cluster.id, cluster] as const))(
		'%s: one page per machine and output, the first at the machine’s own address',
		(_id, cluster) => {
			const pages = outputPages(cluster);
			for (const role of machinesOf(cluster)) {
				const mine = pages.filter((page) => page.role.id === role.id);
				expect(mine[0]?.segment).toBeUndefined();
				expect(mine.slice(1).every((page) => page.segment === page.output.id)).toBe(true);
				expect(new Set(mine.map((page) => cluster.path(role.id, page.segment))).size).toBe(mine.length);
			}
		},
	);

	test.each(clusters.map((cluster) => [cluster.id, cluster] as const))(
		'%s: every output of every machine is generated with its defaults, under a file name of its own',
		(_id, cluster) => {
			const files = outputFiles(cluster);
			for (const role of machinesOf(cluster)) {
				const names = files.filter((file) => file.role.id === role.id).map((file) => file.fileName);
				expect(new Set(names).size).toBe(names.length);
			}
			for (const file of files) expect(file.text.trim().length, file.fileName).toBeGreaterThan(0);
		},
	);

	test('a product cluster’s outputs carry its service ports to the workers', () => {
		const cluster = productOutputCluster(atlas, 'enterprise-service-bus');
		const served = cluster.ports.filter((port) => port.role === 'worker' && port.source.includes('load-balancer'));
		const worker = outputFiles(cluster).filter((file) => file.role.id === 'worker');
		for (const file of worker) for (const port of served) expect(file.text, file.fileName).toContain(String(port.port));
	});
});
