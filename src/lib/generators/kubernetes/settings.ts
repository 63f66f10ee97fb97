import {
	SettingChecks,
	cookieNameProblem,
	dns1123LabelProblem,
	dns1123SubdomainProblem,
	labelKeyProblem,
	titleProblem,
} from '../settings.ts';

/** Session affinity for a load-balanced flow: the ingress controller pins a client to one pod by a cookie it sets. */
export interface IngressAffinity {
	/** The name of the controller's own cookie, e.g. "SERVERID"; never the nodes' JSESSIONID, which it would overwrite. */
	cookie: string;
	/** Why the flow is sticky (a session-affinity fact's id), for the comment above the Ingress. */
	reason?: string;
}

/** The cookie the ingress controller sets where a fact asks for stickiness, as HAProxy's generated configuration does. */
export const INGRESS_AFFINITY_COOKIE = 'SERVERID';

/** What the reader chooses about the cluster; everything else comes from the flows. */
export interface KubernetesSettings {
	/** Namespace of every object (a DNS-1123 label). */
	namespace: string;
	/** Value of the app.kubernetes.io/part-of label every object and selector carries. */
	partOf: string;
	/** Label key whose value is the role id on the role's pods, e.g. app.kubernetes.io/component. */
	roleLabel: string;
	/** Namespace the ingress controller runs in; load-balanced traffic comes from there. */
	ingressNamespace: string;
	/** The IngressClass the Ingresses name. */
	ingressClassName: string;
	/** Domain under which each load-balanced flow gets a default host: "<port rule id>.<domain>". */
	domain: string;
	/** Host of the Ingress for a load-balanced flow, by the port rule id of the flow. */
	hosts: Readonly<Record<string, string>>;
	/**
	 * Cookie affinity by the port rule id of a load-balanced flow: adds
	 * nginx.ingress.kubernetes.io/affinity: cookie and the cookie's name to that flow's Ingress. The
	 * machine outputs fill it from the session-affinity facts; no fact, no affinity.
	 */
	affinity: Readonly<Record<string, IngressAffinity>>;
	/** The cluster's name for the header, e.g. "an ESB cluster"; left out when unset. */
	title?: string;
}

export const defaultKubernetesSettings: KubernetesSettings = {
	namespace: 'wso2',
	partOf: 'wso2-cluster',
	roleLabel: 'app.kubernetes.io/component',
	ingressNamespace: 'ingress-nginx',
	ingressClassName: 'nginx',
	domain: 'example.com',
	hosts: {},
	affinity: {},
};

/** The settings with defaults filled in, and every problem with them (fields named as in the settings). */
export function checkKubernetesSettings(given: Partial<KubernetesSettings>): {
	settings: KubernetesSettings;
	checks: SettingChecks;
} {
	const settings: KubernetesSettings = { ...defaultKubernetesSettings, ...given };
	const checks = new SettingChecks();
	checks.check('namespace', settings.namespace, dns1123LabelProblem);
	checks.check('partOf', settings.partOf, dns1123LabelProblem);
	checks.check('roleLabel', settings.roleLabel, labelKeyProblem);
	checks.check('ingressNamespace', settings.ingressNamespace, dns1123LabelProblem);
	checks.check('ingressClassName', settings.ingressClassName, dns1123SubdomainProblem);
	checks.check('domain', settings.domain, dns1123SubdomainProblem);
	for (const [ruleId, host] of Object.entries(settings.hosts))
		checks.check(`hosts.${ruleId}`, host, dns1123SubdomainProblem);
	for (const [ruleId, affinity] of Object.entries(settings.affinity)) {
		checks.check(`affinity.${ruleId}.cookie`, affinity.cookie, cookieNameProblem);
		if (affinity.reason !== undefined) checks.check(`affinity.${ruleId}.reason`, affinity.reason, dns1123LabelProblem);
	}
	if (settings.title !== undefined) checks.check('title', settings.title, titleProblem);
	return { settings, checks };
}
