import { compareVersions } from '../../core/versions.ts';
import type { AtlasData } from '../../data/dataset.ts';
import { DEFAULT_CLUSTER_SETTINGS, type ClusterSettings, type MembershipScheme } from '../patterns/product-cluster.ts';
import type { FirewallPlan } from '../ports/firewall/plan.ts';
import { planOf, productOutputCluster, type OutputCluster, type ProductOutputData } from './output-clusters.ts';
import type { OutputResult, ParamProblem, SettingField, SettingValues } from './output-settings.ts';
import { roleOutputs, type OutputContext } from './role-outputs.ts';

/**
 * What a machine-output page hands its settings form: enough of the data to generate the output
 * again in the browser with the reader's settings. The IoT pattern's plan is fixed, so its page
 * carries the plan; a product cluster changes with its version, membership scheme and database
 * port, so its page carries the product's slice of the data and the browser works the cluster
 * out with the same functions the build used. Plain data, so it travels as JSON.
 */
export interface OutputSource {
	roleId: string;
	outputId: string;
	cluster:
		| { kind: 'fixed'; plan: FirewallPlan; context: OutputContext }
		| { kind: 'product'; productId: string; data: ProductOutputData };
}

/** The product's slice of the data: everything its cluster is worked out from, and nothing else. */
export function productOutputData(atlas: AtlasData, productId: string): ProductOutputData {
	const product = atlas.products.filter((candidate) => candidate.id === productId);
	const modes = new Set(product.map((candidate) => candidate.separationMode));
	return {
		products: product,
		separationModes: atlas.separationModes.filter((mode) => modes.has(mode.id)),
		carbonPorts: atlas.carbonPorts,
		sharedPorts: atlas.sharedPorts.filter((port) => port.products.includes(productId)),
		clusterRoles: atlas.clusterRoles,
		separationPatterns: atlas.separationPatterns,
		sessionAffinity: atlas.sessionAffinity.filter((fact) => fact.product === productId),
	};
}

export function outputSource(atlas: AtlasData, cluster: OutputCluster, roleId: string, outputId: string): OutputSource {
	const product = cluster.context.product;
	return {
		roleId,
		outputId,
		cluster:
			product === undefined
				? { kind: 'fixed', plan: planOf(cluster, roleId), context: { ...cluster.context, affinityFacts: [] } }
				: { kind: 'product', productId: product.id, data: productOutputData(atlas, product.id) },
	};
}

const ANY_VERSION = 'any';
const SCHEMES: readonly MembershipScheme[] = ['wka', 'multicast'];

/** The cluster's own settings, for a product cluster: version, membership scheme, database port. */
function clusterFields(source: OutputSource): SettingField[] {
	if (source.cluster.kind !== 'product') return [];
	const versions = source.cluster.data.products
		.flatMap((product) => product.versions.map(({ version }) => version))
		.sort((a, b) => compareVersions(b, a));
	return [
		{
			param: 'version',
			label: 'Product version',
			control: 'select',
			options: [
				{ value: ANY_VERSION, label: 'Any version' },
				...versions.map((version) => ({ value: version, label: version })),
			],
			defaultValue: ANY_VERSION,
			hint: 'Ports and session-affinity facts bound to other versions are left out.',
		},
		{
			param: 'scheme',
			label: 'Membership scheme',
			control: 'select',
			options: [
				{ value: 'wka', label: 'Well-known address (wka)' },
				{ value: 'multicast', label: 'Multicast' },
			],
			defaultValue: DEFAULT_CLUSTER_SETTINGS.scheme,
		},
		{
			param: 'db-port',
			label: 'Database port',
			control: 'text',
			defaultValue: String(DEFAULT_CLUSTER_SETTINGS.databasePort),
			hint: 'MySQL listens on 3306, PostgreSQL on 5432, Oracle on 1521, SQL Server on 1433.',
		},
	];
}

/** The cluster settings the values ask for, or the problems with them. */
function clusterSettingsOf(
	fields: readonly SettingField[],
	values: SettingValues,
): { settings: ClusterSettings; problems: ParamProblem[] } {
	const problems: ParamProblem[] = [];
	const allowed = (param: string) => fields.find((field) => field.param === param)?.options?.map((o) => o.value) ?? [];
	const version = values.version ?? ANY_VERSION;
	if (!allowed('version').includes(version))
		problems.push({ param: 'version', message: `The product has no version “${version}”.` });
	const scheme = SCHEMES.find((candidate) => candidate === (values.scheme ?? DEFAULT_CLUSTER_SETTINGS.scheme));
	if (scheme === undefined) problems.push({ param: 'scheme', message: 'Choose wka or multicast.' });
	const portText = values['db-port'] ?? String(DEFAULT_CLUSTER_SETTINGS.databasePort);
	const databasePort = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
	if (!(databasePort >= 1 && databasePort <= 65535))
		problems.push({ param: 'db-port', message: 'The database port must be a whole number from 1 to 65535.' });
	return {
		settings: {
			scheme: scheme ?? DEFAULT_CLUSTER_SETTINGS.scheme,
			databasePort: problems.some((problem) => problem.param === 'db-port')
				? DEFAULT_CLUSTER_SETTINGS.databasePort
				: databasePort,
			...(version === ANY_VERSION || !allowed('version').includes(version) ? {} : { version }),
		},
		problems,
	};
}

/** The machine's plan and the cluster's context under the given cluster settings. */
function resolve(source: OutputSource, settings: ClusterSettings): { plan: FirewallPlan; context: OutputContext } {
	if (source.cluster.kind === 'fixed') return { plan: source.cluster.plan, context: source.cluster.context };
	const cluster = productOutputCluster(source.cluster.data, source.cluster.productId, settings);
	return { plan: planOf(cluster, source.roleId), context: cluster.context };
}

function outputOf(source: OutputSource) {
	const output = roleOutputs.find((candidate) => candidate.id === source.outputId);
	if (output === undefined) throw new Error(`no output ${source.outputId}`);
	return output;
}

/** Every setting of the page's output, cluster settings first, with the defaults its text was built with. */
export function sourceFields(source: OutputSource): SettingField[] {
	const { plan, context } = resolve(source, DEFAULT_CLUSTER_SETTINGS);
	return [...clusterFields(source), ...outputOf(source).fields(plan, context)];
}

/** The output again with the reader's settings; no text at all when any setting is refused. */
export function generateFromSource(source: OutputSource, values: SettingValues): OutputResult {
	const fields = clusterFields(source);
	const { settings, problems } =
		fields.length === 0 ? { settings: DEFAULT_CLUSTER_SETTINGS, problems: [] } : clusterSettingsOf(fields, values);
	if (problems.length > 0) return { ok: false, problems };
	const { plan, context } = resolve(source, settings);
	const output = outputOf(source);
	if (!output.appliesTo(plan))
		return { ok: false, problems: [{ param: 'role', message: 'This machine has no such output.' }] };
	return output.generate(plan, context, values);
}
