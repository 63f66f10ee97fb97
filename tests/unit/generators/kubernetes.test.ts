import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { Service } from 'kubernetes-models/v1';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { kubernetesManifests } from '../../../src/lib/generators/kubernetes/manifests.ts';
import type {
	IngressObject,
	KubernetesObject,
	NetworkPolicyObject,
	NetworkPolicyPort,
	ServiceObject,
} from '../../../src/lib/generators/kubernetes/object-types.ts';
import type { KubernetesSettings } from '../../../src/lib/generators/kubernetes/settings.ts';
import type { FirewallPlan, PlannedRule } from '../../../src/lib/ports/firewall/plan.ts';
import { plans } from '../support/firewall-plans.ts';
import { syntheticPlans } from '../support/synthetic-cluster.ts';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { planOf, productOutputCluster } from '../../../src/lib/generators/output-clusters.ts';
import { affinityOf } from '../../../src/lib/generators/load-balancer/lb-affinity.ts';
import { roleOutputs } from '../../../src/lib/generators/role-outputs.ts';
import { clusterProducts } from '../../../src/lib/patterns/product-cluster.ts';

const atlas = loadDataSet(rawDataSet);

const allPlans = [...plans, ...syntheticPlans];

/** The objects of a generated file, read back from its YAML as a reader's kubectl would. */
function objectsOf(plan: FirewallPlan, settings: Partial<KubernetesSettings> = {}): KubernetesObject[] {
	const result = kubernetesManifests(plan, settings);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	const documents = parseAllDocuments(result.text);
	if (!Array.isArray(documents)) throw new Error('not a YAML stream');
	for (const document of documents) expect(document.errors).toEqual([]);
	return documents.map((document) => document.toJS() as KubernetesObject);
}

/** The kubernetes-models class for a kind; its validate() throws on anything the API schema refuses. */
function validate(object: KubernetesObject): void {
	switch (object.kind) {
		case 'NetworkPolicy':
			new NetworkPolicy(object).validate();
			break;
		case 'Service':
			new Service(object).validate();
			break;
		case 'Ingress':
			new Ingress(object).validate();
			break;
		default:
			throw new Error(`unexpected kind ${(object as { kind: string }).kind}`);
	}
}

const isLoadBalancer = (plan: FirewallPlan) => plan.role.kind === 'load-balancer';
const policyOf = (objects: KubernetesObject[]) =>
	objects.filter((object): object is NetworkPolicyObject => object.kind === 'NetworkPolicy');
const serviceOf = (objects: KubernetesObject[]) =>
	objects.find((object): object is ServiceObject => object.kind === 'Service');
const ingressesOf = (objects: KubernetesObject[]) =>
	objects.filter((object): object is IngressObject => object.kind === 'Ingress');

const planPort = (rule: PlannedRule) => `${rule.protocol.toUpperCase()} ${rule.from}-${rule.to}`;
const policyPort = (port: NetworkPolicyPort) => `${port.protocol} ${port.port}-${port.endPort ?? port.port}`;
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/;

describe('every generated object passes the Kubernetes API schema (kubernetes-models)', () => {
	test('and the schema refuses a broken object, so the check can fail', () => {
		const [policy] = policyOf(objectsOf(plans[1]![1]));
		const broken = structuredClone(policy!);
		// port may be a named port, but endPort must be a number.
		(broken.spec.ingress[0]!.ports[0] as unknown as { endPort: string }).endPort = 'not a number';
		expect(() => validate(broken)).toThrow();
	});
	for (const [name, plan] of allPlans) {
		test(name, () => {
			const objects = objectsOf(plan);
			expect(objects.length).toBeGreaterThan(0);
			for (const object of objects) {
				validate(object);
				// What the schema does not check: names, namespace and port numbers.
				expect(object.metadata.name).toMatch(/^[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/);
				expect(object.metadata.namespace).toMatch(DNS1123_LABEL);
			}
			const service = serviceOf(objects);
			for (const port of service?.spec.ports ?? []) {
				expect(port.name).toMatch(DNS1035_LABEL);
				expect(port.name.length).toBeLessThanOrEqual(15);
				expect(port.port).toBeGreaterThanOrEqual(1);
				expect(port.port).toBeLessThanOrEqual(65535);
			}
			const names = service?.spec.ports.map((port) => port.name) ?? [];
			expect(new Set(names).size).toBe(names.length);
			if (service !== undefined) expect(service.metadata.name).toMatch(DNS1035_LABEL);
		});
	}
});

describe('the NetworkPolicy allows exactly the flows of the plan', () => {
	for (const [name, plan] of allPlans.filter(([, candidate]) => !isLoadBalancer(candidate))) {
		test(name, () => {
			const [policy, ...others] = policyOf(objectsOf(plan));
			expect(others).toEqual([]);
			const ingress = policy!.spec.ingress.flatMap((rule) => rule.ports.map(policyPort));
			expect(sorted(ingress)).toEqual(sorted(plan.inbound.map(planPort)));
			const egress = policy!.spec.egress.flatMap((rule) => rule.ports.map(policyPort));
			expect(sorted(egress)).toEqual(sorted([...plan.outbound.map(planPort), 'UDP 53-53', 'TCP 53-53']));
			expect(policy!.spec.podSelector.matchLabels['app.kubernetes.io/component']).toBe(plan.role.id);
		});
	}

	test('peers: pods of a role by label, the load balancer as the ingress namespace, clients from anywhere', () => {
		const plan = syntheticPlans.find(([name]) => name === 'synthetic worker')![1];
		const [policy] = policyOf(objectsOf(plan, { ingressNamespace: 'edge' }));
		const from = (port: number) => policy!.spec.ingress.find((rule) => rule.ports[0]!.port === port)?.from;
		expect(from(8243)).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'edge' } } }]);
		expect(from(4000)).toEqual(
			['manager', 'worker'].map((role) => ({
				podSelector: {
					matchLabels: { 'app.kubernetes.io/component': role, 'app.kubernetes.io/part-of': 'wso2-cluster' },
				},
			})),
		);
		const manager = syntheticPlans.find(([name]) => name === 'synthetic manager')![1];
		const [managerPolicy] = policyOf(objectsOf(manager));
		const console = managerPolicy!.spec.ingress.find((rule) => rule.ports[0]!.port === 9443);
		expect(console).toEqual({ ports: [{ protocol: 'TCP', port: 9443 }] });
		const range = managerPolicy!.spec.ingress.find((rule) => rule.ports[0]!.port === 7611);
		expect(range?.ports).toEqual([{ protocol: 'TCP', port: 7611, endPort: 7612 }]);
	});

	test('egress: address blocks of an endpoint, 0.0.0.0/0 with a comment when it has none, DNS to kube-dns', () => {
		const worker = syntheticPlans.find(([name]) => name === 'synthetic worker')![1];
		const [policy] = policyOf(objectsOf(worker));
		expect(policy!.spec.egress.find((rule) => rule.ports[0]!.port === 443)?.to).toEqual([
			{ ipBlock: { cidr: '198.51.100.0/24' } },
		]);
		expect(policy!.spec.egress.at(-1)).toEqual({
			to: [
				{
					namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
					podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
				},
			],
			ports: [
				{ protocol: 'UDP', port: 53 },
				{ protocol: 'TCP', port: 53 },
			],
		});
		const manager = syntheticPlans.find(([name]) => name === 'synthetic manager')![1];
		const [managerPolicy] = policyOf(objectsOf(manager));
		expect(managerPolicy!.spec.egress.find((rule) => rule.ports[0]!.port === 587)?.to).toEqual([
			{ ipBlock: { cidr: '0.0.0.0/0' } },
		]);
		const text = kubernetesManifests(manager);
		expect(text.ok && text.text).toMatch(/# SMTP has no address blocks in the data: any address on this port\./);
	});
});

describe('Services and Ingresses', () => {
	test('a Service per role that listens, on every port it serves', () => {
		for (const [, plan] of allPlans.filter(([, candidate]) => !isLoadBalancer(candidate))) {
			const service = serviceOf(objectsOf(plan));
			const served = plan.inbound.flatMap((rule) =>
				Array.from(
					{ length: rule.to - rule.from + 1 },
					(_, index) => `${rule.protocol.toUpperCase()} ${rule.from + index}`,
				),
			);
			expect(sorted(service?.spec.ports.map((port) => `${port.protocol} ${port.port}`) ?? [])).toEqual(sorted(served));
			if (service !== undefined) expect(service.spec.type).toBe('ClusterIP');
		}
	});

	test('a range wider than a Service should list is left out of the Service with a comment, kept in the policy', () => {
		const [, plan] = syntheticPlans.find(([name]) => name === 'synthetic manager')!;
		const [first] = plan.inbound;
		const wide: FirewallPlan = { ...plan, inbound: [{ ...first!, ruleId: 'wide-range', from: 10000, to: 10100 }] };
		const objects = objectsOf(wide);
		expect(serviceOf(objects)).toBeUndefined();
		expect(policyOf(objects)[0]!.spec.ingress[0]!.ports).toEqual([{ protocol: 'TCP', port: 10000, endPort: 10100 }]);
		const withOthers = objectsOf({ ...plan, inbound: [...plan.inbound, ...wide.inbound] });
		expect(serviceOf(withOthers)!.spec.ports.map((port) => port.port)).not.toContain(10000);
		const text = kubernetesManifests({ ...plan, inbound: [...plan.inbound, ...wide.inbound] });
		expect(text.ok && text.text).toContain('# wide-range: 10000-10100 is wider than 64 ports');
	});

	test('the load balancer becomes Ingresses, one per flow it forwards, to a port the target Service has', () => {
		for (const group of [plans, syntheticPlans]) {
			const loadBalancer = group.find(([, plan]) => isLoadBalancer(plan))![1];
			const objects = objectsOf(loadBalancer);
			expect(policyOf(objects)).toEqual([]);
			const ingresses = ingressesOf(objects);
			const forwarded = loadBalancer.outbound.filter((rule) => rule.peer.kind === 'role' && rule.protocol === 'tcp');
			expect(ingresses.map((ingress) => ingress.metadata.name)).toEqual(forwarded.map((rule) => rule.ruleId));
			for (const ingress of ingresses) {
				const backend = ingress.spec.rules[0]!.http.paths[0]!.backend.service;
				const target = group.find(([, plan]) => plan.role.id === backend.name)![1];
				const ports = serviceOf(objectsOf(target))!.spec.ports.map((port) => port.port);
				expect(ports).toContain(backend.port.number);
				expect(ingress.spec.ingressClassName).toBe('nginx');
			}
		}
	});

	test('host names, the ingress class and cookie affinity come from the settings', () => {
		const loadBalancer = syntheticPlans.find(([name]) => name === 'synthetic load-balancer')![1];
		const ingresses = ingressesOf(
			objectsOf(loadBalancer, {
				hosts: { 'worker-https-8243': 'esb.example.org' },
				domain: 'corp.example',
				ingressClassName: 'haproxy',
				affinity: { 'worker-https-8243': { cookie: 'route' } },
			}),
		);
		const https = ingresses.find((ingress) => ingress.metadata.name === 'worker-https-8243')!;
		expect(https.spec.rules[0]!.host).toBe('esb.example.org');
		expect(https.spec.tls).toEqual([{ hosts: ['esb.example.org'], secretName: 'worker-https-8243-tls' }]);
		expect(https.metadata.annotations).toEqual({
			'nginx.ingress.kubernetes.io/backend-protocol': 'HTTPS',
			'nginx.ingress.kubernetes.io/affinity': 'cookie',
			'nginx.ingress.kubernetes.io/session-cookie-name': 'route',
		});
		const http = ingresses.find((ingress) => ingress.metadata.name === 'worker-http-8280')!;
		expect(http.spec.rules[0]!.host).toBe('worker-http-8280.corp.example');
		expect(http.spec.ingressClassName).toBe('haproxy');
		// Affinity is per flow: the plain-HTTP Ingress of the same role gets none, and no backend TLS either.
		expect(http.metadata.annotations ?? {}).toEqual({});
	});

	test('a product cluster’s Ingress is sticky exactly where a session-affinity fact says so', () => {
		const facts = atlas.sessionAffinity;
		for (const product of clusterProducts(atlas)) {
			const cluster = productOutputCluster(atlas, product.id);
			const plan = planOf(cluster, 'load-balancer');
			const output = roleOutputs.find((candidate) => candidate.id === 'kubernetes')!;
			const result = output.generate(plan, cluster.context, {});
			if (!result.ok) throw new Error(JSON.stringify(result.problems));
			const ingresses = parseAllDocuments(result.text)
				.map(
					(document) =>
						document.toJSON() as { kind: string; metadata: { name: string; annotations?: Record<string, string> } },
				)
				.filter((object) => object.kind === 'Ingress');
			for (const ingress of ingresses) {
				const rule = plan.outbound.find((candidate) => candidate.ruleId === ingress.metadata.name)!;
				const sticky =
					affinityOf(
						{ roleId: rule.peer.kind === 'role' ? rule.peer.roleId : '', port: rule.from },
						facts.filter((fact) => fact.product === product.id),
					).kind === 'sticky';
				expect(ingress.metadata.annotations?.['nginx.ingress.kubernetes.io/affinity'], ingress.metadata.name).toBe(
					sticky ? 'cookie' : undefined,
				);
				if (sticky)
					expect(ingress.metadata.annotations?.['nginx.ingress.kubernetes.io/session-cookie-name']).not.toBe(
						'JSESSIONID',
					);
			}
		}
		// At least one product cluster has a sticky flow, so the loop above checks both answers.
		expect(
			facts.some((fact) => fact.affinity === 'sticky' && clusterProducts(atlas).some((p) => p.id === fact.product)),
		).toBe(true);
	});

	test('without affinity settings, no Ingress carries affinity annotations', () => {
		const loadBalancer = plans.find(([, plan]) => isLoadBalancer(plan))![1];
		for (const ingress of ingressesOf(objectsOf(loadBalancer))) {
			expect(Object.keys(ingress.metadata.annotations ?? {})).not.toContain('nginx.ingress.kubernetes.io/affinity');
		}
	});
});

describe('the YAML file', () => {
	test('opens with a header saying what it is and that it comes from the data, and names no product itself', () => {
		for (const [, plan] of syntheticPlans) {
			const result = kubernetesManifests(plan, { title: 'an ESB cluster' });
			expect(result.ok).toBe(true);
			if (!result.ok) continue;
			const [first, second] = result.text.split('\n');
			expect(first).toBe(
				`# Cluster Atlas: Kubernetes manifests for the ${plan.role.name} (role ${plan.role.id}) of an ESB cluster.`,
			);
			expect(second).toMatch(/^# Generated from the data/);
			expect(result.text).not.toMatch(/iot/i);
		}
	});

	test('names each rule’s port rule and condition in a comment above it', () => {
		const plan = plans.find(([name]) => name === 'worker')![1];
		const result = kubernetesManifests(plan);
		for (const rule of [...plan.inbound, ...plan.outbound]) {
			expect(result.ok && result.text).toContain(`# ${rule.ruleId}: `);
		}
		const conditional = plan.inbound.find((rule) => rule.condition !== undefined)!;
		expect(result.ok && result.text).toContain('# Conditional: ');
		expect(conditional).toBeDefined();
	});
});

describe('settings are checked before anything is written', () => {
	const plan = syntheticPlans.find(([name]) => name === 'synthetic load-balancer')![1];
	const hostile = ['wso2;rm', 'a}b', 'line\nbreak', '$(id)', "it's", 'say"hi"', '`id`', ''];
	const fields: [string, (value: string) => Partial<KubernetesSettings>][] = [
		['namespace', (value) => ({ namespace: value })],
		['partOf', (value) => ({ partOf: value })],
		['roleLabel', (value) => ({ roleLabel: value })],
		['ingressNamespace', (value) => ({ ingressNamespace: value })],
		['ingressClassName', (value) => ({ ingressClassName: value })],
		['domain', (value) => ({ domain: value })],
		['hosts.worker-https-8243', (value) => ({ hosts: { 'worker-https-8243': value } })],
		['affinity.worker-https-8243.cookie', (value) => ({ affinity: { 'worker-https-8243': { cookie: value } } })],
		['title', (value) => ({ title: value })],
	];
	for (const [field, settings] of fields) {
		test(field, () => {
			for (const value of hostile) {
				const result = kubernetesManifests(plan, settings(value));
				expect(result).toEqual({ ok: false, errors: [{ field, message: expect.any(String) }] });
				expect(result).not.toHaveProperty('text');
			}
		});
	}

	test('upper case, over-long and dotted values are refused where Kubernetes refuses them', () => {
		expect(kubernetesManifests(plan, { namespace: 'Wso2' }).ok).toBe(false);
		expect(kubernetesManifests(plan, { namespace: 'a'.repeat(64) }).ok).toBe(false);
		expect(kubernetesManifests(plan, { namespace: 'a.b' }).ok).toBe(false);
		expect(kubernetesManifests(plan, { hosts: { x: 'Esb.example.org' } }).ok).toBe(false);
		expect(kubernetesManifests(plan, { roleLabel: 'a/b/c' }).ok).toBe(false);
	});

	test('every refused field is reported at once', () => {
		const result = kubernetesManifests(plan, { namespace: 'x;y', domain: 'a b' });
		expect(!result.ok && result.errors.map((error) => error.field)).toEqual(['namespace', 'domain']);
		expect(!result.ok && result.errors[0]!.message).toContain('";"');
	});

	test('valid settings are used as given', () => {
		const result = kubernetesManifests(plan, {
			namespace: 'esb-prod',
			partOf: 'esb',
			roleLabel: 'example.org/role',
			hosts: { 'worker-http-8280': 'esb.example.org' },
		});
		expect(result.ok).toBe(true);
		expect(result.ok && result.text).toContain('namespace: esb-prod');
		expect(result.ok && result.text).toContain('example.org/role: load-balancer');
		expect(result.ok && result.text).toContain('host: esb.example.org');
	});
});
