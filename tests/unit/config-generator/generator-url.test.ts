import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../../src/lib/config-generator/generator-form.ts';
import {
	readFormParams,
	readMembers,
	writeFormParams,
	writeMembers,
} from '../../../src/lib/config-generator/generator-url.ts';
import { data, facts, formFor, products } from '../fixtures/generator.ts';

const names = new Map(data.productNames);
const read = (search: string) => readFormParams(search, products, (product) => defaultValues(product, facts), names);

describe('generator links', () => {
	test('a configuration survives the round trip through the query string', () => {
		const values = formFor('api-manager', {
			version: '1.9.1',
			role: 'manager',
			scheme: 'wka',
			domain: 'gw.prod',
			host: '2001:db8::10',
			port: '4500',
			members: [
				{ host: '2001:db8::11', port: '4200' },
				{ host: 'mgt.example.com', port: '4001' },
			],
			sync: 'svn',
			svnUrl: 'https://svn.example.com/r?x=1&y=2',
			svnUser: 'deployer',
			dbUrl: 'jdbc:mysql://db.example.com:3306/REGISTRY_DB?useSSL=true&a=b',
			dbUser: 'regadmin',
		});
		const search = writeFormParams(values, products);
		expect(read(search)).toEqual({ values, ignored: [] });
	});

	test('no query string gives the example form of the first product', () => {
		expect(read('').values).toEqual(defaultValues(products[0]!, facts));
	});

	test('a preset link gives that product with its newest version', () => {
		expect(read('?product=api-manager').values).toMatchObject({ product: 'api-manager', version: '2.0.0' });
	});

	test('unfit parameters are ignored with a reason, the rest still applies', () => {
		const { values, ignored } = read(
			'?product=identity-server&role=boss&version=9.9.9&port=0&colour=red&host=%3Cscript%3E',
		);
		expect(ignored).toEqual([
			{
				name: 'product',
				value: 'identity-server',
				reason: 'names Identity Server, which does not use worker/manager separation',
			},
			{ name: 'role', value: 'boss', reason: 'is not one of the available options' },
			{ name: 'port', value: '0', reason: 'is not a port number from 1 to 65535' },
			{ name: 'colour', value: 'red', reason: 'is not a filter on this page' },
			{ name: 'version', value: '9.9.9', reason: 'is not a version of Application Server' },
		]);
		// A host is checked by the form, next to its field, so it is kept as typed.
		expect(values.host).toBe('<script>');
	});

	test('the SVN details are left out of the link unless SVN is chosen, and no password is ever written', () => {
		const search = writeFormParams(formFor('application-server', { sync: 'rsync' }), products);
		expect(search).not.toMatch(/svn/i);
		expect(writeFormParams(formFor('application-server'), products)).not.toMatch(/password/i);
	});
});

describe('members parameter', () => {
	test('brackets IPv6 hosts so their colons are not read as the port', () => {
		const members = [
			{ host: '2001:db8::1', port: '4000' },
			{ host: '192.0.2.10', port: '4001' },
		];
		expect(writeMembers(members)).toBe('[2001:db8::1]:4000,192.0.2.10:4001');
		expect(readMembers('[2001:db8::1]:4000,192.0.2.10:4001')).toEqual(members);
	});

	test('keeps malformed entries, so the form can point at them', () => {
		expect(readMembers('node1, :4000,[::1]')).toEqual([
			{ host: 'node1', port: '' },
			{ host: '', port: '4000' },
			{ host: '::1', port: '' },
		]);
		expect(readMembers('')).toEqual([]);
	});
});
