/**
 * Synthetic data for the benchmark: the real data set plus generated products and port rules,
 * so a build at "x10" or "x100" has ten or a hundred times the real records. Generated
 * records reuse real roles, modes and sources so they pass the same loader checks as real
 * ones; their ids start with "synthetic-" so nothing can mistake them for facts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REAL_PRODUCTS = 14;
const VERSIONS_PER_PRODUCT = 20;

/** Twenty versions oldest first, crossing minor 9 → 10 so ordering as versions is exercised. */
function versions() {
	return Array.from({ length: VERSIONS_PER_PRODUCT }, (_, index) => ({
		version: `${1 + Math.floor(index / 12)}.${index % 12}.0`,
		release: 'released',
	}));
}

const modes = ['standard', 'standard-plus-config', 'not-common', 'not-supported'];

function product(index) {
	const number = String(index).padStart(4, '0');
	return {
		id: `synthetic-product-${number}`,
		name: `Synthetic Product ${number}`,
		abbreviation: `SP${number}`,
		aliases: [],
		separationMode: modes[index % modes.length],
		summary: `Generated record ${number} for build and search benchmarks; not a WSO2 product.`,
		versions: versions(),
		sources: ['seed-worker-manager'],
	};
}

function port(index) {
	const number = 20000 + index;
	return {
		id: `synthetic-port-${number}`,
		port: number,
		protocol: 'tcp',
		direction: 'inbound',
		role: 'worker',
		source: ['load-balancer'],
		destination: 'worker',
		service: `Synthetic service ${index}`,
		purpose: 'Generated record for build and search benchmarks; not a real WSO2 port.',
		requirement: { kind: 'always' },
		status: { kind: 'current' },
		evidence: 'stated',
		sources: ['seed-iot-clustering'],
	};
}

/**
 * Writes the generated records into a copy of the project at `root`: one file per product
 * beside the real ones, and the port rules in their own module, which the copy's
 * content/index.ts is patched to list with the other port files.
 */
export function writeSyntheticData(root, { scale }) {
	const extraProducts = REAL_PRODUCTS * scale - REAL_PRODUCTS;
	const extraPorts = scale === 1 ? 0 : 20 * scale;
	for (let index = 1; index <= extraProducts; index++) {
		const record = product(index);
		writeFileSync(join(root, 'content/products', `${record.id}.ts`), `export default ${JSON.stringify(record)};\n`);
	}
	mkdirSync(join(root, 'content'), { recursive: true });
	writeFileSync(
		join(root, 'content/synthetic-ports.ts'),
		`export const syntheticPorts = ${JSON.stringify(Array.from({ length: extraPorts }, (_, index) => port(index)))};\n`,
	);
	const indexPath = join(root, 'content/index.ts');
	const index = readFileSync(indexPath, 'utf8');
	if (!index.includes('\tports: ['))
		throw new Error('bench: content/index.ts no longer lists ports as "ports: [": update the patch');
	writeFileSync(
		indexPath,
		`import { syntheticPorts } from './synthetic-ports.ts';\n${index.replace(
			'\tports: [',
			"\tports: [{ file: 'content/synthetic-ports.ts', records: syntheticPorts }, ",
		)}`,
	);
	return { extraProducts, extraPorts };
}
