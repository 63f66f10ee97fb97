import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

/** The broker library adds the offset to every port setting of broker.xml. */
const MB_OFFSET = 'The broker adds the offset to every port it reads from broker.xml.';

export default {
	id: 'message-broker',
	name: 'Message Broker',
	abbreviation: 'MB',
	aliases: [],
	separationMode: 'not-common',
	summary: 'A production Message Broker deployment does not use a standard worker/manager cluster.',
	// Seed cell: "2.2.0 and 3.0.0", clean.
	versions: released('2.2.0', '3.0.0'),
	ports: [
		{
			id: 'mb-amqp-5672',
			port: 5672,
			protocol: 'tcp',
			service: 'AMQP',
			purpose: 'JMS clients send and receive messages over AMQP.',
			use: 'service',
			offsetApplies: true,
			offsetNote: MB_OFFSET,
			evidence: 'stated',
			sources: ['wso2-default-ports', 'mb-broker-xml', 'andes-port-offset'],
		},
		{
			id: 'mb-amqp-ssl-8672',
			port: 8672,
			protocol: 'tcp',
			service: 'AMQP over TLS',
			purpose: 'JMS clients send and receive messages over AMQP with TLS.',
			use: 'service',
			offsetApplies: true,
			offsetNote: MB_OFFSET,
			evidence: 'stated',
			sources: ['wso2-default-ports', 'mb-broker-xml', 'andes-port-offset'],
		},
		{
			id: 'mb-mqtt-1883',
			port: 1883,
			protocol: 'tcp',
			service: 'MQTT',
			purpose: 'MQTT clients publish and subscribe here.',
			use: 'service',
			offsetApplies: true,
			offsetNote: MB_OFFSET,
			evidence: 'stated',
			sources: ['wso2-default-ports', 'mb-broker-xml', 'andes-port-offset'],
		},
		{
			id: 'mb-mqtt-tls-8883',
			port: 8883,
			protocol: 'tcp',
			service: 'MQTT over TLS',
			purpose:
				'MQTT clients publish and subscribe with TLS. The default-ports page prints 8833, a typo: the broker.xml Message Broker ships has 8883, as does the broker library it is built on, and 8833 appears in no Message Broker repository.',
			use: 'service',
			offsetApplies: true,
			offsetNote: MB_OFFSET,
			evidence: 'stated',
			sources: ['mb-broker-xml', 'andes-port-offset'],
		},
		{
			id: 'mb-thrift-coordination-7611',
			port: 7611,
			protocol: 'tcp',
			service: 'Thrift coordination server (thriftServerPort)',
			purpose:
				'In a Message Broker cluster, the nodes reach the coordinator’s Thrift server here to share out message slots. It is not the analytics servers’ event receiver of the same number.',
			use: 'membership',
			offsetApplies: true,
			offsetNote: MB_OFFSET,
			evidence: 'stated',
			sources: ['wso2-default-ports', 'mb-broker-xml', 'andes-port-offset'],
		},
	],
	sources: ['seed-worker-manager'],
} satisfies ProductInput;
