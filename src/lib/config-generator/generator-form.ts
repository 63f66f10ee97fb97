import type { ConfigFact } from '../../schemas/config-fact.ts';
import { requireSetting, type Role } from './config-facts.ts';
import { hostProblem, portProblem } from './network-names.ts';
import type { GeneratorInput, MembershipScheme, SyncMethod, WellKnownMember } from './cluster-xml.ts';

/**
 * The generator's form as plain strings, its validation into a GeneratorInput, and its
 * example defaults. Every message names the field it belongs to, so the form can print it
 * next to that field; any message means no output at all.
 */

/** A product the generator offers: one that uses the separation, with versions newest first. */
export interface GeneratorProduct {
	id: string;
	name: string;
	versions: readonly string[];
}

export interface MemberFields {
	host: string;
	port: string;
}

export interface FormValues {
	product: string;
	version: string;
	role: string;
	scheme: string;
	/** Empty means the product's default domain. */
	domain: string;
	host: string;
	/** Empty means the role's default port. */
	port: string;
	members: MemberFields[];
	sync: string;
	svnUrl: string;
	svnUser: string;
	dbUrl: string;
	dbUser: string;
}

/** Field keys of messages: a form field, "members" for the list, or "member-N-host"/"member-N-port" (N from 1). */
export type FieldErrors = Record<string, string>;

export type Validation = { ok: true; input: GeneratorInput } | { ok: false; errors: FieldErrors };

export const ROLE_OPTIONS: readonly Role[] = ['worker', 'manager'];
export const SCHEME_OPTIONS: readonly MembershipScheme[] = ['wka', 'multicast'];
export const SYNC_OPTIONS: readonly SyncMethod[] = ['svn', 'rsync', 'shared-fs'];

/**
 * The example cluster of the guide: a manager and two workers. Addresses come from
 * 192.0.2.0/24 and names from example.com, both reserved for documentation (RFC 5737,
 * RFC 2606), so nothing copied from here points at a real machine by accident.
 */
export const EXAMPLE_CLUSTER = {
	manager: '192.0.2.10',
	workers: ['192.0.2.11', '192.0.2.12'],
	databaseHost: '192.0.2.20',
	svnUrl: 'https://svn.example.com/repos/wso2-cluster/',
	svnUser: 'deployer',
	dbUser: 'regadmin',
} as const;

/** The form's starting values: worker 1 of the example cluster of the given product. */
export function defaultValues(product: GeneratorProduct, facts: readonly ConfigFact[]): FormValues {
	const version = product.versions[0] ?? '';
	const where = { productId: product.id, version };
	const port = (role: Role) => String(requireSetting(facts, { ...where, role }, 'axis2.xml', 'localMemberPort').value);
	const registryDb = requireSetting(
		facts,
		{ ...where, role: 'manager' },
		'master-datasources.xml',
		'shared registry database',
	);
	return {
		product: product.id,
		version,
		role: 'worker',
		scheme: String(requireSetting(facts, { ...where, role: 'worker' }, 'axis2.xml', 'membershipScheme').value),
		domain: '',
		host: EXAMPLE_CLUSTER.workers[0],
		port: '',
		members: [
			{ host: EXAMPLE_CLUSTER.manager, port: port('manager') },
			{ host: EXAMPLE_CLUSTER.workers[0], port: port('worker') },
		],
		sync: 'svn',
		svnUrl: EXAMPLE_CLUSTER.svnUrl,
		svnUser: EXAMPLE_CLUSTER.svnUser,
		dbUrl: `jdbc:mysql://${EXAMPLE_CLUSTER.databaseHost}:3306/${String(registryDb.value)}`,
		dbUser: EXAMPLE_CLUSTER.dbUser,
	};
}

const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?$/;

function memberErrors(values: FormValues, minimum: number, errors: FieldErrors): WellKnownMember[] {
	const members: WellKnownMember[] = [];
	const seen = new Map<string, number>();
	values.members.forEach((member, index) => {
		const n = index + 1;
		const host = member.host.trim();
		const port = member.port.trim();
		const hostIssue = hostProblem(host);
		const portIssue = portProblem(port);
		if (hostIssue) errors[`member-${n}-host`] = `Member ${n} host ${hostIssue}.`;
		if (portIssue) errors[`member-${n}-port`] = `Member ${n} port ${portIssue}.`;
		if (hostIssue || portIssue) return;
		const key = `${host.toLowerCase()}:${port}`;
		const first = seen.get(key);
		if (first !== undefined) errors[`member-${n}-host`] = `Member ${n} repeats member ${first} (${host}:${port}).`;
		else seen.set(key, n);
		members.push({ host, port: Number(port) });
	});
	if (values.members.length < minimum)
		errors['members'] =
			`List at least ${minimum} well-known members; there ${values.members.length === 1 ? 'is' : 'are'} ${values.members.length}.`;
	return members;
}

function svnUrlProblem(value: string): string | undefined {
	if (value === '') return 'Enter the URL of the SVN repository.';
	if (/^svn\+ssh:/i.test(value))
		return 'SVN over SSH is not supported by the deployment synchronizer; use an http, https or svn URL.';
	try {
		const url = new URL(value);
		if (['http:', 'https:', 'svn:'].includes(url.protocol) && url.hostname !== '') return undefined;
	} catch {
		// Falls through to the message below.
	}
	return `“${value}” is not an SVN URL such as ${EXAMPLE_CLUSTER.svnUrl}`;
}

/** Checks every field; returns the generator's input, or a message for each field that is wrong. */
export function validateForm(
	values: FormValues,
	products: readonly GeneratorProduct[],
	facts: readonly ConfigFact[],
): Validation {
	const errors: FieldErrors = {};
	const product = products.find((candidate) => candidate.id === values.product);
	if (product === undefined) errors['product'] = 'Choose a product that uses worker/manager separation.';
	else if (!product.versions.includes(values.version)) errors['version'] = `Choose a version of ${product.name}.`;
	const role = ROLE_OPTIONS.find((option) => option === values.role);
	if (role === undefined) errors['role'] = 'Choose the role of this node: worker or manager.';
	const scheme = SCHEME_OPTIONS.find((option) => option === values.scheme);
	if (scheme === undefined) errors['scheme'] = 'Choose a membership scheme: wka or multicast.';
	const sync = SYNC_OPTIONS.find((option) => option === values.sync);
	if (sync === undefined) errors['sync'] = 'Choose how deployment artifacts reach the workers.';

	const domain = values.domain.trim();
	if (domain !== '' && !DOMAIN.test(domain))
		errors['domain'] =
			'A clustering domain is letters, digits, dots, hyphens and underscores, e.g. wso2.carbon.domain.';
	const host = values.host.trim();
	const hostIssue = hostProblem(host);
	if (hostIssue) errors['host'] = `This node’s host ${hostIssue}.`;
	const port = values.port.trim();
	const portIssue = port === '' ? undefined : portProblem(port);
	if (portIssue) errors['port'] = `The local member port ${portIssue}.`;

	const minimum =
		product === undefined
			? 0
			: Number(
					requireSetting(
						facts,
						{ productId: product.id, version: values.version, role: 'worker' },
						'axis2.xml',
						'members (minimum)',
					).value,
				);
	// Multicast finds members by itself, so the list is ignored and not checked.
	const members = scheme === 'wka' ? memberErrors(values, minimum, errors) : [];

	const svnUrl = values.svnUrl.trim();
	const svnUser = values.svnUser.trim();
	if (sync === 'svn') {
		const svnIssue = svnUrlProblem(svnUrl);
		if (svnIssue) errors['svnUrl'] = svnIssue;
		if (svnUser === '') errors['svnUser'] = 'Enter the user name the nodes use for the SVN repository.';
	}
	const dbUrl = values.dbUrl.trim();
	if (!/^jdbc:[a-z0-9]+:\S+$/i.test(dbUrl))
		errors['dbUrl'] =
			'Enter the JDBC URL of the shared registry database; it starts with jdbc:, e.g. jdbc:mysql://192.0.2.20:3306/REGISTRY_DB.';
	const dbUser = values.dbUser.trim();
	if (dbUser === '' || /[\s@]/.test(dbUser))
		errors['dbUser'] =
			'Enter the database user name, without spaces or “@” (the cache id joins user and URL with “@”).';

	if (Object.keys(errors).length > 0 || !product || !role || !scheme || !sync) return { ok: false, errors };
	return {
		ok: true,
		input: {
			productId: product.id,
			productName: product.name,
			version: values.version,
			role,
			scheme,
			domain: domain === '' ? undefined : domain,
			localHost: host,
			localPort: port === '' ? undefined : Number(port),
			members,
			sync,
			svnUrl,
			svnUser,
			registryDbUrl: dbUrl,
			registryDbUser: dbUser,
		},
	};
}
