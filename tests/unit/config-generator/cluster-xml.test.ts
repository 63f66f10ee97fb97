import { parseXml, XmlElement } from '@rgrove/parse-xml';
import { describe, expect, test } from 'vitest';
import type { Role } from '../../../src/lib/config-generator/config-facts.ts';
import { SCHEME_OPTIONS, SYNC_OPTIONS } from '../../../src/lib/config-generator/generator-form.ts';
import {
	downloadName,
	downloadText,
	generateBlocks,
	notesFor,
	type ConfigBlock,
	type GeneratorInput,
} from '../../../src/lib/config-generator/cluster-xml.ts';
import { facts, inputFor, products } from '../fixtures/generator.ts';

/**
 * Expected values come from the fact sheet (../shared/facts/wso2-clustering.md, section 2),
 * not from the generator: wso2.carbon.domain, ports 4000 and 4001, sub-domains worker and mgt,
 * read-only registry on workers, AutoCommit only on the manager, and the product differences.
 */

function block(blocks: ConfigBlock[], id: ConfigBlock['id']): ConfigBlock {
	const found = blocks.find((candidate) => candidate.id === id);
	if (found === undefined) throw new Error(`no ${id} block`);
	return found;
}

/** Parses a block (throws if it is not well-formed XML) and returns its root element. */
function root(blocks: ConfigBlock[], id: ConfigBlock['id']): XmlElement {
	const parsed = parseXml(block(blocks, id).code).root;
	if (parsed === null) throw new Error(`${id} has no root element`);
	return parsed;
}

function descendants(element: XmlElement, name: string): XmlElement[] {
	return element.children.flatMap((node) =>
		node instanceof XmlElement ? [...(node.name === name ? [node] : []), ...descendants(node, name)] : [],
	);
}

/** The text of the <parameter name="…"> child of the clustering element. */
function parameter(clustering: XmlElement, name: string): string | undefined {
	return descendants(clustering, 'parameter').find((element) => element.attributes['name'] === name)?.text;
}

function childText(element: XmlElement, name: string): string | undefined {
	return descendants(element, name)[0]?.text;
}

function blocksFor(productId: string, role: Role, changes: Partial<Parameters<typeof inputFor>[1]> = {}) {
	const input = inputFor(productId, { role, ...changes });
	return { input, blocks: generateBlocks(input, facts) };
}

describe('a standard product (Application Server)', () => {
	test.each([
		['worker', '4000', 'worker', 'true', 'false'],
		['manager', '4001', 'mgt', 'false', 'true'],
	] as const)('%s: clustering, registry and synchronizer values', (role, port, subDomain, readOnly, autoCommit) => {
		const { blocks } = blocksFor('application-server', role);
		const clustering = root(blocks, 'clustering');
		expect(clustering.name).toBe('clustering');
		expect(clustering.attributes).toEqual({
			class: 'org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent',
			enable: 'true',
		});
		expect(parameter(clustering, 'membershipScheme')).toBe('wka');
		expect(parameter(clustering, 'domain')).toBe('wso2.carbon.domain');
		expect(parameter(clustering, 'localMemberPort')).toBe(port);
		expect(descendants(clustering, 'property')[0]!.attributes).toEqual({ name: 'subDomain', value: subDomain });
		expect(descendants(clustering, 'member')).toHaveLength(2);

		const registry = root(blocks, 'registry');
		expect(childText(registry, 'readOnly')).toBe(readOnly);
		expect(descendants(registry, 'mount').map((mount) => mount.attributes['path'])).toEqual([
			'/_system/config',
			'/_system/governance',
		]);
		expect(childText(registry, 'cacheId')).toBe('regadmin@jdbc:mysql://192.0.2.20:3306/REGISTRY_DB');

		const sync = root(blocks, 'deployment-sync');
		expect(childText(sync, 'Enabled')).toBe('true');
		expect(childText(sync, 'AutoCommit')).toBe(autoCommit);
		expect(childText(sync, 'AutoCheckout')).toBe('true');
		expect(blocks.map((each) => each.id)).toEqual(['clustering', 'registry', 'deployment-sync', 'start']);
	});

	test('only workers start with -DworkerNode=true', () => {
		expect(block(blocksFor('application-server', 'worker').blocks, 'start').code).toMatch(
			/^sh "\$PRODUCT_HOME\/bin\/wso2server\.sh" -DworkerNode=true$/m,
		);
		expect(block(blocksFor('application-server', 'manager').blocks, 'start').code).toMatch(
			/^sh "\$PRODUCT_HOME\/bin\/wso2server\.sh"$/m,
		);
	});
});

describe('API Manager', () => {
	test('Gateway workers use wso2.am.domain and port 4200; managers keep 4001 in the same domain', () => {
		const worker = root(blocksFor('api-manager', 'worker').blocks, 'clustering');
		expect(parameter(worker, 'domain')).toBe('wso2.am.domain');
		expect(parameter(worker, 'localMemberPort')).toBe('4200');
		const manager = root(blocksFor('api-manager', 'manager').blocks, 'clustering');
		expect(parameter(manager, 'domain')).toBe('wso2.am.domain');
		expect(parameter(manager, 'localMemberPort')).toBe('4001');
	});

	test('2.0.0 starts the Gateway profiles; earlier versions have no profile flag', () => {
		const start = (role: Role, version: string) =>
			block(blocksFor('api-manager', role, { version }).blocks, 'start').code;
		expect(start('worker', '2.0.0')).toMatch(/wso2server\.sh" -Dprofile=gateway-worker -DworkerNode=true$/m);
		expect(start('manager', '2.0.0')).toMatch(/wso2server\.sh" -Dprofile=gateway-manager$/m);
		expect(start('worker', '1.10.0')).toMatch(/wso2server\.sh" -DworkerNode=true$/m);
		expect(start('worker', '1.10.0')).not.toContain('-Dprofile');
	});

	test('a domain and port typed by the reader win over the defaults', () => {
		const clustering = root(
			blocksFor('api-manager', 'worker', { domain: 'gw.prod', port: '4300' }).blocks,
			'clustering',
		);
		expect(parameter(clustering, 'domain')).toBe('gw.prod');
		expect(parameter(clustering, 'localMemberPort')).toBe('4300');
	});
});

describe('product notes and extra blocks', () => {
	test('BPS names its roles master and slave, and explains them', () => {
		const { input, blocks } = blocksFor('business-process-server', 'worker');
		expect(block(blocks, 'clustering').code).toContain('worker (slave) node');
		expect(block(blocksFor('business-process-server', 'manager').blocks, 'registry').code).toContain(
			'manager (master) node',
		);
		expect(
			notesFor(input, facts)
				.map((fact) => fact.text)
				.join(' '),
		).toMatch(/master node that versions BPEL/);
	});

	test('ESB output carries the sticky-session requirement of its load balancer', () => {
		const { input } = blocksFor('enterprise-service-bus', 'worker');
		expect(
			notesFor(input, facts)
				.map((fact) => fact.text)
				.join(' '),
		).toContain('JSESSIONID');
	});

	test('Task Server gets a tasks-config.xml block with mode AUTO and two task servers', () => {
		const { blocks } = blocksFor('task-server', 'worker');
		const tasks = root(blocks, 'tasks');
		expect(tasks.name).toBe('tasks-configuration');
		expect(childText(tasks, 'taskServerMode')).toBe('AUTO');
		expect(childText(tasks, 'taskServerCount')).toBe('2');
	});

	test('only Task Server gets a tasks block', () => {
		for (const { id } of products.filter((each) => each.id !== 'task-server'))
			expect(blocksFor(id, 'worker').blocks.map((each) => each.id)).not.toContain('tasks');
	});
});

describe('choices that change the blocks', () => {
	test('multicast lists no well-known members', () => {
		const clustering = root(blocksFor('application-server', 'worker', { scheme: 'multicast' }).blocks, 'clustering');
		expect(parameter(clustering, 'membershipScheme')).toBe('multicast');
		expect(descendants(clustering, 'members')).toEqual([]);
	});

	test.each(['rsync', 'shared-fs'])('with %s the synchronizer is off and no SVN details are written', (sync) => {
		const sync_ = root(blocksFor('application-server', 'manager', { sync }).blocks, 'deployment-sync');
		expect(childText(sync_, 'Enabled')).toBe('false');
		expect(descendants(sync_, 'SvnUrl')).toEqual([]);
	});
});

describe('escaping and well-formedness', () => {
	test('hostile values reach the XML as data, never as markup', () => {
		const hostile = `x"/><injected a='1'/>&amp;<!--`;
		const input: GeneratorInput = {
			...inputFor('application-server'),
			localHost: hostile,
			domain: hostile,
			members: [
				{ host: hostile, port: 4000 },
				{ host: '</members>', port: 4001 },
			],
			svnUrl: `https://svn.example.com/?a=1&b=<2>`,
			svnUser: hostile,
			registryDbUrl: 'jdbc:mysql://db/REG?useSSL=false&x=<y>',
			registryDbUser: hostile,
		};
		const blocks = generateBlocks(input, facts);
		const clustering = root(blocks, 'clustering');
		expect(parameter(clustering, 'localMemberHost')).toBe(hostile);
		expect(parameter(clustering, 'domain')).toBe(hostile);
		expect(descendants(clustering, 'hostName').map((each) => each.text)).toEqual([hostile, '</members>']);
		expect(descendants(clustering, 'injected')).toEqual([]);
		expect(childText(root(blocks, 'deployment-sync'), 'SvnUrl')).toBe('https://svn.example.com/?a=1&b=<2>');
		expect(childText(root(blocks, 'registry'), 'cacheId')).toBe(`${hostile}@jdbc:mysql://db/REG?useSSL=false&x=<y>`);
	});

	test('every XML block of every product, role, scheme and sync method is well-formed', () => {
		let parsed = 0;
		for (const { id, versions } of products)
			for (const version of versions)
				for (const role of ['worker', 'manager'] as const)
					for (const scheme of SCHEME_OPTIONS)
						for (const sync of SYNC_OPTIONS)
							for (const each of blocksFor(id, role, { version, scheme, sync }).blocks.filter(
								(b) => b.language === 'xml',
							)) {
								expect(
									() => parseXml(each.code),
									`${id} ${version} ${role} ${scheme} ${sync} ${each.id}`,
								).not.toThrow();
								parsed += 1;
							}
		expect(parsed).toBeGreaterThan(500);
	});
});

describe('download', () => {
	test('puts every block under a heading naming its file', () => {
		const { input, blocks } = blocksFor('task-server', 'manager');
		const text = downloadText(input, facts, blocks);
		for (const each of blocks) {
			expect(text).toContain(`## ${each.title}: ${each.path}`);
			expect(text).toContain(each.code);
		}
		expect(downloadName(input)).toBe('task-server-1.1.0-manager-cluster-config.txt');
	});
});
