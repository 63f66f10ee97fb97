import { readParams, writeParams, type IgnoredParam, type ParamSpecs } from '../shared/url-params.ts';
import {
	ROLE_OPTIONS,
	SCHEME_OPTIONS,
	SYNC_OPTIONS,
	type FormValues,
	type GeneratorProduct,
	type MemberFields,
} from './generator-form.ts';

/**
 * The generator's choices in the query string, so a configuration can be shared as a link.
 * Structure is checked here (known names, known options, lengths); whether a host or URL is
 * valid is the form's job, so a mistyped host from a link lands in its field with a message
 * instead of vanishing. The SVN password is never part of the form, so never part of a link.
 */

/** Longest value each free-text parameter may carry; longer ones are ignored with a note. */
const TEXT = { host: 253, url: 500, user: 100, members: 2000 } as const;

export function generatorParamSpecs(products: readonly GeneratorProduct[]): ParamSpecs {
	return {
		product: { kind: 'choice', allowed: products.map((product) => product.id) },
		version: { kind: 'version' },
		role: { kind: 'choice', allowed: ROLE_OPTIONS },
		scheme: { kind: 'choice', allowed: SCHEME_OPTIONS },
		domain: { kind: 'text', maxLength: TEXT.host },
		host: { kind: 'text', maxLength: TEXT.host },
		port: { kind: 'port' },
		members: { kind: 'text', maxLength: TEXT.members },
		sync: { kind: 'choice', allowed: SYNC_OPTIONS },
		svn: { kind: 'text', maxLength: TEXT.url },
		svnUser: { kind: 'text', maxLength: TEXT.user },
		db: { kind: 'text', maxLength: TEXT.url },
		dbUser: { kind: 'text', maxLength: TEXT.user },
	};
}

/** "host:port,host:port"; IPv6 hosts are bracketed, "[2001:db8::1]:4000", so their colons stay unambiguous. */
export function writeMembers(members: readonly MemberFields[]): string {
	return members.map(({ host, port }) => `${host.includes(':') ? `[${host}]` : host}:${port}`).join(',');
}

export function readMembers(text: string): MemberFields[] {
	if (text.trim() === '') return [];
	return text.split(',').map((entry) => {
		const item = entry.trim();
		const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(item);
		if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] ?? '' };
		const colon = item.lastIndexOf(':');
		return colon < 0 ? { host: item, port: '' } : { host: item.slice(0, colon), port: item.slice(colon + 1) };
	});
}

export interface ReadFormResult {
	values: FormValues;
	ignored: IgnoredParam[];
}

/**
 * Reads a query string over the defaults of the chosen product. `defaultsFor` gives a
 * product's starting values; `productNames` names every product, so a link to a product that
 * does not use the separation can say so rather than just "not an option".
 */
export function readFormParams(
	search: string,
	products: readonly GeneratorProduct[],
	defaultsFor: (product: GeneratorProduct) => FormValues,
	productNames: ReadonlyMap<string, string>,
): ReadFormResult {
	const { values: params, ignored } = readParams(search, generatorParamSpecs(products));
	for (const entry of ignored) {
		const name = entry.name === 'product' ? productNames.get(entry.value) : undefined;
		if (name !== undefined) entry.reason = `names ${name}, which does not use worker/manager separation`;
	}
	const product = products.find((candidate) => candidate.id === params['product']) ?? products[0];
	if (product === undefined) throw new Error('The generator needs at least one product');
	const values = defaultsFor(product);
	const version = params['version'];
	if (version !== undefined) {
		if (product.versions.includes(version)) values.version = version;
		else ignored.push({ name: 'version', value: version, reason: `is not a version of ${product.name}` });
	}
	const text = (name: string, apply: (value: string) => void) => {
		const value = params[name];
		if (value !== undefined) apply(value);
	};
	text('role', (value) => (values.role = value));
	text('scheme', (value) => (values.scheme = value));
	text('domain', (value) => (values.domain = value));
	text('host', (value) => (values.host = value));
	text('port', (value) => (values.port = value));
	text('members', (value) => (values.members = readMembers(value)));
	text('sync', (value) => (values.sync = value));
	text('svn', (value) => (values.svnUrl = value));
	text('svnUser', (value) => (values.svnUser = value));
	text('db', (value) => (values.dbUrl = value));
	text('dbUser', (value) => (values.dbUser = value));
	return { values, ignored };
}

/** The query string (with "?") for the form's values; empty optional fields are left out. */
export function writeFormParams(values: FormValues, products: readonly GeneratorProduct[]): string {
	return writeParams(
		{
			product: values.product,
			version: values.version,
			role: values.role,
			scheme: values.scheme,
			domain: values.domain.trim(),
			host: values.host.trim(),
			port: values.port.trim(),
			members: writeMembers(values.members),
			sync: values.sync,
			svn: values.sync === 'svn' ? values.svnUrl.trim() : '',
			svnUser: values.sync === 'svn' ? values.svnUser.trim() : '',
			db: values.dbUrl.trim(),
			dbUser: values.dbUser.trim(),
		},
		generatorParamSpecs(products),
	);
}
