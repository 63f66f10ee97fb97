import type { FirewallPlan, Peer, PlannedRule } from '../../ports/firewall/plan.ts';
import { groupByPortRule, ruleNotes, safeText, slug } from '../../ports/firewall/text.ts';
import { SettingChecks, hostSettingProblem, titleProblem, timeoutProblem } from '../settings.ts';

/**
 * What a node's connectivity check tests, worked out once from the role's firewall plan so the
 * POSIX sh and PowerShell scripts test the same flows with the same words:
 * - every outbound flow, from this node to each host of its peer (host lists are parameters,
 *   defaulting to the plan's placeholder addresses, or an external service's host names);
 * - every inbound flow's port, which something on this node must be listening on.
 * TCP can be proven by connecting; UDP cannot, so UDP flows to peers are reported untestable.
 */

/** The hosts of one peer, which the script takes as a parameter. */
export interface HostParameter {
	/** The peer's id (a role or external endpoint id), which names it in the settings and output. */
	key: string;
	/** Environment variable that overrides the hosts, e.g. WORKER_HOSTS. */
	envName: string;
	/** PowerShell parameter, e.g. WorkerHosts. */
	psName: string;
	/** Who the peer is, for the comment above the parameter. */
	label: string;
	/** The hosts tested when the reader sets none. */
	hosts: readonly string[];
}

export interface OutboundCheck {
	rule: PlannedRule;
	parameter: HostParameter;
	/** "ruleId: service", the last field of the output line. */
	purpose: string;
	/** True when the flow is needed only in some set-ups (it may then be skipped). */
	conditional: boolean;
	/** Its condition or retirement, for the comments above the check. */
	notes: string[];
}

export interface ListenCheck {
	rule: PlannedRule;
	purpose: string;
	conditional: boolean;
	notes: string[];
}

export interface ConnectivityChecks {
	plan: FirewallPlan;
	settings: ConnectivitySettings;
	parameters: HostParameter[];
	outbound: OutboundCheck[];
	listen: ListenCheck[];
}

export interface ConnectivitySettings {
	/** Hosts to test per peer (role or external endpoint id), replacing the defaults. */
	hosts: Readonly<Record<string, readonly string[]>>;
	/** Seconds to wait for each connection. */
	timeoutSeconds: number;
	/** The cluster's name for the header; left out when unset. */
	title?: string;
}

export const defaultConnectivitySettings: ConnectivitySettings = { hosts: {}, timeoutSeconds: 3 };

/** The settings with defaults filled in, and every problem with them. */
export function checkConnectivitySettings(given: Partial<ConnectivitySettings>): {
	settings: ConnectivitySettings;
	checks: SettingChecks;
} {
	const settings: ConnectivitySettings = { ...defaultConnectivitySettings, ...given };
	const checks = new SettingChecks();
	for (const [key, hosts] of Object.entries(settings.hosts)) {
		hosts.forEach((host, index) => checks.check(`hosts.${key}.${index}`, host, hostSettingProblem));
	}
	const timeout = timeoutProblem(settings.timeoutSeconds);
	if (timeout !== undefined) checks.errors.push({ field: 'timeoutSeconds', message: timeout });
	if (settings.title !== undefined) checks.check('title', settings.title, titleProblem);
	return { settings, checks };
}

/** The peer's id: its role or endpoint id, or its label's words for a role without addresses. */
function peerKey(peer: Peer): string {
	if (peer.kind === 'role') return peer.roleId;
	return peer.endpoint?.id ?? slug(peer.label);
}

/** The hosts a peer is tested on by default: its placeholder addresses, or an endpoint's host names. */
function defaultHosts(peer: Peer): readonly string[] {
	if (peer.kind === 'role') return peer.addresses;
	// "*" marks a family of hosts, which cannot be connected to as written.
	return (peer.endpoint?.hostnames ?? []).filter((host) => !host.includes('*'));
}

function parameterFor(peer: Peer, settings: ConnectivitySettings): HostParameter {
	const key = peerKey(peer);
	// A shell variable cannot start with a digit, which an id may.
	const words = slug(key, '_').replace(/^(?=\d)/, 'peer_');
	return {
		key,
		envName: `${words.toUpperCase()}_HOSTS`,
		psName: `${words
			.split('_')
			.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
			.join('')}Hosts`,
		label: safeText(peer.label),
		hosts: settings.hosts[key] ?? defaultHosts(peer),
	};
}

const purposeOf = (rule: PlannedRule) => safeText(`${rule.ruleId}: ${rule.service}`);
const notesOf = (rule: PlannedRule) => ({ conditional: rule.condition !== undefined, notes: ruleNotes(rule) });

/** The checks of one role, from its plan; settings must have passed `checkConnectivitySettings`. */
export function connectivityChecks(plan: FirewallPlan, settings: ConnectivitySettings): ConnectivityChecks {
	const parameters = new Map<string, HostParameter>();
	const outbound = plan.outbound.map((rule): OutboundCheck => {
		const parameter = parameterFor(rule.peer, settings);
		const known = parameters.get(parameter.key) ?? parameter;
		parameters.set(known.key, known);
		return { rule, parameter: known, purpose: purposeOf(rule), ...notesOf(rule) };
	});
	const listen = groupByPortRule(plan.inbound).map(([rule]) => {
		const first = rule as PlannedRule;
		return { rule: first, purpose: purposeOf(first), ...notesOf(first) };
	});
	return { plan, settings, parameters: [...parameters.values()], outbound, listen };
}

/** Output lines' meaning and the exit status, for both scripts' headers. */
export const outputLegend = [
	'Each line: status, port/protocol, peer, host, purpose. Status is ok, FAILED, skip (conditional flows when',
	'CHECK_CONDITIONAL=no, or no host to test) or untestable (UDP has no connection to prove, or no tool to test with).',
	'A port range is tested on its first and last port. Exit status: 1 when any flow FAILED, else 2 when a flow',
	'could not be tested for want of a tool (UDP to peers never can be, and does not count), else 0.',
];
