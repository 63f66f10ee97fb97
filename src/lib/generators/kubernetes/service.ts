import type { FirewallPlan, PlannedRule } from '../../ports/firewall/plan.ts';
import { safeText, slug } from '../../ports/firewall/text.ts';
import { commented, metadata, roleLabels, serviceName } from './object-parts.ts';
import type { ServiceObject } from './object-types.ts';
import type { KubernetesSettings } from './settings.ts';

/** Services carry at most this many ports of one range; a wider range is left out with a comment. */
const MAX_SERVICE_RANGE = 64;

/**
 * A Service port name: a DNS-1035 label of at most 15 characters, the service's words cut to fit
 * before the port number (HTTPS on 9444 is "https-9444"), "u" after it for UDP.
 */
function servicePortName(service: string, port: number, protocol: PlannedRule['protocol']): string {
	const suffix = `-${port}${protocol === 'udp' ? 'u' : ''}`;
	const words = slug(service).replace(/^[^a-z]+/, '');
	const cut = words
		.slice(0, 15 - suffix.length)
		.replace(/-+$/, '')
		.replace(/^$/, 'p');
	return `${cut}${suffix}`;
}

/** The ports a role listens on, once each, with the planned rule that first names each. */
function listenedPorts(plan: FirewallPlan): { rule: PlannedRule; port: number }[] {
	const seen = new Set<string>();
	const ports: { rule: PlannedRule; port: number }[] = [];
	for (const rule of plan.inbound) {
		if (rule.to - rule.from + 1 > MAX_SERVICE_RANGE) continue;
		for (let port = rule.from; port <= rule.to; port += 1) {
			const key = `${rule.protocol}/${port}`;
			if (!seen.has(key)) ports.push({ rule, port });
			seen.add(key);
		}
	}
	return ports;
}

/** The role's ClusterIP Service, or undefined when it listens on nothing a Service can carry. */
export function service(plan: FirewallPlan, settings: KubernetesSettings): ServiceObject | undefined {
	const listened = listenedPorts(plan);
	if (listened.length === 0) return undefined;
	const names = new Set<string>();
	const ports = listened.map(({ rule, port }) => {
		let name = servicePortName(rule.service, port, rule.protocol);
		for (let extra = 2; names.has(name); extra += 1) name = `${name.slice(0, 13)}-${extra}`;
		names.add(name);
		return commented(
			{ name, protocol: rule.protocol === 'udp' ? ('UDP' as const) : ('TCP' as const), port, targetPort: port },
			[safeText(`${rule.ruleId}: ${rule.service}`)],
		);
	});
	const wide = plan.inbound.filter((rule) => rule.to - rule.from + 1 > MAX_SERVICE_RANGE);
	const object: ServiceObject = {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: metadata(serviceName(plan.role.id), plan.role.id, settings),
		spec: { type: 'ClusterIP', selector: roleLabels(plan.role.id, settings), ports },
	};
	return commented(object, [
		safeText(`Service: the ${plan.role.name} pods, by name, on every port they serve.`),
		...wide.map((rule) =>
			safeText(
				`${rule.ruleId}: ${rule.from}-${rule.to} is wider than ${MAX_SERVICE_RANGE} ports, which a Service lists one by one; it is left out, so reach it on the pods directly.`,
			),
		),
	]);
}
