import { problemAt } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { byId, idsOf, unknownReference } from './predicates.ts';

export const sessionAffinityReferences: IntegrityCheck = {
	name: 'session-affinity-references',
	description:
		'session affinity facts name a known product, only versions of that product, and known node roles for their traffic',
	run: (data) => {
		const products = byId(data.products);
		const roles = idsOf(data.nodeRoles);
		return data.sessionAffinity.flatMap((item) => {
			const { product: productId, versions, fromVersion, traffic } = item.record;
			const product = products.get(productId);
			// A product that failed its schema is missing, not unknown: only report it when all were read.
			const productFindings =
				product === undefined
					? data.complete
						? [problemAt(item, 'product', `names unknown product "${productId}"`)]
						: []
					: [
							...(versions ?? []).flatMap((version, index) =>
								product.versions.some((known) => known.version === version)
									? []
									: [problemAt(item, `versions.${index}`, `${version} is not among the versions of ${product.id}`)],
							),
							...(fromVersion !== undefined && product.versions.every(({ version }) => version !== fromVersion)
								? [problemAt(item, 'fromVersion', `${fromVersion} is not among the versions of ${product.id}`)]
								: []),
						];
			const roleFindings = data.complete
				? (traffic.roles ?? []).flatMap((role, index) =>
						unknownReference(item, `traffic.roles.${index}`, role, roles, 'node role'),
					)
				: [];
			return [...productFindings, ...roleFindings];
		});
	},
};
