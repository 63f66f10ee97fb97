import type { FirewallPlan } from '../ports/firewall/plan.ts';
import type { ConnectivitySettings } from './connectivity/checks.ts';
import { connectivityCheckPowerShell } from './connectivity/powershell.ts';
import { connectivityCheckSh } from './connectivity/sh.ts';
import { kubernetesAssumptions, kubernetesManifests } from './kubernetes/manifests.ts';
import type { KubernetesSettings } from './kubernetes/settings.ts';
import type { GeneratedText } from './settings.ts';

/**
 * The deployment outputs generated from the same per-role plans as the firewall rules, described
 * like `FirewallFormat` (src/lib/ports/firewall/formats.ts) so a page can list them beside the
 * firewall formats. They differ in one way: they take settings the reader types, so `generate`
 * returns the text or the refused settings; without settings it always returns text.
 */
interface FormatBase {
	/** Display name. */
	label: string;
	/** A file name that suits the output, shown as the code block's title. */
	fileName: (plan: FirewallPlan) => string;
	/** How to check the text with a tool before using it. */
	check: string;
	/** What the output takes for granted, for the note beside it. */
	assumptions: readonly string[];
}

export type GeneratorFormat =
	| (FormatBase & {
			/** Stable id, used in anchors and URL state. */
			id: 'kubernetes';
			/** Highlighting language for the code block (Shiki). */
			lang: 'yaml';
			generate: (plan: FirewallPlan, settings?: Partial<KubernetesSettings>) => GeneratedText;
	  })
	| (FormatBase & {
			id: 'check-sh' | 'check-ps1';
			lang: 'sh' | 'powershell';
			generate: (plan: FirewallPlan, settings?: Partial<ConnectivitySettings>) => GeneratedText;
	  });

export type GeneratorFormatId = GeneratorFormat['id'];

const connectivityAssumptions = [
	'Run on a machine of the role: every outbound flow is tested from there to each host of its peer, and every inbound port must have something listening on it.',
	'Peers default to the example cluster’s placeholder addresses (never routed) or an external service’s host names; set the host variables or parameters to your own.',
	'A TCP flow is proven by opening a connection; UDP has no connection to open, so UDP flows to peers are reported untestable rather than ok.',
	'Conditional flows are tested like the others, and fail when their feature is off; set CHECK_CONDITIONAL=no (or -SkipConditional) to report them as skipped.',
	'A port range is tested on its first and last port.',
] as const;

export const generatorFormats: readonly GeneratorFormat[] = [
	{
		id: 'kubernetes',
		label: 'Kubernetes (NetworkPolicy, Service, Ingress)',
		lang: 'yaml',
		fileName: (plan) => `${plan.role.id}.k8s.yaml`,
		check: 'kubectl apply --dry-run=server -f FILE (needs a cluster)',
		generate: kubernetesManifests,
		assumptions: kubernetesAssumptions,
	},
	{
		id: 'check-sh',
		label: 'Connectivity check (sh)',
		lang: 'sh',
		fileName: (plan) => `check-${plan.role.id}.sh`,
		check: 'shellcheck -s sh FILE',
		generate: connectivityCheckSh,
		assumptions: [
			...connectivityAssumptions,
			'Needs nc (any variant with -z and -w) or bash for its /dev/tcp to connect, and ss to see listening ports (without ss, TCP ports are tried on 127.0.0.1 and UDP ports are untestable).',
		],
	},
	{
		id: 'check-ps1',
		label: 'Connectivity check (PowerShell)',
		lang: 'powershell',
		fileName: (plan) => `check-${plan.role.id}.ps1`,
		check: 'Invoke-ScriptAnalyzer -Path FILE (PSScriptAnalyzer)',
		generate: connectivityCheckPowerShell,
		assumptions: [
			...connectivityAssumptions,
			'Connects with System.Net.Sockets.TcpClient; sees listening ports with Get-NetTCPConnection and Get-NetUDPEndpoint on Windows (elsewhere TCP ports are tried on 127.0.0.1 and UDP ports are untestable).',
		],
	},
];
