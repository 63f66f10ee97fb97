import {
	SettingChecks,
	cookieNameProblem,
	dns1123LabelProblem,
	dns1123SubdomainProblem,
	labelKeyProblem,
	titleProblem,
} from '../settings.ts';

/** Session affinity for a load-balanced role: the ingress controller pins a client to one pod by a cookie. */
export interface IngressAffinity {
	/** The cookie's name, e.g. "route". */
	cookie: string;
}

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
	 * Cookie affinity by load-balanced role id: adds nginx.ingress.kubernetes.io/affinity: cookie
	 * and the session cookie's name to the role's Ingresses. Empty until data says which roles need it.
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
	for (const [roleId, affinity] of Object.entries(settings.affinity))
		checks.check(`affinity.${roleId}.cookie`, affinity.cookie, cookieNameProblem);
	if (settings.title !== undefined) checks.check('title', settings.title, titleProblem);
	return { settings, checks };
}
