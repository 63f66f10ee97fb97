import { isHostName, isIpv4, isIpv6 } from '../../config-generator/network-names.ts';
import type { LbModel } from './lb-model.ts';

/**
 * The reader's settings for the load balancer generators, as the plain strings and choices a
 * form holds, and their validation. Host names and paths are written into configuration files,
 * so anything outside a small safe alphabet is refused before any text is produced: a value
 * such as `x; }` would otherwise end a directive and open a block of the reader's making. Pure
 * functions, so a browser script can run the same checks next to the form fields.
 */

/** How open-source NGINX keeps a session on one node (HAProxy always inserts a cookie of its own). */
export type NginxAffinityMethod = 'cookie-hash' | 'ip-hash';
export const NGINX_AFFINITY_METHODS: readonly NginxAffinityMethod[] = ['ip-hash', 'cookie-hash'];

/** What the reader types or picks, unvalidated. */
export interface LbFormValues {
	/** Host name per site id (see LbModel.sites); a site left out gets its example default. */
	hosts: Readonly<Record<string, string>>;
	/** Absolute path of the certificate chain (PEM) the load balancer presents. */
	certificatePath: string;
	/** Absolute path of its private key (PEM); HAProxy reads key and chain from one file, the certificate path. */
	keyPath: string;
	/** Send plain HTTP on to HTTPS instead of serving it. */
	redirectHttp: boolean;
	/** NGINX: follow the session cookie's hash, or the client's address. */
	affinityMethod: string;
	/** Roles reachable only from the internal networks (the private manager placement). */
	privateRoles: readonly string[];
	/** Internal networks as CIDR blocks, separated by commas or spaces. */
	internalNetworks: string;
	/** Site ids whose clients open WebSocket connections; no data says which do, so the reader chooses. */
	webSocketSites: readonly string[];
}

/** Validated settings, safe to write into a configuration file. */
export interface LbSettings {
	hosts: ReadonlyMap<string, string>;
	certificatePath: string;
	keyPath: string;
	redirectHttp: boolean;
	affinityMethod: NginxAffinityMethod;
	privateRoles: readonly string[];
	internalNetworks: readonly string[];
	webSocketSites: readonly string[];
}

/** One message per field that is wrong; `field` is "hosts.<site id>" for a host name. */
export interface LbFieldError {
	field: string;
	message: string;
}

export type LbValidation = { ok: true; settings: LbSettings } | { ok: false; errors: LbFieldError[] };

/** A generator's answer: the file's text, or why there is none. */
export type LbResult = { ok: true; text: string } | { ok: false; errors: LbFieldError[] };

/** Example host names under example.com (reserved for documentation, RFC 2606), one per site. */
export function defaultHosts(model: LbModel): Record<string, string> {
	return Object.fromEntries(model.sites.map((site) => [site.id, `${site.id}.example.com`]));
}

/** The private address blocks of RFC 1918, where internal clients usually sit. */
export const DEFAULT_INTERNAL_NETWORKS = '10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16';

export function defaultFormValues(model: LbModel): LbFormValues {
	return {
		hosts: defaultHosts(model),
		certificatePath: '/etc/ssl/certs/wso2-cluster.pem',
		keyPath: '/etc/ssl/private/wso2-cluster.key',
		redirectHttp: true,
		affinityMethod: 'ip-hash',
		privateRoles: [],
		internalNetworks: DEFAULT_INTERNAL_NETWORKS,
		webSocketSites: [],
	};
}

/** The roles a manager placement keeps on the private network, among those the load balancer reaches. */
export function privateRolesOf(model: LbModel, placement: { privateNetwork: readonly string[] }): string[] {
	const reached = new Set(model.upstreams.map((upstream) => upstream.roleId));
	return placement.privateNetwork.filter((roleId) => reached.has(roleId));
}

/** The characters of a value that a configuration file would read as syntax, named for the message. */
function unsafeCharacters(value: string): string {
	const names: Record<string, string> = { '\n': 'a line break', '\r': 'a line break', '\t': 'a tab', ' ': 'a space' };
	const found = [...new Set(value.replace(/[A-Za-z0-9._/-]/g, ''))];
	return found.map((char) => names[char] ?? `“${char}”`).join(', ');
}

/** Why a host name is not one, or undefined when it is. */
export function hostNameProblem(value: string): string | undefined {
	if (value === '') return 'is empty: enter a host name such as manager.example.com';
	const unsafe = unsafeCharacters(value);
	if (unsafe !== '') return `contains ${unsafe}: use letters, digits, hyphens and dots only`;
	if (value.length > 253) return 'is longer than the 253 characters a host name can have';
	if (!isHostName(value))
		return 'is not a host name: dot-separated labels of letters, digits and inner hyphens, e.g. manager.example.com';
	return undefined;
}

/** Why a file path is not an absolute path of safe characters, or undefined when it is. */
export function pathProblem(value: string): string | undefined {
	if (value === '') return 'is empty: enter an absolute path such as /etc/ssl/certs/cluster.pem';
	const unsafe = unsafeCharacters(value);
	if (unsafe !== '') return `contains ${unsafe}: use letters, digits, “.”, “_”, “-” and “/” only`;
	if (!value.startsWith('/')) return 'is not absolute: start it with “/”';
	if (value.endsWith('/')) return 'names a directory: end it with the file name';
	if (value.split('/').some((part) => part === '..')) return 'goes up a directory with “..”: give the path directly';
	if (value.length > 1024) return 'is longer than 1024 characters';
	return undefined;
}

/** Why a network is not a CIDR block, or undefined when it is one. */
export function networkProblem(value: string): string | undefined {
	const [address = '', bits, ...rest] = value.split('/');
	const max = isIpv4(address) ? 32 : isIpv6(address) ? 128 : undefined;
	if (max === undefined || rest.length > 0 || bits === undefined || !/^\d{1,3}$/.test(bits) || Number(bits) > max)
		return `“${value}” is not a network in CIDR notation, e.g. 10.0.0.0/8 or fd00::/8`;
	return undefined;
}

/** Spaces around a value are a typing slip; line breaks are not trimmed, so they are refused. */
function trimSpaces(value: string): string {
	return value.replace(/^ +| +$/g, '');
}

const FIELD_NAMES = { certificatePath: 'The certificate path', keyPath: 'The private key path' } as const;

/** Checks every setting against the model; any message means no configuration is written. */
export function validateLbSettings(model: LbModel, values: LbFormValues): LbValidation {
	const errors: LbFieldError[] = [];
	const hosts = new Map<string, string>();
	const defaults = defaultHosts(model);
	const siteOfHost = new Map<string, string>();
	for (const site of model.sites) {
		const host = trimSpaces(values.hosts[site.id] ?? defaults[site.id] ?? '');
		const field = `hosts.${site.id}`;
		const problem = hostNameProblem(host);
		const earlier = siteOfHost.get(host.toLowerCase());
		if (problem !== undefined) errors.push({ field, message: `The host name of the ${site.label} ${problem}.` });
		else if (earlier !== undefined)
			errors.push({ field, message: `The host name of the ${site.label} repeats ${host}, which ${earlier} uses.` });
		else {
			siteOfHost.set(host.toLowerCase(), `the ${site.label}`);
			hosts.set(site.id, host);
		}
	}
	for (const field of ['certificatePath', 'keyPath'] as const) {
		const problem = pathProblem(trimSpaces(values[field]));
		if (problem !== undefined) errors.push({ field, message: `${FIELD_NAMES[field]} ${problem}.` });
	}
	const affinityMethod = NGINX_AFFINITY_METHODS.find((method) => method === values.affinityMethod);
	if (affinityMethod === undefined)
		errors.push({ field: 'affinityMethod', message: 'Choose how NGINX keeps sessions: cookie-hash or ip-hash.' });
	const roles = new Set(model.upstreams.map((upstream) => upstream.roleId));
	const strangers = values.privateRoles.filter((roleId) => !roles.has(roleId));
	if (strangers.length > 0)
		errors.push({
			field: 'privateRoles',
			message: `The load balancer reaches no role ${strangers.map((id) => `“${id}”`).join(', ')}: choose among ${[...roles].join(', ')}.`,
		});
	const sites = new Set(model.sites.map((site) => site.id));
	const unknownSites = values.webSocketSites.filter((id) => !sites.has(id));
	if (unknownSites.length > 0)
		errors.push({
			field: 'webSocketSites',
			message: `There is no site ${unknownSites.map((id) => `“${id}”`).join(', ')}: choose among ${[...sites].join(', ')}.`,
		});
	const networks = values.internalNetworks.split(/[\s,]+/).filter((part) => part !== '');
	const networkIssues = networks.flatMap((network) => networkProblem(network) ?? []);
	if (networkIssues.length > 0)
		errors.push({ field: 'internalNetworks', message: `The internal networks: ${networkIssues.join('; ')}.` });
	else if (values.privateRoles.length > 0 && networks.length === 0)
		errors.push({
			field: 'internalNetworks',
			message: 'List the internal networks that may reach the private roles, e.g. 10.0.0.0/8.',
		});

	if (errors.length > 0 || affinityMethod === undefined) return { ok: false, errors };
	return {
		ok: true,
		settings: {
			hosts,
			certificatePath: trimSpaces(values.certificatePath),
			keyPath: trimSpaces(values.keyPath),
			redirectHttp: values.redirectHttp,
			affinityMethod,
			privateRoles: [...values.privateRoles],
			internalNetworks: networks,
			webSocketSites: [...values.webSocketSites],
		},
	};
}
