import { describe, expect, test } from 'vitest';
import { affinityFactsFor, affinityOf } from '../../../../src/lib/generators/load-balancer/lb-affinity.ts';
import { lbModel, type LbUpstream } from '../../../../src/lib/generators/load-balancer/lb-model.ts';
import { defaultHosts, type LbFormValues } from '../../../../src/lib/generators/load-balancer/lb-settings.ts';
import { nginxConfig } from '../../../../src/lib/generators/load-balancer/nginx.ts';
import type { ClusterProduct } from '../../../../src/lib/generators/load-balancer/lb-affinity.ts';
import type { FirewallPlan } from '../../../../src/lib/ports/firewall/plan.ts';
import {
	apiManager,
	atlas,
	esb,
	iotPlan,
	lbInput,
	privatePlacementRoles,
	syntheticPlan,
} from '../../support/load-balancer-fixtures.ts';

function text(plan: FirewallPlan, settings: Partial<LbFormValues> = {}, product?: ClusterProduct): string {
	const result = nginxConfig(lbInput(plan, settings, product));
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.text;
}

/** The body of one upstream block. */
function upstreamBody(config: string, upstream: LbUpstream): string {
	const match = new RegExp(`upstream wso2_${upstream.id.replace(/-/g, '_')} \\{\\n([^}]*)\\}`).exec(config);
	if (match === null) throw new Error(`no upstream for ${upstream.id}`);
	return match[1]!;
}

/** The server block whose server_name is exactly `host` and that listens on `port`. */
function serverBlock(config: string, host: string, port: number): string {
	const block = config
		.split(/\n(?=# |server \{)/)
		.find((part) => part.includes(`server_name ${host};`) && new RegExp(`listen ${port}\\b`).test(part));
	if (block === undefined) throw new Error(`no server for ${host} on ${port}`);
	return block;
}

describe.each([
	['the IoT pattern', iotPlan, undefined],
	['the made-up cluster as ESB', syntheticPlan, esb],
	['the made-up cluster as API Manager', syntheticPlan, apiManager],
] as const)('NGINX for %s', (_, plan, product) => {
	const model = lbModel(plan);
	const facts = affinityFactsFor(atlas.sessionAffinity, product);

	test('lists every backend port of the plan in an upstream, on every machine of its role', () => {
		const config = text(plan, {}, product);
		for (const rule of plan.outbound.filter(
			(candidate) => candidate.peer.kind === 'role' && candidate.protocol === 'tcp',
		)) {
			if (rule.peer.kind !== 'role') continue;
			for (const address of rule.peer.addresses) expect(config).toContain(`\tserver ${address}:${rule.from};`);
		}
	});

	test.each(['cookie-hash', 'ip-hash'] as const)('balances sticky upstreams only, by %s', (method) => {
		const config = text(plan, { affinityMethod: method }, product);
		const directive = (upstream: LbUpstream) => {
			const affinity = affinityOf(upstream, facts);
			if (affinity.kind !== 'sticky') return undefined;
			return method === 'ip-hash' ? 'ip_hash;' : `hash $cookie_${affinity.cookie.toLowerCase()} consistent;`;
		};
		for (const upstream of model.upstreams) {
			const body = upstreamBody(config, upstream);
			const expected = directive(upstream);
			if (expected === undefined) expect(body).not.toMatch(/hash/);
			else expect(body).toContain(`\t${expected}`);
		}
	});

	test('terminates TLS on each site’s host name, with the headers a WSO2 node needs, and the manager under its own name', () => {
		const paths = { certificatePath: '/etc/nginx/tls/cluster.crt', keyPath: '/etc/nginx/tls/cluster.key' };
		const config = text(plan, paths, product);
		const hosts = defaultHosts(model);
		for (const site of model.sites) {
			const block = serverBlock(config, hosts[site.id]!, model.listen.https);
			expect(block).toContain(`listen ${model.listen.https} ssl;`);
			expect(block).toContain(`ssl_certificate ${paths.certificatePath};`);
			expect(block).toContain(`ssl_certificate_key ${paths.keyPath};`);
			expect(block).toContain(`proxy_pass https://wso2_${site.https!.id.replace(/-/g, '_')};`);
			for (const header of ['X-Forwarded-For', 'X-Forwarded-Proto', 'X-Forwarded-Host', 'X-Forwarded-Port', 'Host'])
				expect(block).toMatch(new RegExp(`proxy_set_header ${header} \\$`));
		}
		expect(model.sites.some((site) => site.roleId === 'manager')).toBe(true);
		// Unknown host names reach no site, so the manager is only reached through its own.
		expect(config).toContain(`listen ${model.listen.https} ssl default_server;\n\tssl_reject_handshake on;`);
		expect(config).toContain(`listen ${model.listen.http} default_server;\n\treturn 444;`);
	});

	test('redirects plain HTTP by default, and serves it from the plain upstreams when asked', () => {
		const hosts = defaultHosts(model);
		const redirected = text(plan, {}, product);
		expect(redirected).toContain('return 301 https://$host$request_uri;');
		const kept = text(plan, { redirectHttp: false }, product);
		expect(kept).not.toContain('return 301');
		for (const site of model.sites) {
			const upstream = site.http ?? site.https!;
			expect(serverBlock(kept, hosts[site.id]!, model.listen.http!)).toContain(
				`proxy_pass ${upstream.scheme}://wso2_${upstream.id.replace(/-/g, '_')};`,
			);
		}
	});

	test('passes WebSocket upgrades on for the chosen sites only', () => {
		const [first, ...rest] = model.sites;
		const config = text(plan, { webSocketSites: [first!.id] }, product);
		const hosts = defaultHosts(model);
		expect(config).toContain('map $http_upgrade $wso2_connection_upgrade {');
		expect(serverBlock(config, hosts[first!.id]!, model.listen.https)).toContain(
			'proxy_set_header Connection $wso2_connection_upgrade;',
		);
		for (const site of rest) expect(serverBlock(config, hosts[site.id]!, model.listen.https)).not.toContain('Upgrade');
		expect(text(plan, {}, product)).not.toContain('map $http_upgrade');
	});
});

describe('NGINX with the manager in a private network', () => {
	test('lets only the internal networks reach the IoT manager, and no other site', () => {
		const roles = privatePlacementRoles();
		expect(roles).toContain('manager');
		const model = lbModel(iotPlan);
		const hosts = defaultHosts(model);
		const config = text(iotPlan, { privateRoles: roles, internalNetworks: '10.1.0.0/16 fd00::/8' });
		for (const site of model.sites) {
			const block = serverBlock(config, hosts[site.id]!, model.listen.https);
			if (roles.includes(site.roleId)) expect(block).toContain('allow 10.1.0.0/16;\n\tallow fd00::/8;\n\tdeny all;');
			else expect(block).not.toMatch(/allow|deny/);
		}
		expect(text(iotPlan)).not.toMatch(/\ballow\b|deny all/);
	});
});

describe('the data behind the sticky cases', () => {
	test('makes at least one upstream of the made-up cluster sticky for ESB and for API Manager', () => {
		for (const product of [esb, apiManager]) {
			const facts = affinityFactsFor(atlas.sessionAffinity, product);
			expect(lbModel(syntheticPlan).upstreams.some((upstream) => affinityOf(upstream, facts).kind === 'sticky')).toBe(
				true,
			);
		}
	});
});
