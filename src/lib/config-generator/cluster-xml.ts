import type { ConfigFact } from '../../schemas/config-fact.ts';
import { factsForProduct, formatValue, requireSetting, resolveSetting, roleLabel, type Role } from './config-facts.ts';
import { comment, element, renderXml, textElement, type XmlNode } from '../shared/xml.ts';

/**
 * Writes the configuration of one node of a worker/manager cluster from the configuration
 * facts: the axis2.xml clustering element, the start command, the deployment synchronizer,
 * the registry mounts and, for Task Server, the task settings. Input must already be validated
 * (see generator-form.ts); escaping does not rely on that, every value is escaped anyway.
 */

export type MembershipScheme = 'wka' | 'multicast';
export type SyncMethod = 'svn' | 'rsync' | 'shared-fs';

export interface WellKnownMember {
	host: string;
	port: number;
}

export interface GeneratorInput {
	productId: string;
	productName: string;
	version: string;
	role: Role;
	scheme: MembershipScheme;
	/** Clustering domain; undefined takes the product's default from the facts. */
	domain?: string | undefined;
	localHost: string;
	/** Local member port; undefined takes the role's default from the facts. */
	localPort?: number | undefined;
	members: readonly WellKnownMember[];
	sync: SyncMethod;
	svnUrl: string;
	svnUser: string;
	registryDbUrl: string;
	registryDbUser: string;
}

export interface ConfigBlock {
	id: 'clustering' | 'start' | 'deployment-sync' | 'registry' | 'tasks';
	title: string;
	/** Where the block goes, relative to the product home. */
	path: string;
	language: 'xml' | 'sh';
	code: string;
}

/**
 * Names the generator has to choose where the sources leave the choice open. The JNDI name
 * must match a datasource in master-datasources.xml; the instance id only links the mounts to
 * the remote instance; the URL of a JDBC-based remote instance is the shipped template's.
 */
export const REGISTRY_DATASOURCE = 'jdbc/WSO2RegistryDB';
const REMOTE_INSTANCE_ID = 'instanceid';
const REMOTE_INSTANCE_URL = 'https://localhost:9443/registry';
const CONFIG_MOUNT_TARGET = '/_system/nodes';

type Where = { productId: string; version: string; role: Role };

function heading(input: GeneratorInput, facts: readonly ConfigFact[], action: string): string {
	const role = roleLabel(facts, input.productId, input.role).toLowerCase();
	return `${input.productName} ${input.version}, ${role} node: ${action}`;
}

function setting(facts: readonly ConfigFact[], where: Where, file: Parameters<typeof requireSetting>[2], key: string) {
	return formatValue(requireSetting(facts, where, file, key).value);
}

/** The local member port a node uses when the reader sets none. */
export function defaultLocalPort(facts: readonly ConfigFact[], where: Where): number {
	return Number(requireSetting(facts, where, 'axis2.xml', 'localMemberPort').value);
}

/** The clustering domain a product uses when the reader sets none. */
export function defaultDomain(facts: readonly ConfigFact[], where: Where): string {
	return formatValue(requireSetting(facts, where, 'axis2.xml', 'domain').value);
}

export function clusteringBlock(input: GeneratorInput, facts: readonly ConfigFact[]): ConfigBlock {
	const where: Where = input;
	const parameter = (name: string, value: string | number) => textElement('parameter', value, { name });
	const children: XmlNode[] = [
		parameter('membershipScheme', input.scheme),
		parameter('domain', input.domain ?? defaultDomain(facts, where)),
		parameter('localMemberHost', input.localHost),
		parameter('localMemberPort', input.localPort ?? defaultLocalPort(facts, where)),
		element('parameter', { name: 'properties' }, [
			element('property', { name: 'subDomain', value: setting(facts, where, 'axis2.xml', 'subDomain') }),
		]),
	];
	// Well-known members only mean something to the wka scheme; multicast discovers members itself.
	if (input.scheme === 'wka')
		children.push(
			element(
				'members',
				{},
				input.members.map((member) =>
					element('member', {}, [textElement('hostName', member.host), textElement('port', member.port)]),
				),
			),
		);
	const clustering = element(
		'clustering',
		{
			class: setting(facts, where, 'axis2.xml', 'clustering class'),
			enable: setting(facts, where, 'axis2.xml', 'clustering enable'),
		},
		children,
	);
	return {
		id: 'clustering',
		title: 'Clustering',
		path: 'repository/conf/axis2/axis2.xml',
		language: 'xml',
		code: renderXml([comment(heading(input, facts, 'replace the clustering element of axis2.xml')), clustering]),
	};
}

export function startBlock(input: GeneratorInput, facts: readonly ConfigFact[]): ConfigBlock {
	const where: Where = input;
	const script = setting(facts, where, 'start command', 'script');
	const profile = resolveSetting(facts, where, 'start command', '-Dprofile');
	const workerNode = resolveSetting(facts, where, 'start command', '-DworkerNode');
	const flags = [
		...(profile ? [`-Dprofile=${formatValue(profile.value)}`] : []),
		...(workerNode ? [`-DworkerNode=${formatValue(workerNode.value)}`] : []),
	];
	return {
		id: 'start',
		title: 'Start command',
		path: script,
		language: 'sh',
		code: [
			`# ${heading(input, facts, 'start it from any directory')}`,
			'# PRODUCT_HOME is the directory the product was unpacked to.',
			['sh', `"$PRODUCT_HOME/${script}"`, ...flags].join(' '),
		].join('\n'),
	};
}

export function deploymentSyncBlock(input: GeneratorInput, facts: readonly ConfigFact[]): ConfigBlock {
	const where: Where = input;
	const file = 'carbon.xml' as const;
	const body: XmlNode[] =
		input.sync === 'svn'
			? [
					textElement('Enabled', setting(facts, where, file, 'Enabled')),
					textElement('AutoCommit', setting(facts, where, file, 'AutoCommit')),
					textElement('AutoCheckout', setting(facts, where, file, 'AutoCheckout')),
					textElement('RepositoryType', setting(facts, where, file, 'RepositoryType')),
					textElement('SvnUrl', input.svnUrl),
					textElement('SvnUser', input.svnUser),
					comment('The password is left for you to fill in, so that it never travels in a shared link.'),
					textElement('SvnPassword', 'CHANGE-ME'),
					textElement('SvnUrlAppendTenantId', 'true'),
				]
			: [
					comment(
						input.sync === 'rsync'
							? 'rsync copies the artifacts to the workers, so the synchronizer stays off.'
							: 'A shared file system holds the artifacts for every node, so the synchronizer stays off.',
					),
					textElement('Enabled', 'false'),
				];
	return {
		id: 'deployment-sync',
		title: 'Deployment synchronisation',
		path: 'repository/conf/carbon.xml',
		language: 'xml',
		code: renderXml([
			comment(heading(input, facts, 'replace the DeploymentSynchronizer element of carbon.xml')),
			element('DeploymentSynchronizer', {}, body),
		]),
	};
}

export function registryBlock(input: GeneratorInput, facts: readonly ConfigFact[]): ConfigBlock {
	const where: Where = input;
	const file = 'registry.xml' as const;
	const dbConfig = setting(facts, where, file, 'dbConfig name');
	const mount = (path: string, target: string) =>
		element('mount', { path, overwrite: 'true' }, [
			textElement('instanceId', REMOTE_INSTANCE_ID),
			textElement('targetPath', target),
		]);
	const governance = setting(facts, where, file, 'mount path (governance)');
	const nodes: XmlNode[] = [
		element('dbConfig', { name: dbConfig }, [textElement('dataSource', REGISTRY_DATASOURCE)]),
		element('remoteInstance', { url: REMOTE_INSTANCE_URL }, [
			textElement('id', REMOTE_INSTANCE_ID),
			textElement('dbConfig', dbConfig),
			textElement('readOnly', setting(facts, where, file, 'readOnly')),
			textElement('enableCache', 'true'),
			textElement('registryRoot', '/'),
			textElement('cacheId', `${input.registryDbUser}@${input.registryDbUrl}`),
		]),
		mount(setting(facts, where, file, 'mount path (config)'), CONFIG_MOUNT_TARGET),
		mount(governance, governance),
	];
	return {
		id: 'registry',
		title: 'Registry mounts',
		path: 'repository/conf/registry.xml',
		language: 'xml',
		code: renderXml([
			comment(heading(input, facts, 'add the elements inside <wso2registry> to registry.xml')),
			comment(`${REGISTRY_DATASOURCE} must name the shared registry datasource in master-datasources.xml.`),
			element('wso2registry', {}, nodes),
		]),
	};
}

/** Task settings, only for products with task facts (Task Server); undefined otherwise. */
export function tasksBlock(input: GeneratorInput, facts: readonly ConfigFact[]): ConfigBlock | undefined {
	const where: Where = input;
	const mode = resolveSetting(facts, where, 'tasks-config.xml', 'taskServerMode');
	const count = resolveSetting(facts, where, 'tasks-config.xml', 'taskServerCount');
	if (mode === undefined || count === undefined) return undefined;
	return {
		id: 'tasks',
		title: 'Scheduled tasks',
		path: 'repository/conf/etc/tasks-config.xml',
		language: 'xml',
		code: renderXml([
			comment(heading(input, facts, 'the task settings of tasks-config.xml')),
			element('tasks-configuration', { 'xmlns:svns': 'http://org.wso2.securevault/configuration' }, [
				textElement('taskServerMode', formatValue(mode.value)),
				textElement('taskServerCount', formatValue(count.value)),
			]),
		]),
	};
}

/** Every block for one node, in the order the guide's steps apply them. */
export function generateBlocks(input: GeneratorInput, facts: readonly ConfigFact[]): ConfigBlock[] {
	const tasks = tasksBlock(input, facts);
	return [
		clusteringBlock(input, facts),
		registryBlock(input, facts),
		deploymentSyncBlock(input, facts),
		...(tasks ? [tasks] : []),
		startBlock(input, facts),
	];
}

/** The product facts to read next to the output: what the blocks alone cannot say. */
export function notesFor(input: GeneratorInput, facts: readonly ConfigFact[]): ConfigFact[] {
	return factsForProduct(facts, input.productId, input.version);
}

/** All blocks in one text file, each under a heading that names its file. */
export function downloadText(input: GeneratorInput, facts: readonly ConfigFact[], blocks: readonly ConfigBlock[]) {
	const role = roleLabel(facts, input.productId, input.role).toLowerCase();
	return [
		`# Cluster Atlas: ${input.productName} ${input.version}, ${role} node`,
		...blocks.flatMap((block) => ['', `## ${block.title}: ${block.path}`, '', block.code]),
		'',
	].join('\n');
}

/** A file name for the download, from ids only so nothing typed reaches the file system. */
export function downloadName(input: Pick<GeneratorInput, 'productId' | 'version' | 'role'>): string {
	return `${input.productId}-${input.version}-${input.role}-cluster-config.txt`;
}
