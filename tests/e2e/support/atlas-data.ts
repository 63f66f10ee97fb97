import { readFileSync } from 'node:fs';
import { externalEndpoints } from '../../../content/external-endpoints.ts';
import { ports } from '../../../content/ports.ts';

/**
 * The data the browser tests read their expectations from. The loader in src/data needs
 * Vite (import.meta.glob), which Playwright does not run, so products come from the site's
 * own export of the validated records (dist/products.json) and ports and push services from
 * their data modules.
 */

export interface ExportedProduct {
	id: string;
	name: string;
	abbreviation: string;
	aliases: string[];
	separationMode: { id: string; label: string };
	versions: { version: string; release: string }[];
}

export function exportedProducts(dist = 'dist'): ExportedProduct[] {
	const text = readFileSync(`${dist}/products.json`, 'utf8');
	return (JSON.parse(text) as { products: ExportedProduct[] }).products;
}

export { externalEndpoints, ports };
