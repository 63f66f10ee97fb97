import type { ConfigFact } from '../../schemas/config-fact.ts';
import { requireSetting, type Role } from './config-facts.ts';
import type { FormValues, GeneratorProduct, MemberFields } from './generator-form.ts';

/**
 * The generator's example values, derived in this one place from the reader's choices of
 * product, version and role, so the form shows the same thing whether those choices were
 * typed, picked or read from a link. When a choice changes, fields still at the example value
 * follow the new example; fields the reader typed are kept.
 */

/** The addresses of the site's example cluster that the generator uses (from the node roles). */
export interface ExampleCluster {
	manager: string;
	workers: readonly string[];
	database: string;
}

/** Names that are not addresses: example.com is reserved for documentation (RFC 2606). */
export const EXAMPLE_ACCOUNTS = {
	svnUrl: 'https://svn.example.com/repos/wso2-cluster/',
	svnUser: 'deployer',
	dbUser: 'regadmin',
} as const;

/** The example cluster from the node roles' example addresses: the manager, the workers and the database. */
export function exampleCluster(roles: readonly { id: string; exampleAddresses: readonly string[] }[]): ExampleCluster {
	const addresses = (id: string) => {
		const found = roles.find((role) => role.id === id)?.exampleAddresses ?? [];
		if (found.length === 0) throw new Error(`The example cluster has no address for the "${id}" role`);
		return found;
	};
	return { manager: addresses('manager')[0]!, workers: addresses('worker'), database: addresses('database')[0]! };
}

/** What the example values depend on; anything not a valid choice falls back to the product's newest version or a worker. */
export interface ExampleChoices {
	version?: string | undefined;
	role?: string | undefined;
}

/** The example form for a product and the reader's choices: this node is the manager or the first worker. */
export function exampleValues(
	product: GeneratorProduct,
	facts: readonly ConfigFact[],
	cluster: ExampleCluster,
	choices: ExampleChoices = {},
): FormValues {
	const version =
		choices.version !== undefined && product.versions.includes(choices.version)
			? choices.version
			: (product.versions[0] ?? '');
	const role: Role = choices.role === 'manager' ? 'manager' : 'worker';
	const where = { productId: product.id, version };
	const port = (of: Role) =>
		String(requireSetting(facts, { ...where, role: of }, 'axis2.xml', 'localMemberPort').value);
	const registryDb = requireSetting(
		facts,
		{ ...where, role: 'manager' },
		'master-datasources.xml',
		'shared registry database',
	);
	const firstWorker = cluster.workers[0] ?? cluster.manager;
	return {
		product: product.id,
		version,
		role,
		scheme: String(requireSetting(facts, { ...where, role: 'worker' }, 'axis2.xml', 'membershipScheme').value),
		domain: '',
		host: role === 'manager' ? cluster.manager : firstWorker,
		port: '',
		members: [
			{ host: cluster.manager, port: port('manager') },
			{ host: firstWorker, port: port('worker') },
		],
		sync: 'svn',
		svnUrl: EXAMPLE_ACCOUNTS.svnUrl,
		svnUser: EXAMPLE_ACCOUNTS.svnUser,
		dbUrl: `jdbc:mysql://${cluster.database}:3306/${String(registryDb.value)}`,
		dbUser: EXAMPLE_ACCOUNTS.dbUser,
	};
}

/** Fields whose example depends on the choices; the rest (domain, port, sync) are never rewritten. */
const FOLLOWING = ['scheme', 'host', 'svnUrl', 'svnUser', 'dbUrl', 'dbUser'] as const;

/**
 * The form after its choices moved from the example `before` to the example `after`: each
 * field (and each member's host and port) still equal to its `before` example takes its
 * `after` example; anything else is the reader's and stays.
 */
export function followChoices(values: FormValues, before: FormValues, after: FormValues): FormValues {
	const next: FormValues = { ...values, product: after.product, version: after.version, role: after.role };
	for (const field of FOLLOWING) if (values[field] === before[field]) next[field] = after[field];
	next.members = values.members.map((member, index): MemberFields => {
		const was = before.members[index];
		const now = after.members[index];
		if (was === undefined || now === undefined) return member;
		return {
			host: member.host === was.host ? now.host : member.host,
			port: member.port === was.port ? now.port : member.port,
		};
	});
	return next;
}
