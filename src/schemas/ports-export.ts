import { z } from 'astro/zod';
import { DefaultPortExportSchema } from './default-ports-export.ts';
import { ExternalEndpointSchema } from './external-endpoint.ts';
import { IotProfileSchema } from './iot-profile.ts';
import { NodeRoleSchema } from './node-role.ts';
import { PortSchema } from './port.ts';
import { IdSchema } from './primitives.ts';
import { SourceSchema } from './source.ts';

/**
 * One rule of the IoT Server pattern as ports.json holds it: the record as validated (its
 * sources always a list) and the address of its page.
 */
const PortRuleExportSchema = z
	.object({
		...PortSchema.shape,
		/** Where connections start: node role or external endpoint ids. */
		source: z.array(IdSchema).min(1).describe('Where connections start: node role or external endpoint ids.'),
		/** The rule's page on the site. */
		page: z.string().startsWith('/').describe('Path of the rule’s page on the site.'),
	})
	.strict();

/** The whole of ports.json: the IoT Server pattern's rules and what they refer to, and every product's default ports. */
export const PortsExportSchema = z
	.object({
		/** Address of the JSON Schema that describes this file. */
		$schema: z.url().describe('Address of the JSON Schema that describes this file.'),
		/** Bumped when a field is renamed or removed. */
		formatVersion: z.number().int().min(1).describe('Bumped when a field is renamed or removed.'),
		/** What the file holds and how to read direction, source and destination. */
		description: z.string().min(1).describe('What the file holds.'),
		/** Every flow of the IoT Server high-availability pattern. */
		ports: z.array(PortRuleExportSchema).min(1).describe('Every flow of the IoT Server high-availability pattern.'),
		/** The node roles the rules name. */
		nodeRoles: z.array(NodeRoleSchema).describe('The node roles the rules name.'),
		/** The external services the rules name. */
		externalEndpoints: z.array(ExternalEndpointSchema).describe('The external services the rules name.'),
		/** The IoT Server profiles and their port offsets. */
		iotProfiles: z.array(IotProfileSchema).describe('The IoT Server profiles and their port offsets.'),
		/** Every WSO2 product's default ports, as default-ports.json holds them. */
		defaultPorts: z
			.array(DefaultPortExportSchema)
			.min(1)
			.describe('Every WSO2 product’s default ports (the same records as default-ports.json).'),
		/** Every source the records cite. */
		sources: z.array(SourceSchema).describe('Every source the records cite.'),
	})
	.strict()
	.meta({
		title: 'Cluster Atlas: ports of clustered WSO2 products',
		description:
			'The network flows of a clustered WSO2 IoT Server, with the roles, external services and profiles they name, and the default ports of every WSO2 product with the products that open them.',
	});

export type PortsExport = z.output<typeof PortsExportSchema>;
