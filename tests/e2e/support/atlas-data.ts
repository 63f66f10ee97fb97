import { readdirSync, readFileSync } from 'node:fs';
import { externalEndpoints } from '../../../content/external-endpoints.ts';
import { ports } from '../../../content/ports.ts';
import apiManager from '../../../content/products/api-manager.ts';
import { newestFirst } from '../../../src/core/versions.ts';

/**
 * The data the browser tests read their expectations from. The loader in src/data needs
 * Vite (import.meta.glob), which Playwright does not run, so products come from the site's
 * own export of the validated records (dist/products.json) and ports and push services from
 * their data modules. Tests of that export read what it must hold from content/ instead.
 */

export interface ExportedProduct {
	id: string;
	name: string;
	abbreviation: string;
	aliases: string[];
	/** Its answer, as in content/separation-modes.ts. */
	separationMode: { id: string; label: string; usesSeparation: boolean };
	versions: { version: string; release: string }[];
}

export function exportedProducts(dist = 'dist'): ExportedProduct[] {
	const text = readFileSync(`${dist}/products.json`, 'utf8');
	return (JSON.parse(text) as { products: ExportedProduct[] }).products;
}

export { externalEndpoints, ports };

/** How many products the data holds: one module per product in content/products/ (the loader checks this). */
export const productCount = readdirSync('content/products').filter((name) => name.endsWith('.ts')).length;

/**
 * API Manager's versions newest first, as versions: its 1.10.0 and 1.9.x are where version
 * order and text order part, which the matrix, its filter and the exports must get right.
 */
export const apiManagerVersions = newestFirst(apiManager.versions.map(({ version }) => version));
