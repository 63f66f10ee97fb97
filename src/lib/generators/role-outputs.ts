import type { CompactLang } from '../shared/compact-highlight.ts';
import type { SessionAffinity } from '../../schemas/session-affinity.ts';
import { firewallFormats } from '../ports/firewall/formats.ts';
import type { FirewallPlan } from '../ports/firewall/plan.ts';
import { generatorFormats } from './formats.ts';
import type { ClusterProduct } from './load-balancer/lb-affinity.ts';
import { loadBalancerFormats } from './load-balancer/formats.ts';
import { lbModel } from './load-balancer/lb-model.ts';
import { defaultFormValues } from './load-balancer/lb-settings.ts';

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
	/** The text, with the output's default settings. */
	text: (plan: FirewallPlan, context: OutputContext) => string;
}

const always = () => true;
const named = (context: OutputContext, plan: FirewallPlan, suffix: string) =>
	`wso2-${context.slug}-${plan.role.id}${suffix}`;

/** Defaults never fail validation; if they ever do, the build stops here rather than print an empty file. */
function textOf(result: { ok: true; text: string } | { ok: false; errors: readonly { message: string }[] }): string {
	if (!result.ok) throw new Error(`generator refused its defaults: ${result.errors.map((e) => e.message).join('; ')}`);
	return result.text;
}

const FILE_SUFFIX: Record<(typeof firewallFormats)[number]['id'], string> = {
	nftables: '.nft',
	iptables: '.rules.v4',
	ufw: '-ufw.sh',
	firewalld: '-firewalld.sh',
	terraform: '.tf',
};

export const roleOutputs: readonly RoleOutput[] = [
	...firewallFormats.map((format): RoleOutput => ({
		id: format.id,
		label: format.label,
		group: 'Firewall',
		lang: format.lang,
		fileName: (plan, context) => named(context, plan, FILE_SUFFIX[format.id]),
		check: format.check,
		assumptions: format.assumptions,
		appliesTo: always,
		text: (plan) => format.generate(plan),
	})),
	...loadBalancerFormats.map((format): RoleOutput => ({
		id: format.id,
		label: format.label,
		group: 'Load balancer',
		lang: format.lang,
		fileName: (plan, context) => named(context, plan, format.id === 'nginx' ? '.nginx.conf' : '.haproxy.cfg'),
		check: format.check,
		assumptions: format.assumptions,
		note: format.stickyCookieNote,
		appliesTo: (plan) => plan.role.kind === 'load-balancer',
		text: (plan, context) =>
			textOf(
				format.generate({
					plan,
					clusterName: context.clusterName,
					...(context.product === undefined ? {} : { product: context.product }),
					affinityFacts: context.affinityFacts,
					settings: defaultFormValues(lbModel(plan)),
				}),
			),
	})),
	...generatorFormats.map((format): RoleOutput => ({
		id: format.id,
		label: format.label,
		group: format.id === 'kubernetes' ? 'Kubernetes' : 'Connectivity check',
		lang: format.lang,
		fileName: (plan, context) =>
			named(context, plan, { kubernetes: '.k8s.yaml', 'check-sh': '-check.sh', 'check-ps1': '-check.ps1' }[format.id]),
		check: format.check,
		assumptions: format.assumptions,
		appliesTo: always,
		text: (plan, context) => textOf(format.generate(plan, { title: context.clusterName })),
	})),
];

/** The outputs a machine gets, the first one being what its page shows by default. */
export function outputsFor(plan: FirewallPlan): RoleOutput[] {
	return roleOutputs.filter((output) => output.appliesTo(plan));
}
