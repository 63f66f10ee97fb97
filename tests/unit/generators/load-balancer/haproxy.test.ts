import { describe, expect, test } from 'vitest';
import { haproxyConfig } from '../../../../src/lib/generators/load-balancer/haproxy.ts';
import {
	affinityFactsFor,
	affinityOf,
	type ClusterProduct,
} from '../../../../src/lib/generators/load-balancer/lb-affinity.ts';
import { lbModel, type LbUpstream } from '../../../../src/lib/generators/load-balancer/lb-model.ts';
import { defaultHosts, type LbFormValues } from '../../../../src/lib/generators/load-balancer/lb-settings.ts';
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
	const result = haproxyConfig(lbInput(plan, settings, product));
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.text;
}

const backendName = (upstream: LbUpstream) => `be_${upstream.id.replace(/-/g, '_')}`;

/** The lines of one section (frontend or backend), up to the next blank line. */
function section(config: string, header: string): string {
	const start = config.indexOf(`\n${header}\n`);
	if (start < 0) throw new Error(`no section ${header}`);
	const end = config.indexOf('\n\n', start + 1);
	return config.slice(start, end < 0 ? undefined : end);
}

describe.each([
	['the IoT pattern', iotPlan, undefined],
	['the made-up cluster as ESB', syntheticPlan, esb],
	['the made-up cluster as API Manager', syntheticPlan, apiManager],
] as const)('HAProxy for %s', (_, plan, product) => {
	const model = lbModel(plan);
	const facts = affinityFactsFor(atlas.sessionAffinity, product);

	test('has a backend per upstream, every machine in it, and a cookie only where a fact makes it sticky', () => {
		const config = text(plan, {}, product);
		for (const upstream of model.upstreams) {
			const backend = section(config, `backend ${backendName(upstream)}`);
			const sticky = affinityOf(upstream, facts).kind === 'sticky';
			expect(backend.includes('cookie SERVERID insert indirect nocache')).toBe(sticky);
			for (const server of upstream.servers) {
				const line = `server ${server.name} ${server.address}:${upstream.port}${upstream.scheme === 'https' ? ' ssl verify none' : ''} check${sticky ? ` cookie ${server.name}` : ''}`;
				expect(backend).toContain(line);
			}
		}
	});

	test('terminates TLS on the HTTPS port, redirects plain HTTP and routes by host name', () => {
		const config = text(plan, { certificatePath: '/etc/haproxy/cluster.pem' }, product);
		const frontend = section(config, 'frontend wso2_cluster');
		const hosts = defaultHosts(model);
		expect(frontend).toContain(`bind :${model.listen.https} ssl crt /etc/haproxy/cluster.pem`);
		expect(frontend).toContain(`bind :${model.listen.http}`);
		expect(frontend).toContain('http-request redirect scheme https code 301 unless { ssl_fc }');
		for (const header of ['option forwardfor', 'X-Forwarded-Proto https', 'X-Forwarded-Host', 'X-Forwarded-Port'])
			expect(frontend).toContain(header);
		for (const site of model.sites) {
			const acl = `host_${site.id.replace(/-/g, '_')}`;
			expect(frontend).toContain(`acl ${acl} req.hdr(host),field(1,:) -i ${hosts[site.id]}`);
			expect(frontend).toContain(`use_backend ${backendName(site.https!)} if ${acl} { ssl_fc }`);
		}
		expect(frontend).toMatch(/http-request deny deny_status 404 unless host_\w+( \|\| host_\w+)*\n/);
	});

	test('serves plain HTTP from the plain backends when the redirect is off', () => {
		const frontend = section(text(plan, { redirectHttp: false }, product), 'frontend wso2_cluster');
		expect(frontend).not.toContain('redirect');
		for (const site of model.sites)
			expect(frontend).toContain(
				`use_backend ${backendName(site.http ?? site.https!)} if host_${site.id.replace(/-/g, '_')} !{ ssl_fc }`,
			);
	});
});

describe('HAProxy with the manager in a private network', () => {
	test('refuses the private roles’ host names to any source outside the internal networks', () => {
		const roles = privatePlacementRoles();
		const model = lbModel(iotPlan);
		const frontend = section(
			text(iotPlan, { privateRoles: roles, internalNetworks: '10.1.0.0/16' }),
			'frontend wso2_cluster',
		);
		expect(frontend).toContain('acl from_internal src 10.1.0.0/16');
		for (const site of model.sites) {
			const rule = `http-request deny deny_status 403 if host_${site.id.replace(/-/g, '_')} !from_internal`;
			expect(frontend.includes(rule)).toBe(roles.includes(site.roleId));
		}
		expect(text(iotPlan)).not.toContain('from_internal');
	});
});
