import {
	productDefaultsPath,
	productPortRows,
	type CatalogueDocument,
	type ExplorerProduct,
	type ProductPortRow,
} from '../../lib/ports/explorer-product.ts';
import { DEFAULT_PORTS_EXPORT_PATHS } from '../../lib/shared/paths.ts';

/**
 * The ports reference's view of one product's default ports: fetched once from
 * default-ports.json when a product is first chosen, then written with textContent only. If
 * the file cannot be read, the view says so and links to the reference that lists them.
 */

let catalogue: Promise<CatalogueDocument> | undefined;
function loadCatalogue(): Promise<CatalogueDocument> {
	catalogue ??= fetch(DEFAULT_PORTS_EXPORT_PATHS.json).then((response) => {
		if (!response.ok) throw new Error(`${response.status}`);
		return response.json() as Promise<CatalogueDocument>;
	});
	catalogue.catch(() => (catalogue = undefined));
	return catalogue;
}

function link(href: string, text: string): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.href = href;
	anchor.textContent = text;
	return anchor;
}

function rowOf(row: ProductPortRow): HTMLTableRowElement {
	const tr = document.createElement('tr');
	const port = document.createElement('th');
	port.scope = 'row';
	port.append(link(row.href, row.port));
	const service = document.createElement('td');
	service.textContent = row.service;
	const offset = document.createElement('td');
	offset.textContent = row.offset;
	tr.append(port, service, offset);
	return tr;
}

/** The links under the view's heading: the full list with purposes and sources, and the product's cluster. */
function linksOf(product: ExplorerProduct): Node[] {
	return [
		document.createTextNode(`${product.name} is not part of the IoT Server pattern, so these are its default ports. `),
		link(productDefaultsPath(product.id), `${product.name}’s default ports with purposes and sources`),
		...(product.cluster === undefined
			? [document.createTextNode('.')]
			: [
					document.createTextNode('; '),
					link(product.cluster, `the flows of its worker/manager cluster`),
					document.createTextNode('.'),
				]),
	];
}

export function showProductPorts(
	view: HTMLElement,
	counter: HTMLElement,
	product: ExplorerProduct,
	port?: number,
): void {
	const heading = view.querySelector('h2');
	const links = view.querySelector('[data-product-links]');
	const caption = view.querySelector('caption');
	const rows = view.querySelector('[data-product-rows]');
	if (!heading || !links || !caption || !rows) return;
	heading.textContent = `Default ports of ${product.name}`;
	links.replaceChildren(...linksOf(product));
	caption.textContent = `Default ports of ${product.name}`;
	rows.replaceChildren();
	counter.textContent = `Loading the default ports of ${product.name}…`;
	loadCatalogue().then(
		(document) => {
			// The reader may have chosen another product while the file was on its way.
			if (view.hidden || !heading.textContent?.endsWith(product.name)) return;
			const found = productPortRows(document, product.id, port);
			rows.replaceChildren(...found.map(rowOf));
			counter.textContent =
				found.length === 0
					? `${product.name} opens no default port ${port ?? ''} (${product.ports} in all).`
					: `Showing ${found.length} of the ${product.ports} default ports of ${product.name}.`;
		},
		() => {
			counter.textContent = `The default ports could not be loaded; ${product.name}’s are listed on the default-ports reference.`;
		},
	);
}
