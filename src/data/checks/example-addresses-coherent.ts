import { problemAt, type Finding } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { byId } from './predicates.ts';

/**
 * The example cluster's addresses (node roles' `exampleAddresses`) are read by the guide, the
 * configuration generator and the firewall rules. These rules keep that one cluster coherent:
 * every machine role has addresses, clients have none, no two machines share one, and each
 * role has an address for every machine a deployment pattern gives it.
 */
export const exampleAddressesCoherent: IntegrityCheck = {
	name: 'example-addresses-coherent',
	description: 'every machine of the example cluster has its own documentation address, and clients have none',
	run: (data) => {
		const problems: Finding[] = [];
		const owner = new Map<string, string>();
		for (const item of data.nodeRoles) {
			const { kind, exampleAddresses } = item.record;
			if (kind === 'client' && exampleAddresses.length > 0)
				problems.push(
					problemAt(item, 'exampleAddresses', 'is set on a client role, which is not a machine of the cluster'),
				);
			if (kind !== 'client' && exampleAddresses.length === 0)
				problems.push(problemAt(item, 'exampleAddresses', 'needs at least one address: the role is a machine'));
			exampleAddresses.forEach((address, index) => {
				const first = owner.get(address);
				if (first === undefined) owner.set(address, item.record.id);
				else
					problems.push(problemAt(item, `exampleAddresses.${index}`, `repeats ${address}, already used by "${first}"`));
			});
		}
		const roles = byId(data.nodeRoles);
		for (const item of data.deploymentPatterns) {
			item.record.tiers.forEach((tier, index) => {
				const available = roles.get(tier.role)?.exampleAddresses.length ?? 0;
				if (available > 0 && available < tier.count)
					problems.push(
						problemAt(
							item,
							`tiers.${index}.count`,
							`gives "${tier.role}" ${tier.count} machines but the role has ${available} example address${available === 1 ? '' : 'es'}`,
						),
					);
			});
		}
		return problems;
	},
};
