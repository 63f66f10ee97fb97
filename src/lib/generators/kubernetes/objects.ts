import type { FirewallPlan } from '../../ports/firewall/plan.ts';
import { ingress, loadBalancedFlows } from './ingress.ts';
import { networkPolicy } from './network-policy.ts';
import type { KubernetesObject } from './object-types.ts';
import { service } from './service.ts';
import type { KubernetesSettings } from './settings.ts';

/**
 * The Kubernetes objects of one role, built from the role's firewall plan, so the cluster's
 * network policy allows exactly the flows its firewall rules allow:
 * - a role that runs as pods gets a NetworkPolicy (ingress from its peers on the ports it
 *   serves, egress to the peers it calls plus DNS) and, when it listens, a ClusterIP Service;
 * - the load balancer role runs no pods of its own: its flows become Ingresses, one per flow it
 *   forwards, served by the ingress controller, whose namespace the other policies let in.
 * Objects are plain data; `commentsOf` holds the comment lines the YAML writer puts above a part.
 */

/** Every object of the role's manifest, in the order they are written. */
export function kubernetesObjects(plan: FirewallPlan, settings: KubernetesSettings): KubernetesObject[] {
	if (plan.role.kind === 'load-balancer') {
		return loadBalancedFlows(plan).map((rule) => ingress(plan, rule, rule.peer.roleId, settings));
	}
	const roleService = service(plan, settings);
	return [networkPolicy(plan, settings), ...(roleService === undefined ? [] : [roleService])];
}
