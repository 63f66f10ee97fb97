import type { CompactLang } from '../shared/compact-highlight.ts';
import type { SessionAffinity } from '../../schemas/session-affinity.ts';
import { firewallFormats } from '../ports/firewall/formats.ts';
import type { FirewallPlan } from '../ports/firewall/plan.ts';
import { generatorFormats } from './formats.ts';
import type { ClusterProduct } from './load-balancer/lb-affinity.ts';
import { loadBalancerFormats } from './load-balancer/formats.ts';
import { lbFields, lbFormValuesOf, lbParamOf } from './load-balancer/lb-fields.ts';
import { lbModel } from './load-balancer/lb-model.ts';
import { loadBalancedFlows } from './kubernetes/ingress.ts';
import { defaultKubernetesSettings, INGRESS_AFFINITY_COOKIE, type IngressAffinity } from './kubernetes/settings.ts';
import { affinityFactsFor, affinityOf } from './load-balancer/lb-affinity.ts';
import { problemsAt, type OutputResult, type SettingField, type SettingValues } from './output-settings.ts';

/**
 * Every output a machine of a cluster can get from its plan, behind one interface, so a page
 * renders firewall rules, load balancer configuration, Kubernetes manifests and connectivity
 * checks the same way: one output per page, highlighted at build time, the others a link away.
 * Each output is generated with its default settings; the page says which.
 */

/** What an output needs to know about the cluster besides the machine's plan. */
export interface OutputContext {
	/** Short name for file names and headers, e.g. "iot" or "esb". */
	slug: string;
	/** The cluster as a header names it, e.g. "WSO2 IoT Server high-availability pattern". */
	clusterName: string;
	/** The product the cluster runs, which picks its session-affinity facts. */
	product?: ClusterProduct;
	affinityFacts: readonly SessionAffinity[];
	/** Where the manager may sit (the pattern's placements), which decides what the load balancer keeps private. */
	placements?: readonly ManagerPlacement[];
}

/** A manager placement as the load balancer sees it: which roles it keeps on the private network. */
export interface ManagerPlacement {
	id: string;
	title: string;
	privateNetwork: readonly string[];
}

export type OutputGroup = 'Firewall' | 'Load balancer' | 'Kubernetes' | 'Connectivity check';

export interface RoleOutput {
	/** Stable id: the last segment of the output's address. */
	id: string;
	label: string;
	group: OutputGroup;
	/** Shiki language id for the highlighted text. */
	lang: CompactLang;
	fileName: (plan: FirewallPlan, context: OutputContext) => string;
	/** How to check the text with its tool before use. */
	check: string;
	assumptions: readonly string[];
	/** A further note for the reader, such as what NGINX Plus would do instead. */
	note?: string;
	/** Whether the output exists for this machine (load balancer configuration only for load balancers). */
	appliesTo: (plan: FirewallPlan) => boolean;
	/** The settings the reader may change, with the defaults `text` uses. */
	fields: (plan: FirewallPlan, context: OutputContext) => SettingField[];
	/** The text with the reader's settings (parameter name to raw value; missing ones take their default), or why not. */
	generate: (plan: FirewallPlan, context: OutputContext, values: SettingValues) => OutputResult;
	/** The text, with the output's default settings. */
	text: (plan: FirewallPlan, context: OutputContext) => string;
}

const always = () => true;
const named = (context: OutputContext, plan: FirewallPlan, suffix: string) =>
	`wso2-${context.slug}-${plan.role.id}${suffix}`;

/** Defaults never fail validation; if they ever do, the build stops here rather than print an empty file. */
function textOf(result: OutputResult): string {
	if (!result.ok)
		throw new Error(`generator refused its defaults: ${result.problems.map((p) => p.message).join('; ')}`);
	return result.text;
}

/** Completes an output: its default text is its generator run with no settings changed. */
function withText(output: Omit<RoleOutput, 'text'>): RoleOutput {
	return { ...output, text: (plan, context) => textOf(output.generate(plan, context, {})) };
}

const FILE_SUFFIX: Record<(typeof firewallFormats)[number]['id'], string> = {
	nftables: '.nft',
	iptables: '.rules.v4',
	ufw: '-ufw.sh',
	firewalld: '-firewalld.sh',
	terraform: '.tf',
};

/** The Kubernetes settings a reader may change; the rest (labels, hosts per flow) keep their defaults. */
const KUBERNETES_FIELDS: readonly (SettingField & {
	setting: 'namespace' | 'ingressNamespace' | 'ingressClassName' | 'domain';
})[] = [
	{
		param: 'namespace',
		setting: 'namespace',
		label: 'Namespace',
		control: 'text',
		defaultValue: defaultKubernetesSettings.namespace,
	},
	{
		param: 'ingress-namespace',
		setting: 'ingressNamespace',
		label: 'Ingress controller’s namespace',
		control: 'text',
		defaultValue: defaultKubernetesSettings.ingressNamespace,
		hint: 'Load-balanced traffic is allowed in from this namespace.',
	},
	{
		param: 'ingress-class',
		setting: 'ingressClassName',
		label: 'IngressClass',
		control: 'text',
		defaultValue: defaultKubernetesSettings.ingressClassName,
	},
	{
		param: 'domain',
		setting: 'domain',
		label: 'Domain',
		control: 'text',
		defaultValue: defaultKubernetesSettings.domain,
		hint: 'Each load-balanced flow gets the host <flow>.<domain>.',
	},
];

const TIMEOUT_FIELD: SettingField = {
	param: 'timeout',
	label: 'Seconds to wait per connection',
	control: 'text',
	defaultValue: '3',
	hint: 'A whole number from 1 to 60.',
};

/** Cookie affinity for each load-balanced flow a session-affinity fact of the product makes sticky. */
function ingressAffinity(plan: FirewallPlan, context: OutputContext): Record<string, IngressAffinity> {
	const facts = affinityFactsFor(context.affinityFacts, context.product);
	return Object.fromEntries(
		loadBalancedFlows(plan).flatMap((rule) => {
			const affinity = affinityOf({ roleId: rule.peer.roleId, port: rule.from }, facts);
			return affinity.kind === 'sticky'
				? [[rule.ruleId, { cookie: INGRESS_AFFINITY_COOKIE, reason: affinity.fact.id }]]
				: [];
		}),
	);
}

const seconds = (value: string) => (/^\d{1,2}$/.test(value) ? Number(value) : Number.NaN);

export const roleOutputs: readonly RoleOutput[] = [
	...firewallFormats.map((format) =>
		withText({
			id: format.id,
			label: format.label,
			group: 'Firewall',
			lang: format.lang,
			fileName: (plan, context) => named(context, plan, FILE_SUFFIX[format.id]),
			check: format.check,
			assumptions: format.assumptions,
			appliesTo: always,
			fields: () => [],
			generate: (plan) => ({ ok: true, text: format.generate(plan) }),
		}),
	),
	...loadBalancerFormats.map((format) =>
		withText({
			id: format.id,
			label: format.label,
			group: 'Load balancer',
			lang: format.lang,
			fileName: (plan, context) => named(context, plan, format.id === 'nginx' ? '.nginx.conf' : '.haproxy.cfg'),
			check: format.check,
			assumptions: format.assumptions,
			note: format.stickyCookieNote,
			appliesTo: (plan) => plan.role.kind === 'load-balancer',
			fields: (plan, context) => lbFields(lbModel(plan), context.placements ?? [], format.id),
			generate: (plan, context, values) => {
				const model = lbModel(plan);
				const result = format.generate({
					plan,
					clusterName: context.clusterName,
					...(context.product === undefined ? {} : { product: context.product }),
					affinityFacts: context.affinityFacts,
					settings: lbFormValuesOf(model, context.placements ?? [], values),
				});
				return result.ok ? result : { ok: false, problems: problemsAt(result.errors, lbParamOf) };
			},
		}),
	),
	...generatorFormats.map((format) =>
		withText({
			id: format.id,
			label: format.label,
			group: format.id === 'kubernetes' ? 'Kubernetes' : 'Connectivity check',
			lang: format.lang,
			fileName: (plan, context) =>
				named(
					context,
					plan,
					{ kubernetes: '.k8s.yaml', 'check-sh': '-check.sh', 'check-ps1': '-check.ps1' }[format.id],
				),
			check: format.check,
			assumptions: format.assumptions,
			appliesTo: always,
			fields: () => (format.id === 'kubernetes' ? [...KUBERNETES_FIELDS] : [TIMEOUT_FIELD]),
			generate: (plan, context, values) => {
				const title = context.clusterName;
				if (format.id === 'kubernetes') {
					const chosen = Object.fromEntries(
						KUBERNETES_FIELDS.map((field) => [field.setting, values[field.param] ?? field.defaultValue]),
					);
					const result = format.generate(plan, { ...chosen, title, affinity: ingressAffinity(plan, context) });
					const paramOf = (field: string) => KUBERNETES_FIELDS.find((f) => f.setting === field)?.param ?? field;
					return result.ok ? result : { ok: false, problems: problemsAt(result.errors, paramOf) };
				}
				const timeoutSeconds = seconds(values[TIMEOUT_FIELD.param] ?? TIMEOUT_FIELD.defaultValue);
				const result = format.generate(plan, { title, timeoutSeconds });
				const paramOf = (field: string) => (field === 'timeoutSeconds' ? TIMEOUT_FIELD.param : field);
				return result.ok ? result : { ok: false, problems: problemsAt(result.errors, paramOf) };
			},
		}),
	),
];

/** The outputs a machine gets, the first one being what its page shows by default. */
export function outputsFor(plan: FirewallPlan): RoleOutput[] {
	return roleOutputs.filter((output) => output.appliesTo(plan));
}
