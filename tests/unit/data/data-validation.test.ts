import { describe, expect, test } from 'vitest';
import { loadDataSet, validateDataSet } from '../../../src/data/load.ts';
import { DataValidationError, formatProblem } from '../../../src/data/problem.ts';
import type { PortInput } from '../../../src/schemas/port.ts';
import { firstRecord, recordById, validDataSet } from '../fixtures/data-set.ts';

/** Runs the loader and returns its problems as the one-line messages the build prints. */
function messagesFor(mutate: (data: ReturnType<typeof validDataSet>) => void): string[] {
	const data = validDataSet();
	mutate(data);
	return validateDataSet(data).problems.map(formatProblem);
}

const BPS = 'content/products/business-process-server.ts › business-process-server';
const PORTS = 'content/ports.ts';
const PATTERN = 'content/separation-patterns.ts › worker-manager';
const IOT_PATTERN = 'content/deployment-patterns/iot-server-ha.ts › iot-server-ha';

/** A list field of the IoT Server pattern, typed loosely so a test can corrupt its entries. */
function patternList(data: ReturnType<typeof validDataSet>, field: string): Record<string, unknown>[] {
	return firstRecord(data, 'deploymentPatterns')[field] as Record<string, unknown>[];
}
const CORE_PORTS = 'content/core-profile-ports.ts';

describe('the shipped data set', () => {
	test('has no problems', () => {
		expect(validateDataSet(validDataSet()).problems).toEqual([]);
	});
});

describe('each class of bad data is reported with file, record id, field and reason', () => {
	test.each([
		[
			'an invalid version string',
			(data) => {
				(recordById(data, 'products', 'business-process-server').versions as { version: string }[])[2]!.version = '3.5';
			},
			`${BPS} › versions.2.version: is not a version of the form MAJOR.MINOR.PATCH, e.g. "4.9.0" [schema]`,
		],
		[
			'versions out of version order (1.10.0 listed before 1.9.1)',
			(data) => {
				const versions = recordById(data, 'products', 'api-manager').versions as { version: string }[];
				versions[5]!.version = '1.10.0';
				versions[6]!.version = '1.9.1';
			},
			'content/products/api-manager.ts › api-manager › versions.6.version: 1.9.1 is older than 1.10.0 before it; list versions oldest first [versions-ordered]',
		],
		[
			'a repeated version',
			(data) => {
				(recordById(data, 'products', 'business-process-server').versions as { version: string }[])[1]!.version =
					'3.1.0';
			},
			`${BPS} › versions.1.version: repeats version 3.1.0 [versions-ordered]`,
		],
		[
			'a misspelt field',
			(data) => {
				recordById(data, 'products', 'business-process-server').summry = 'typo';
			},
			`${BPS} › summry: is not a field of this record [schema]`,
		],
		[
			'a missing required field',
			(data) => {
				delete recordById(data, 'products', 'business-process-server').summary;
			},
			`${BPS} › summary: Invalid input: expected string, received undefined [schema]`,
		],
		[
			'a record with no sources',
			(data) => {
				recordById(data, 'products', 'business-process-server').sources = [];
			},
			`${BPS} › sources: needs at least one source [schema]`,
		],
		[
			'a citation of an unknown source',
			(data) => {
				recordById(data, 'products', 'business-process-server').sources = ['no-such-source'];
			},
			`${BPS} › sources.0: cites unknown source "no-such-source" [sources-resolve]`,
		],
		[
			'an unknown separation mode',
			(data) => {
				recordById(data, 'products', 'business-process-server').separationMode = 'sometimes';
			},
			`${BPS} › separationMode: names unknown separation mode "sometimes" [product-modes-known]`,
		],
		[
			'a duplicate id',
			(data) => {
				recordById(data, 'ports', 'load-balancer-https-443').id = 'load-balancer-http-80';
			},
			`${PORTS} › load-balancer-http-80 › id: duplicates the port id already used in ${PORTS} [ids-unique]`,
		],
		[
			'a diff resolution that does not replay to the seed token',
			(data) => {
				(recordById(data, 'products', 'business-process-server').diffResolutions as { earlier: string }[])[0]!.earlier =
					'3.4.0';
			},
			`${BPS} › diffResolutions.0.shown: overlaying 3.4.0 and 3.6.0 gives "3.46.0", not "3.56.0" [diff-resolutions-replay]`,
		],
		[
			'a port number out of range',
			(data) => {
				recordById(data, 'ports', 'load-balancer-http-80').port = 70000;
			},
			`${PORTS} › load-balancer-http-80 › port: must be between 1 and 65535 [schema]`,
		],
		[
			'a port range that ends before it starts',
			(data) => {
				recordById(data, 'ports', 'fcm-device-5229-5230').port = { from: 5230, to: 5229 };
			},
			`${PORTS} › fcm-device-5229-5230 › port.to: the range must not end before it starts (from <= to) [schema]`,
		],
		[
			'two port rules for the same port, protocol, direction, role and destination',
			(data) => {
				recordById(data, 'ports', 'load-balancer-http-80').port = 443;
			},
			`${PORTS} › load-balancer-https-443 › port: overlaps port rule "load-balancer-http-80" (same protocol, direction, role and destination) [ports-distinct]`,
		],
		[
			'a port naming an unknown role',
			(data) => {
				recordById(data, 'ports', 'load-balancer-http-80').role = 'gateway';
			},
			`${PORTS} › load-balancer-http-80 › role: names unknown node role "gateway" [port-references]`,
		],
		[
			'a derived port without its derivation',
			(data) => {
				delete recordById(data, 'ports', 'apns-provider-2195').derivation;
			},
			`${PORTS} › apns-provider-2195 › derivation: a derived port must say how it was derived [schema]`,
		],
		[
			'a source nobody cites',
			(data) => {
				data.sources[0]!.records = [
					...data.sources[0]!.records,
					{ id: 'orphan', title: 'Orphan', publisher: 'third-party' },
				];
			},
			'content/sources-wso2-docs.ts › orphan › id: is cited by no record [sources-resolve]',
		],
		[
			'a one-record file whose id differs from its file name',
			(data) => {
				const pattern = firstRecord(data, 'deploymentPatterns');
				pattern.id = 'iot-ha';
			},
			'content/deployment-patterns/iot-server-ha.ts › iot-ha › id: must match the file name (expected iot-ha.ts) [file-named-after-id]',
		],
		[
			'a pattern naming an unknown role',
			(data) => {
				(firstRecord(data, 'deploymentPatterns').tiers as { role: string }[])[0]!.role = 'gateway';
			},
			'content/deployment-patterns/iot-server-ha.ts › iot-server-ha › tiers.0.role: names unknown node role "gateway" [pattern-roles-known]',
		],
		[
			'a separation pattern benefit citing an unknown source',
			(data) => {
				(recordById(data, 'separationPatterns', 'worker-manager').benefits as { sources: string[] }[])[0]!.sources = [
					'nowhere',
				];
			},
			`${PATTERN} › benefits.0.sources.0: cites unknown source "nowhere" [sources-resolve]`,
		],
		[
			'two roles with the same id in a separation pattern',
			(data) => {
				(recordById(data, 'separationPatterns', 'worker-manager').roles as { id: string }[])[1]!.id = 'manager';
			},
			`${PATTERN} › roles.1.id: repeats role id "manager" [list-ids-unique]`,
		],
		[
			'a separation pattern with a single role',
			(data) => {
				const pattern = recordById(data, 'separationPatterns', 'worker-manager');
				pattern.roles = (pattern.roles as unknown[]).slice(0, 1);
			},
			`${PATTERN} › roles: needs at least two roles to separate [schema]`,
		],
		[
			'a separation role with an unknown access mode',
			(data) => {
				(recordById(data, 'separationPatterns', 'worker-manager').roles as { access: string }[])[1]!.access =
					'write-only';
			},
			`${PATTERN} › roles.1.access: Invalid option: expected one of "read-write"|"read-only" [schema]`,
		],
		[
			'a pattern connection from an unknown role',
			(data) => {
				patternList(data, 'connections')[0]!.from = 'gateway';
			},
			`${IOT_PATTERN} › connections.0.from: names unknown node role "gateway" [pattern-links-resolve]`,
		],
		[
			'a pattern connection limited to an unknown placement',
			(data) => {
				patternList(data, 'connections')[1]!.placements = ['on-premises'];
			},
			`${IOT_PATTERN} › connections.1.placements.0: names unknown manager placement "on-premises" [pattern-links-resolve]`,
		],
		[
			'a derived pattern connection without its derivation',
			(data) => {
				delete patternList(data, 'connections')[2]!.derivation;
			},
			`${IOT_PATTERN} › connections.2.derivation: a derived connection must say how it was derived [schema]`,
		],
		[
			'a pattern connection citing an unknown source',
			(data) => {
				patternList(data, 'connections')[0]!.sources = ['nowhere'];
			},
			`${IOT_PATTERN} › connections.0.sources.0: cites unknown source "nowhere" [sources-resolve]`,
		],
		[
			'two pattern connections with one id',
			(data) => {
				const connections = patternList(data, 'connections');
				connections[1]!.id = connections[0]!.id;
			},
			`${IOT_PATTERN} › connections.1.id: repeats connection id "administrator-to-manager" [list-ids-unique]`,
		],
		[
			'a way of delivering operations that needs an unknown endpoint',
			(data) => {
				patternList(data, 'operationDelivery')[0]!.needs = ['sms'];
			},
			`${IOT_PATTERN} › operationDelivery.0.needs.0: names unknown external endpoint "sms" [pattern-links-resolve]`,
		],
		[
			'a private network holding an unknown role',
			(data) => {
				patternList(data, 'managerPlacements')[0]!.privateNetwork = ['vpn'];
			},
			`${IOT_PATTERN} › managerPlacements.0.privateNetwork.0: names unknown node role "vpn" [pattern-links-resolve]`,
		],
		[
			'a pattern client that is not a client',
			(data) => {
				firstRecord(data, 'deploymentPatterns').clients = ['worker'];
			},
			`${IOT_PATTERN} › clients.0: "worker" is not a node role of kind client [pattern-links-resolve]`,
		],
		[
			'a manager role that is not a product node',
			(data) => {
				firstRecord(data, 'deploymentPatterns').managerRole = 'database';
			},
			`${IOT_PATTERN} › managerRole: "database" is not a node role of kind wso2-node [pattern-links-resolve]`,
		],
		[
			'a derived profile mapping without its derivation',
			(data) => {
				delete (patternList(data, 'tiers')[0]!.profile as Record<string, unknown>).derivation;
			},
			`${IOT_PATTERN} › tiers.0.profile.derivation: a derived profile mapping must say how it was derived [schema]`,
		],
		[
			'two datasources of one product with the same name',
			(data) => {
				recordById(data, 'datasources', 'wso2am-db').name = 'WSO2_CARBON_DB';
			},
			'content/datasources.ts › wso2am-db › name: repeats datasource WSO2_CARBON_DB of IoT Server [datasource-names-unique]',
		],
		[
			'a datasource defined in something that is not a file name',
			(data) => {
				recordById(data, 'datasources', 'dm-ds').configFile = 'conf/datasources/cdm-datasources.xml';
			},
			'content/datasources.ts › dm-ds › configFile: must be a file name such as "master-datasources.xml" [schema]',
		],
		[
			'a port source list naming an unknown role',
			(data) => {
				recordById(data, 'ports', 'worker-https-9444').source = ['load-balancer', 'gateway'];
			},
			`${CORE_PORTS} › worker-https-9444 › source.1: names unknown role or endpoint "gateway" [port-references]`,
		],
		[
			'an inbound rule whose destination is not its role',
			(data) => {
				recordById(data, 'ports', 'worker-https-9444').destination = 'manager';
			},
			`${CORE_PORTS} › worker-https-9444 › destination: is "manager", but inbound traffic must end at its role "worker" [port-direction-matches-role]`,
		],
		[
			'an outbound rule that starts somewhere other than its role',
			(data) => {
				recordById(data, 'ports', 'apns-device-5223').source = ['device', 'manager'];
			},
			`${PORTS} › apns-device-5223 › source: must be only its role "device" for outbound traffic [port-direction-matches-role]`,
		],
		[
			'a profile port that is not its default plus the offset',
			(data) => {
				recordById(data, 'ports', 'worker-http-9764').port = 9763;
			},
			`${CORE_PORTS} › worker-http-9764 › port: must be 9764 (9763 plus the device-manager-backend offset 1) [carbon-listeners-add-up]`,
		],
		[
			'a port the offset does not move, written as if it did',
			(data) => {
				recordById(data, 'ports', 'key-manager-hazelcast-4000').port = 4004;
			},
			`${CORE_PORTS} › key-manager-hazelcast-4000 › port: must be 4000 (4000, which the offset does not move) [carbon-listeners-add-up]`,
		],
		[
			'a profile port naming an unknown profile',
			(data) => {
				(recordById(data, 'ports', 'manager-https-9443').carbonListener as { profile: string }).profile = 'gateway';
			},
			`${CORE_PORTS} › manager-https-9443 › carbonListener.profile: names unknown IoT profile "gateway" [carbon-listeners-add-up]`,
		],
		[
			'one profile placed on two node roles',
			(data) => {
				const port = recordById(data, 'ports', 'manager-http-9763');
				port.role = 'worker';
				port.destination = 'worker';
			},
			`${CORE_PORTS} › manager-http-9763 › role: is "worker", but "manager-https-9443" puts profile device-manager on "manager" [carbon-listeners-add-up]`,
		],
		[
			'a historical port whose replacement does not exist',
			(data) => {
				(recordById(data, 'ports', 'apns-provider-2195').status as { replacementIds: string[] }).replacementIds = [
					'apns-provider-9999',
				];
			},
			`${PORTS} › apns-provider-2195 › status.replacementIds.0: names unknown port rule "apns-provider-9999" [port-replacements-resolve]`,
		],
		[
			'a historical port replaced by another historical port',
			(data) => {
				(recordById(data, 'ports', 'apns-provider-2195').status as { replacementIds: string[] }).replacementIds = [
					'apns-feedback-2196',
				];
			},
			`${PORTS} › apns-provider-2195 › status.replacementIds.0: names "apns-feedback-2196", which is itself historical [port-replacements-resolve]`,
		],
	] satisfies [string, (data: ReturnType<typeof validDataSet>) => void, string][])('%s', (_name, mutate, expected) => {
		expect(messagesFor(mutate)).toEqual([expected]);
	});
});

describe('profile offsets and the ports computed from them', () => {
	test('changing a profile offset flags every port of that profile that the offset moves', () => {
		const messages = messagesFor((data) => {
			recordById(data, 'iotProfiles', 'broker').offset = 5;
		});
		// Every broker port the offset moves, read from the data, so a new broker port is covered too.
		const moved = validDataSet()
			.ports.flatMap((module) => module.records as PortInput[])
			.filter((port) => port.carbonListener?.profile === 'broker' && port.carbonListener.offsetApplies);
		expect(moved.length).toBeGreaterThan(0);
		expect(messages).toEqual(
			moved.map((port) => expect.stringContaining(`content/analytics-broker-ports.ts › ${port.id} › port: must be `)),
		);
	});

	// A record that fails its schema is left out, so records pointing at it are reported too;
	// these cases check that the schema problem itself is among the messages.
	test('a negative profile offset is reported on the profile', () => {
		const messages = messagesFor((data) => {
			recordById(data, 'iotProfiles', 'key-manager').offset = -1;
		});
		expect(messages).toContain('content/iot-profiles.ts › key-manager › offset: must be 0 or more [schema]');
	});

	test('an address block that is not CIDR is reported on the endpoint', () => {
		const messages = messagesFor((data) => {
			recordById(data, 'externalEndpoints', 'apns').narrowAddressBlocks = ['17.249.0.0'];
		});
		expect(messages).toContain(
			'content/external-endpoints.ts › apns › narrowAddressBlocks.0: must be an IPv4 block in CIDR notation, e.g. "17.0.0.0/8" [schema]',
		);
	});

	test('a single source id is read as a list of one', () => {
		const data = validDataSet();
		recordById(data, 'ports', 'worker-hazelcast-4000').source = 'worker';
		const port = loadDataSet(data).ports.find(({ id }) => id === 'worker-hazelcast-4000');
		expect(port?.source).toEqual(['worker']);
	});
});

describe('loadDataSet', () => {
	test('returns the parsed data when the set is valid', () => {
		const data = loadDataSet(validDataSet());
		expect(data.products.map((product) => product.id)).toContain('api-manager');
	});

	test('throws one error that lists every problem, one line each', () => {
		const data = validDataSet();
		recordById(data, 'ports', 'load-balancer-http-80').port = 0;
		recordById(data, 'products', 'task-server').separationMode = 'maybe';
		expect(() => loadDataSet(data)).toThrow(DataValidationError);
		expect(() => loadDataSet(data)).toThrow(
			[
				'Cluster Atlas data is invalid (2 problems):',
				`  - ${PORTS} › load-balancer-http-80 › port: must be between 1 and 65535 [schema]`,
				'  - content/products/task-server.ts › task-server › separationMode: names unknown separation mode "maybe" [product-modes-known]',
			].join('\n'),
		);
	});
});

describe('bad configuration facts are reported precisely', () => {
	const CLUSTER = 'content/separation-config-cluster.ts';
	const SHARING = 'content/separation-config-sharing.ts';
	const RUNTIME = 'content/separation-config-runtime.ts';
	test.each([
		[
			'a fact naming an unknown product',
			(data) => {
				recordById(data, 'configFacts', 'apim-gateway-worker-port').products = ['api-gateway'];
			},
			`${CLUSTER} › apim-gateway-worker-port › products.0: names unknown product "api-gateway" [config-fact-products]`,
		],
		[
			'a fact naming a product that does not use the separation',
			(data) => {
				recordById(data, 'configFacts', 'esb-sticky-sessions').products = ['identity-server'];
			},
			`${RUNTIME} › esb-sticky-sessions › products.0: "identity-server" does not use worker/manager separation [config-fact-products]`,
		],
		[
			'a version bound that is not a version of the product',
			(data) => {
				recordById(data, 'configFacts', 'apim-profiles').fromVersion = '2.1.0';
			},
			`${RUNTIME} › apim-profiles › fromVersion: 2.1.0 is not among the versions of api-manager [config-fact-products]`,
		],
		[
			'a version bound on a fact about two products',
			(data) => {
				recordById(data, 'configFacts', 'apim-profiles').products = ['api-manager', 'task-server'];
			},
			`${RUNTIME} › apim-profiles › fromVersion: a version bound needs exactly one product to be a version of [schema]`,
		],
		[
			'two general facts fixing the same setting',
			(data) => {
				(recordById(data, 'configFacts', 'depsync-enabled').setting as { key: string }).key = 'AutoCommit';
			},
			`${SHARING} › depsync-auto-commit › setting.key: sets carbon.xml "AutoCommit", already set by "depsync-enabled" [config-settings-unambiguous]`,
		],
		[
			'two overrides of one setting for the same product',
			(data) => {
				(recordById(data, 'configFacts', 'apim-gateway-worker-port').setting as { key: string }).key = 'domain';
			},
			`${CLUSTER} › apim-gateway-worker-port › setting.key: sets axis2.xml "domain" for api-manager, already set by "apim-gateway-domain" [config-settings-unambiguous]`,
		],
		[
			'a setting with one value and values by role at once',
			(data) => {
				(recordById(data, 'configFacts', 'sub-domain').setting as { value?: string }).value = 'worker';
			},
			`${CLUSTER} › sub-domain › setting.byRole: give either one value for both roles or values by role, not both [schema]`,
		],
		[
			'a derived configuration fact without its derivation',
			(data) => {
				delete recordById(data, 'configFacts', 'start-script').derivation;
			},
			`${RUNTIME} › start-script › derivation: a derived fact must say how it was derived [schema]`,
		],
	] satisfies [string, (data: ReturnType<typeof validDataSet>) => void, string][])('%s', (_name, mutate, expected) => {
		expect(messagesFor(mutate)).toEqual([expected]);
	});
});

describe('the example cluster’s addresses', () => {
	const ROLES = 'content/node-roles.ts';
	const role = (data: ReturnType<typeof validDataSet>, id: string) => recordById(data, 'nodeRoles', id);

	test('an address outside the documentation blocks is refused', () => {
		// A record that fails its schema drops out, so later checks also miss it: only the first line matters.
		expect(messagesFor((data) => (role(data, 'manager').exampleAddresses = ['10.0.0.1']))[0]).toEqual(
			`${ROLES} › manager › exampleAddresses.0: must be an IPv4 address reserved for documentation (192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24) [schema]`,
		);
	});

	test('two machines on one address, a machine without one and a client with one are each reported', () => {
		const managerAddress = (role(validDataSet(), 'manager').exampleAddresses as string[])[0]!;
		const messages = messagesFor((data) => {
			role(data, 'broker').exampleAddresses = [managerAddress];
			delete role(data, 'analytics').exampleAddresses;
			role(data, 'device').exampleAddresses = ['192.0.2.250'];
		});
		expect(messages.sort()).toEqual([
			`${ROLES} › analytics › exampleAddresses: needs at least one address: the role is a machine [example-addresses-coherent]`,
			`${ROLES} › broker › exampleAddresses.0: repeats ${managerAddress}, already used by "manager" [example-addresses-coherent]`,
			`${ROLES} › device › exampleAddresses: is set on a client role, which is not a machine of the cluster [example-addresses-coherent]`,
		]);
	});

	test('a pattern with more machines of a role than the role has addresses is reported on the tier', () => {
		const messages = messagesFor((data) => {
			const addresses = role(data, 'worker').exampleAddresses as string[];
			role(data, 'worker').exampleAddresses = addresses.slice(0, 1);
		});
		expect(messages).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${IOT_PATTERN} › tiers\\.\\d+\\.count: gives "worker" \\d+ machines but the role has 1 example address \\[example-addresses-coherent\\]$`,
				),
			),
		]);
	});
});
