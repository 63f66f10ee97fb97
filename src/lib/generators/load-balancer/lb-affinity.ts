import { compareVersions } from '../../../core/versions.ts';
import type { SessionAffinity } from '../../../schemas/session-affinity.ts';
import type { LbUpstream } from './lb-model.ts';

/**
 * Which upstreams keep sessions on one node, from the session-affinity facts of the cluster's
 * product. Affinity is never a default: an upstream no fact covers is balanced freely, and the
 * output says that no source settled it.
 */

export type UpstreamAffinity =
	| { kind: 'sticky'; cookie: string; fact: SessionAffinity }
	| { kind: 'not-sticky'; fact: SessionAffinity }
	| { kind: 'unknown' };

/** The product a cluster runs, when known; IoT Server's pattern, say, has no product record. */
export interface ClusterProduct {
	id: string;
	name: string;
	/** Without a version, facts bound to versions still apply: the reader did not narrow it down. */
	version?: string;
}

/** The facts about this product (and version, when given). */
export function affinityFactsFor(
	facts: readonly SessionAffinity[],
	product: ClusterProduct | undefined,
): SessionAffinity[] {
	if (product === undefined) return [];
	const { version } = product;
	return facts.filter(
		(fact) =>
			fact.product === product.id &&
			(version === undefined ||
				((fact.versions === undefined || fact.versions.includes(version)) &&
					(fact.fromVersion === undefined || compareVersions(version, fact.fromVersion) >= 0))),
	);
}

function matches(fact: SessionAffinity, flow: Pick<LbUpstream, 'roleId' | 'port'>): boolean {
	const { roles, ports } = fact.traffic;
	return (roles === undefined || roles.includes(flow.roleId)) && (ports === undefined || ports.includes(flow.port));
}

/** How closely a fact names the traffic: by role and port beats by either alone. */
const specificity = (fact: SessionAffinity) =>
	(fact.traffic.roles === undefined ? 0 : 1) + (fact.traffic.ports === undefined ? 0 : 1);

/**
 * The affinity the facts give traffic to one role on one port (an upstream, an Ingress); the most
 * specific fact wins, then the first listed.
 */
export function affinityOf(
	upstream: Pick<LbUpstream, 'roleId' | 'port'>,
	facts: readonly SessionAffinity[],
): UpstreamAffinity {
	const fact = facts
		.filter((candidate) => matches(candidate, upstream))
		.sort((a, b) => specificity(b) - specificity(a))[0];
	if (fact === undefined) return { kind: 'unknown' };
	if (fact.affinity === 'sticky' && fact.cookie !== undefined) return { kind: 'sticky', cookie: fact.cookie, fact };
	return { kind: 'not-sticky', fact };
}
