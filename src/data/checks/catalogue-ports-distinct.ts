import type { Located } from '../located.ts';
import { problemAt, type Finding } from '../problem.ts';
import type { CataloguePort } from '../../schemas/catalogue-port.ts';
import type { IntegrityCheck } from './check.ts';

/** One catalogued port as a product sees it, with where it is written down. */
interface Listing {
	item: Located<{ id: string }>;
	/** Path of the port record inside `item`, e.g. "ports.2" in a product file, "" for a record of its own. */
	field: string;
	port: CataloguePort;
}

const at = (listing: Listing, name: string) => (listing.field === '' ? name : `${listing.field}.${name}`);

/**
 * A product's default ports come from three places (every Carbon product's, the shared ones
 * naming it, its own); across them a product opens a number on a protocol once, or readers would
 * get two answers for one port. Ids are unique across the whole catalogue, as they are anchors.
 */
export const cataloguePortsDistinct: IntegrityCheck = {
	name: 'catalogue-ports-distinct',
	description: 'a product lists a port number and protocol once across the catalogue, and catalogue ids are unique',
	run: (data) => {
		const common: Listing[] = data.carbonPorts.map((item) => ({ item, field: '', port: item.record }));
		const own = data.products.flatMap((item) =>
			item.record.ports.map((port, index): Listing => ({ item, field: `ports.${index}`, port })),
		);
		const problems: Finding[] = [];

		const seenIds = new Set([...data.carbonPorts, ...data.sharedPorts].map((item) => item.record.id));
		for (const listing of own) {
			if (seenIds.has(listing.port.id))
				problems.push(problemAt(listing.item, at(listing, 'id'), `repeats catalogued port id "${listing.port.id}"`));
			seenIds.add(listing.port.id);
		}

		for (const product of data.products) {
			const listings = [
				...common,
				...data.sharedPorts
					.filter((item) => item.record.products.includes(product.record.id))
					.map((item): Listing => ({ item, field: '', port: item.record })),
				...own.filter((listing) => listing.item === product),
			];
			listings.forEach((listing, index) => {
				if (listing.port.port === 'random') return;
				const earlier = listings
					.slice(0, index)
					.find((other) => other.port.port === listing.port.port && other.port.protocol === listing.port.protocol);
				// A clash between two shared or common records shows once, not once per product.
				const reported = problems.some(
					(problem) => problem.recordId === listing.item.record.id && problem.field === at(listing, 'port'),
				);
				if (earlier && !reported)
					problems.push(
						problemAt(
							listing.item,
							at(listing, 'port'),
							`${product.record.name} already opens ${listing.port.protocol.toUpperCase()} ${listing.port.port} as "${earlier.port.id}"`,
						),
					);
			});
		}
		return problems;
	},
};
