import type { KubernetesSettings } from './settings.ts';
import type { Labels, Metadata } from './object-types.ts';

/** What every object of a role shares: its labels, metadata, Service name, and the comment lines above its parts. */

/** Comment lines to write above a part of an object (an object, a rule, a peer). */
const comments = new WeakMap<object, readonly string[]>();

export function commentsOf(part: object): readonly string[] | undefined {
	return comments.get(part);
}

export function commented<T extends object>(part: T, lines: readonly string[]): T {
	if (lines.length > 0) comments.set(part, lines);
	return part;
}

/** The part-of label key; the role label key is a setting. */
const PART_OF_LABEL = 'app.kubernetes.io/part-of';
/** The label Kubernetes gives every namespace, holding its name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export function roleLabels(roleId: string, settings: KubernetesSettings): Labels {
	return { [settings.roleLabel]: roleId, [PART_OF_LABEL]: settings.partOf };
}

export function metadata(name: string, roleId: string, settings: KubernetesSettings, annotations?: Labels): Metadata {
	return {
		name,
		namespace: settings.namespace,
		labels: roleLabels(roleId, settings),
		...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
	};
}

/** A role's Service name: the role id, made a DNS-1035 label if it starts with a digit. */
export function serviceName(roleId: string): string {
	return /^[a-z]/.test(roleId) ? roleId : `role-${roleId}`;
}
