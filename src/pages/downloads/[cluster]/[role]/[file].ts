import type { APIRoute, GetStaticPaths } from 'astro';
import { atlas } from '../../../../data/index.ts';
import { iotOutputCluster, outputFiles, productOutputCluster } from '../../../../lib/generators/output-clusters.ts';
import { clusterProducts } from '../../../../lib/patterns/product-cluster.ts';

/** Every generated output as a plain file, the same text the output pages highlight. */
export const getStaticPaths = (() =>
	[
		iotOutputCluster(atlas),
		...clusterProducts(atlas).map((product) => productOutputCluster(atlas, product.id)),
	].flatMap((cluster) =>
		outputFiles(cluster).map(({ role, fileName, text }) => ({
			params: { cluster: cluster.id, role: role.id, file: fileName },
			props: { text },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
