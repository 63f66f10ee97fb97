import { Document, isMap, isSeq, type Node } from 'yaml';
import type { FirewallPlan } from '../../ports/firewall/plan.ts';
import { groupByPortRule, groupComments } from '../../ports/firewall/text.ts';
import { generatedHeader } from '../header.ts';
import type { GeneratedText } from '../settings.ts';
import { commentsOf } from './object-parts.ts';
import type { KubernetesObject } from './object-types.ts';
import { kubernetesObjects } from './objects.ts';
import { checkKubernetesSettings, type KubernetesSettings } from './settings.ts';

/**
 * The role's Kubernetes objects as one multi-document YAML file, written by the yaml package:
 * a header saying what the file is, then one document per object, with the comment lines the
 * objects carry (each rule's port rule, service, peers and condition) above their parts.
 */

/** yaml writes a comment's lines after "#"; a leading space keeps "# text" readable. */
function commentText(lines: readonly string[]): string {
	return lines.map((line) => ` ${line}`).join('\n');
}

/** Walks the written nodes beside the values they came from, putting each value's comments above it. */
function annotate(node: unknown, value: unknown): void {
	if (isSeq(node) && Array.isArray(value)) {
		node.items.forEach((item, index) => {
			const source: unknown = value[index];
			const lines = typeof source === 'object' && source !== null ? commentsOf(source) : undefined;
			if (lines !== undefined) (item as Node).commentBefore = commentText(lines);
			annotate(item, source);
		});
	} else if (isMap(node) && typeof value === 'object' && value !== null) {
		for (const pair of node.items) {
			const key = String((pair.key as { value?: unknown }).value);
			annotate(pair.value, (value as Record<string, unknown>)[key]);
		}
	}
}

function documentText(object: KubernetesObject): string {
	const doc = new Document(object);
	annotate(doc.contents, object);
	const lines = commentsOf(object);
	if (lines !== undefined) doc.commentBefore = commentText(lines);
	return doc.toString({ lineWidth: 0 });
}

function fileHeader(plan: FirewallPlan, settings: KubernetesSettings): string[] {
	const loadBalancer = plan.role.kind === 'load-balancer';
	return [
		...generatedHeader(plan, 'Kubernetes manifests', settings.title),
		loadBalancer
			? `The load balancer runs no pods of its own: the ingress controller in namespace ${settings.ingressNamespace} plays it, one Ingress per flow it forwards.`
			: `Pods of this role carry the labels ${settings.roleLabel}=${plan.role.id} and app.kubernetes.io/part-of=${settings.partOf}.`,
		...(loadBalancer && plan.inbound.length > 0
			? [
					'The Service of the ingress controller (installed with it) takes the traffic the load balancer receives:',
					...groupByPortRule(plan.inbound).flatMap((group) => groupComments(group).map((line) => `  ${line}`)),
				]
			: []),
		`Namespace ${settings.namespace}. Apply with: kubectl apply -f FILE (check first: kubectl apply --dry-run=server -f FILE).`,
	];
}

/**
 * The manifests of one role, or the settings that were refused (nothing is written then).
 * Settings not given take `defaultKubernetesSettings`.
 */
export function kubernetesManifests(plan: FirewallPlan, given: Partial<KubernetesSettings> = {}): GeneratedText {
	const { settings, checks } = checkKubernetesSettings(given);
	return checks.result(() => {
		const header = fileHeader(plan, settings)
			.map((line) => `# ${line}`)
			.join('\n');
		const objects = kubernetesObjects(plan, settings);
		const documents = objects.map((object) => `---\n${documentText(object)}`);
		if (objects.length === 0) documents.push('# No flows: nothing to create for this role.\n');
		return `${header}\n${documents.join('')}`;
	});
}

export const kubernetesAssumptions = [
	'A NetworkPolicy per role that runs as pods, selected by the role label and the part-of label; it takes effect only where the cluster’s network plugin enforces NetworkPolicy (Calico, Cilium and the like).',
	'The load balancer becomes the ingress controller (ingress-nginx by default): one Ingress per flow it forwards, with a host per flow (<port rule id>.<domain> unless set) and a TLS Secret you create; backends whose service is HTTPS get the backend-protocol annotation.',
	'Traffic the load balancer forwarded arrives from the ingress controller’s namespace; ports that clients reach directly are open to any address, and their ClusterIP Service needs a NodePort or LoadBalancer Service to be reached from outside.',
	'Egress is limited to the peers the flows need, the address blocks of external services (any address on the port when the data has none) and DNS to kube-dns in kube-system.',
	'The database and other roles are taken to run as pods with the same labels; a role outside the cluster needs an ipBlock of its address instead of the podSelector.',
] as const;
