import { describe, expect, test } from 'vitest';
import { loadBalancerFormats } from '../../../../src/lib/generators/load-balancer/formats.ts';
import { lbModel } from '../../../../src/lib/generators/load-balancer/lb-model.ts';
import {
	defaultFormValues,
	networkProblem,
	privateRolesOf,
	validateLbSettings,
	type LbFormValues,
} from '../../../../src/lib/generators/load-balancer/lb-settings.ts';
import { iotPattern, iotPlan, lbInput, syntheticPlan } from '../../support/load-balancer-fixtures.ts';

const model = lbModel(syntheticPlan);
const valid = defaultFormValues(model);
const errorsOf = (values: Partial<LbFormValues>) => {
	const result = validateLbSettings(model, { ...valid, ...values });
	return result.ok ? [] : result.errors;
};

/** What a configuration file would read as syntax: each must be refused wherever it is typed. */
const HOSTILE = [';', '}', '{', '\n', '$', '"', "'", ' ', '\r\n', '#'];

describe('validateLbSettings', () => {
	test('accepts the defaults: example host names and absolute paths', () => {
		const result = validateLbSettings(model, valid);
		expect(result.ok).toBe(true);
		if (result.ok)
			expect([...result.settings.hosts.values()].every((host) => host.endsWith('.example.com'))).toBe(true);
	});

	const site = model.sites[0]!.id;
	test.each(HOSTILE)('refuses %j in a host name, naming the field', (char) => {
		const errors = errorsOf({ hosts: { ...valid.hosts, [site]: `evil${char}example.com` } });
		expect(errors).toEqual([
			{ field: `hosts.${site}`, message: expect.stringMatching(/^The host name of the .+ contains /) },
		]);
	});

	test.each(HOSTILE.flatMap((char) => ['certificatePath', 'keyPath'].map((field) => [char, field] as const)))(
		'refuses %j in the %s, naming the field',
		(char, field) => {
			const errors = errorsOf({ [field]: `/etc/ssl/evil${char}file.pem` });
			expect(errors).toEqual([{ field, message: expect.stringMatching(/path contains /) }]);
		},
	);

	test('refuses a relative path, a directory and a climb up', () => {
		expect(errorsOf({ keyPath: 'ssl/cluster.key' })[0]?.message).toMatch(/not absolute/);
		expect(errorsOf({ keyPath: '/etc/ssl/' })[0]?.message).toMatch(/directory/);
		expect(errorsOf({ keyPath: '/etc/../root/key' })[0]?.message).toMatch(/“\.\.”/);
	});

	test('refuses host names that are not host names, and one host name for two sites', () => {
		expect(errorsOf({ hosts: { ...valid.hosts, [site]: '-bad.example.com' } })[0]?.field).toBe(`hosts.${site}`);
		expect(errorsOf({ hosts: { ...valid.hosts, [site]: '' } })[0]?.message).toMatch(/is empty/);
		const [first, second] = model.sites;
		const errors = errorsOf({ hosts: { [first!.id]: 'same.example.com', [second!.id]: 'SAME.example.com' } });
		expect(errors).toEqual([{ field: `hosts.${second!.id}`, message: expect.stringMatching(/repeats/) }]);
	});

	test('refuses networks that are not CIDR blocks, and no networks for a private role', () => {
		for (const bad of ['10.0.0.0', '10.0.0.0/33', '10.0.0.0/8;', 'fd00::/129', '10.0.0.0/8/1', 'all'])
			expect(networkProblem(bad)).toBeDefined();
		for (const good of ['10.0.0.0/8', '192.168.1.0/24', 'fd00::/8']) expect(networkProblem(good)).toBeUndefined();
		expect(errorsOf({ internalNetworks: '10.0.0.0/8, 10.0.0.0/8; deny' })[0]?.field).toBe('internalNetworks');
		expect(errorsOf({ internalNetworks: ' ', privateRoles: ['manager'] })[0]?.field).toBe('internalNetworks');
	});

	test('refuses roles, sites and affinity methods the model does not have', () => {
		expect(errorsOf({ privateRoles: ['database'] })[0]?.field).toBe('privateRoles');
		expect(errorsOf({ webSocketSites: ['nowhere'] })[0]?.field).toBe('webSocketSites');
		expect(errorsOf({ affinityMethod: 'sticky' })[0]?.field).toBe('affinityMethod');
	});
});

describe('every format refuses hostile settings and writes nothing', () => {
	const hostile: [string, Partial<LbFormValues>][] = [
		...[';', '}', '\n', '$'].map((char): [string, Partial<LbFormValues>] => [
			`hosts.${model.sites[0]!.id}`,
			{ hosts: { ...valid.hosts, [model.sites[0]!.id]: `a${char}.example.com` } },
		]),
		...[';', '}', '\n', '$'].map((char): [string, Partial<LbFormValues>] => [
			'certificatePath',
			{ certificatePath: `/etc/a${char}b` },
		]),
		...[';', '}', '\n', '$'].map((char): [string, Partial<LbFormValues>] => ['keyPath', { keyPath: `/etc/a${char}b` }]),
	];
	for (const format of loadBalancerFormats) {
		test.each(hostile)(`${format.label}: %s`, (field, settings) => {
			const result = format.generate(lbInput(syntheticPlan, settings));
			expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field })] });
			expect('text' in result).toBe(false);
		});
	}
});

describe('privateRolesOf', () => {
	test('keeps the roles a placement makes private that the load balancer reaches', () => {
		const iot = lbModel(iotPlan);
		const reached = new Set(iot.upstreams.map((upstream) => upstream.roleId));
		for (const placement of iotPattern.managerPlacements)
			expect(privateRolesOf(iot, placement)).toEqual(placement.privateNetwork.filter((id) => reached.has(id)));
		expect(iotPattern.managerPlacements.some((placement) => privateRolesOf(iot, placement).length > 0)).toBe(true);
	});
});
