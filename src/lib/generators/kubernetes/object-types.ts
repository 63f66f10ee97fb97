/** The shapes of the Kubernetes objects the generator writes: plain data, checked against the API schema in the unit tests. */

export type Labels = Record<string, string>;

export interface NetworkPolicyPeer {
	podSelector?: { matchLabels: Labels };
	namespaceSelector?: { matchLabels: Labels };
	ipBlock?: { cidr: string };
}

export interface NetworkPolicyPort {
	protocol: 'TCP' | 'UDP';
	port: number;
	endPort?: number;
}

export interface NetworkPolicyIngressRule {
	from?: NetworkPolicyPeer[];
	ports: NetworkPolicyPort[];
}

export interface NetworkPolicyEgressRule {
	to?: NetworkPolicyPeer[];
	ports: NetworkPolicyPort[];
}

export interface Metadata {
	name: string;
	namespace: string;
	labels: Labels;
	annotations?: Labels;
}

export interface NetworkPolicyObject {
	apiVersion: 'networking.k8s.io/v1';
	kind: 'NetworkPolicy';
	metadata: Metadata;
	spec: {
		podSelector: { matchLabels: Labels };
		policyTypes: ['Ingress', 'Egress'];
		ingress: NetworkPolicyIngressRule[];
		egress: NetworkPolicyEgressRule[];
	};
}

export interface ServicePort {
	name: string;
	protocol: 'TCP' | 'UDP';
	port: number;
	targetPort: number;
}

export interface ServiceObject {
	apiVersion: 'v1';
	kind: 'Service';
	metadata: Metadata;
	spec: { type: 'ClusterIP'; selector: Labels; ports: ServicePort[] };
}

export interface IngressObject {
	apiVersion: 'networking.k8s.io/v1';
	kind: 'Ingress';
	metadata: Metadata;
	spec: {
		ingressClassName: string;
		tls: { hosts: string[]; secretName: string }[];
		rules: {
			host: string;
			http: {
				paths: {
					path: '/';
					pathType: 'Prefix';
					backend: { service: { name: string; port: { number: number } } };
				}[];
			};
		}[];
	};
}

export type KubernetesObject = NetworkPolicyObject | ServiceObject | IngressObject;
