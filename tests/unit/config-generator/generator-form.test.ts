import { describe, expect, test } from 'vitest';
import { validateForm, type FormValues } from '../../../src/lib/config-generator/generator-form.ts';
import { facts, formFor, products } from '../fixtures/generator.ts';

function errorsFor(changes: Partial<FormValues>, productId = 'application-server') {
	const result = validateForm(formFor(productId, changes), products, facts);
	return result.ok ? {} : result.errors;
}

describe('validateForm', () => {
	test('the example form of every product is valid', () => {
		for (const { id } of products) expect(validateForm(formFor(id), products, facts).ok, id).toBe(true);
	});

	test('only products that use worker/manager separation are offered', () => {
		expect(products.map((product) => product.id).sort()).toEqual([
			'api-manager',
			'application-server',
			'business-process-server',
			'business-rules-server',
			'data-services-server',
			'enterprise-service-bus',
			'task-server',
		]);
		expect(errorsFor({ product: 'identity-server' })).toEqual({
			product: 'Choose a product that uses worker/manager separation.',
		});
	});

	test('a version of another product is refused', () => {
		expect(errorsFor({ version: '2.0.0' })).toEqual({ version: 'Choose a version of Application Server.' });
	});

	test.each([
		[{ host: '' }, 'host', 'This node’s host is empty: enter a host name or an IP address.'],
		[{ host: '10.0.0.256' }, 'host', expect.stringContaining('is not an IPv4 address')],
		[{ port: '0' }, 'port', 'The local member port is out of range: enter a port from 1 to 65535.'],
		[{ port: '70000' }, 'port', 'The local member port is out of range: enter a port from 1 to 65535.'],
		[{ domain: 'my domain' }, 'domain', expect.stringContaining('A clustering domain is letters, digits')],
		[{ svnUrl: 'svn+ssh://svn.example.com/repo' }, 'svnUrl', expect.stringContaining('SVN over SSH is not supported')],
		[{ svnUrl: 'not a url' }, 'svnUrl', expect.stringContaining('is not an SVN URL')],
		[{ svnUser: ' ' }, 'svnUser', 'Enter the user name the nodes use for the SVN repository.'],
		[{ dbUrl: 'mysql://db/REGISTRY_DB' }, 'dbUrl', expect.stringContaining('it starts with jdbc:')],
		[{ dbUser: 'reg@admin' }, 'dbUser', expect.stringContaining('without spaces or “@”')],
	])('%j is explained on the field %s', (changes, field, message) => {
		expect(errorsFor(changes)).toEqual({ [field]: message });
	});

	test('each well-known member is checked, and at least two are needed', () => {
		expect(
			errorsFor({
				members: [
					{ host: 'bad host', port: '4000' },
					{ host: '192.0.2.10', port: '99999' },
				],
			}),
		).toEqual({
			'member-1-host': 'Member 1 host contains a space; a host name or IP address has none.',
			'member-2-port': 'Member 2 port is out of range: enter a port from 1 to 65535.',
		});
		expect(errorsFor({ members: [{ host: '192.0.2.10', port: '4001' }] })).toEqual({
			members: 'List at least 2 well-known members; there is 1.',
		});
		expect(
			errorsFor({
				members: [
					{ host: '192.0.2.10', port: '4001' },
					{ host: '192.0.2.10', port: '4001' },
				],
			}),
		).toEqual({ 'member-2-host': 'Member 2 repeats member 1 (192.0.2.10:4001).' });
	});

	test('multicast needs no well-known members, and the SVN fields matter only for SVN', () => {
		expect(errorsFor({ scheme: 'multicast', members: [] })).toEqual({});
		expect(errorsFor({ sync: 'rsync', svnUrl: '', svnUser: '' })).toEqual({});
	});

	test('empty domain and port mean the defaults, and values are trimmed', () => {
		const result = validateForm(formFor('api-manager', { host: ' 192.0.2.11 ' }), products, facts);
		expect(result.ok && result.input).toMatchObject({
			domain: undefined,
			localPort: undefined,
			localHost: '192.0.2.11',
		});
	});
});
