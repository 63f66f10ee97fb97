import type { NodeRole } from '../../../schemas/node-role.ts';
import type { FirewallPlan, PlannedRule } from '../../ports/firewall/plan.ts';

/**
 * What a load balancer configuration is made of, worked out once from the load balancer's
 * firewall plan so NGINX and HAProxy render the same decisions. The plan already knows the
 * entry points (its inbound rules: 80 and 443 from clients) and every backend it may call (its
 * outbound rules towards other roles, with their example addresses), for any product's cluster.
 */

/** One backend machine. */
export interface LbServer {
	/** Unique in the upstream, e.g. "worker-2"; HAProxy's server name and cookie value. */
	name: string;
	address: string;
	port: number;
}

/** The machines of one role on one port: an NGINX upstream, a HAProxy backend. */
export interface LbUpstream {
	/** "worker-9444": stable, safe in any configuration name. */
	id: string;
	roleId: string;
	roleName: string;
	port: number;
	/** The port rule's service, e.g. "API gateway HTTPS". */
	service: string;
	/** Whether the backend port speaks TLS, read from the service's name. */
	scheme: 'http' | 'https';
	/** The port rule this upstream comes from (its anchor on the ports page). */
	ruleId: string;
	/** Set when the port is needed only in some set-ups. */
	condition?: string;
	servers: LbServer[];
}

/**
 * One service of one role as clients reach it: a host name of its own, served on the load
 * balancer's HTTPS port (and plain HTTP port, if not redirected) from the role's upstreams.
 * The TLS and plain ports of one service (9443 and 9763, say) belong to the same site.
 */
export interface LbSite {
	/** "worker", or "worker-api-gateway" when the role offers several services; the key of its host name setting. */
	id: string;
	roleId: string;
	/** "Worker node" or "Worker node: API gateway", for comments and form labels. */
	label: string;
	https?: LbUpstream;
	http?: LbUpstream;
}

export interface LbModel {
	balancer: NodeRole;
	/** The load balancer's own ports: the TLS entry point, and plain HTTP when the data opens it. */
	listen: { https: number; http?: number };
	upstreams: LbUpstream[];
	sites: LbSite[];
	/** Outbound flows a load balancer cannot proxy as HTTP (UDP, port ranges, retired ports), listed in the output. */
	skipped: PlannedRule[];
}

const TLS_WORDS = /\b(?:https|tls|ssl)\b/i;
const SCHEME_WORDS = /\b(?:https|http|tls|ssl)\b/gi;

function isSinglePortTcp(rule: PlannedRule): boolean {
	return rule.protocol === 'tcp' && rule.from === rule.to && rule.historical === undefined;
}

function schemeOf(service: string): LbUpstream['scheme'] {
	return TLS_WORDS.test(service) ? 'https' : 'http';
}

/** The service's name without its scheme word: "API gateway HTTPS" and "API gateway HTTP" are one service. */
function serviceStem(service: string): string {
	return service.replace(SCHEME_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function entryPoints(plan: FirewallPlan): LbModel['listen'] {
	const ports = plan.inbound.filter(isSinglePortTcp);
	const https = ports.find((rule) => schemeOf(rule.service) === 'https');
	if (https === undefined)
		throw new Error(`The plan of ${plan.role.name} has no HTTPS entry point to terminate TLS on`);
	const http = ports.find((rule) => schemeOf(rule.service) === 'http');
	return { https: https.from, ...(http === undefined ? {} : { http: http.from }) };
}

function upstreamOf(rule: PlannedRule): LbUpstream | undefined {
	if (rule.peer.kind !== 'role' || !isSinglePortTcp(rule)) return undefined;
	const { roleId, label, addresses } = rule.peer;
	return {
		id: `${roleId}-${rule.from}`,
		roleId,
		roleName: label,
		port: rule.from,
		service: rule.service,
		scheme: schemeOf(rule.service),
		ruleId: rule.ruleId,
		...(rule.condition === undefined ? {} : { condition: rule.condition }),
		servers: addresses.map((address, index) => ({ name: `${roleId}-${index + 1}`, address, port: rule.from })),
	};
}

/**
 * Groups a role's upstreams into sites by service: each service gets one site holding at most
 * one TLS and one plain upstream. A role with a single service keeps its own id as the site id.
 */
function sitesOf(upstreams: readonly LbUpstream[]): LbSite[] {
	const byRole = new Map<string, LbUpstream[]>();
	for (const upstream of upstreams) byRole.set(upstream.roleId, [...(byRole.get(upstream.roleId) ?? []), upstream]);
	const sites: LbSite[] = [];
	for (const [roleId, own] of byRole) {
		const stems = new Set(own.map((upstream) => serviceStem(upstream.service)));
		const roleSites: LbSite[] = [];
		for (const upstream of own) {
			const stem = serviceStem(upstream.service);
			const base = stems.size === 1 || stem === '' ? roleId : `${roleId}-${slug(stem)}`;
			const existing = roleSites.find((site) => site.id === base);
			if (existing !== undefined && existing[upstream.scheme] === undefined) {
				existing[upstream.scheme] = upstream;
				continue;
			}
			// A second TLS (or plain) port of the same service gets a site of its own, named by its port.
			const id = existing === undefined ? base : `${base}-${upstream.port}`;
			const label = stems.size === 1 || stem === '' ? upstream.roleName : `${upstream.roleName}: ${stem}`;
			roleSites.push({ id, roleId, label, [upstream.scheme]: upstream });
		}
		sites.push(...roleSites);
	}
	return sites;
}

/** The load balancer's configuration model, from its firewall plan. */
export function lbModel(plan: FirewallPlan): LbModel {
	if (plan.role.kind !== 'load-balancer') throw new Error(`${plan.role.name} is not a load balancer`);
	const upstreams: LbUpstream[] = [];
	const skipped: PlannedRule[] = [];
	for (const rule of plan.outbound) {
		if (rule.peer.kind !== 'role') continue;
		const upstream = upstreamOf(rule);
		if (upstream === undefined) skipped.push(rule);
		else upstreams.push(upstream);
	}
	// With nothing behind it there is no host to route and nothing to write.
	if (upstreams.length === 0) throw new Error(`The plan of ${plan.role.name} reaches no node role over HTTP`);
	return { balancer: plan.role, listen: entryPoints(plan), upstreams, sites: sitesOf(upstreams), skipped };
}
