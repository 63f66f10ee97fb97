/**
 * A bare Starlight site with a given number of pages, built with the same packages as Cluster
 * Atlas: the baseline the benchmark compares build time and up-front JS per page against.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
// The packages sit in the enclosing project, outside this folder, so Vite would leave Starlight
// unbundled; bundle it as it is in a normal project.
export default defineConfig({
	site: 'http://localhost:4321',
	vite: { ssr: { noExternal: ['@astrojs/starlight'] } },
	// Cluster Atlas replaces Starlight's 404 route with its own page; the baseline leaves it out too.
	// A fixed sidebar, as Cluster Atlas has: Starlight's generated one lists every page on every
	// page, which makes the output grow with the square of the page count (75 GB at x100).
	integrations: [starlight({ title: 'Bare', disable404Route: true, sidebar: [{ label: 'Home', link: '/' }] })],
});
`;

const CONTENT_CONFIG = `import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Writes the site into `root` (emptied first; it must sit inside this project to find its packages). */
export function writeBareStarlight(root, pageCount) {
	rmSync(root, { recursive: true, force: true });
	const docs = join(root, 'src/content/docs');
	mkdirSync(docs, { recursive: true });
	// Astro decides which packages to bundle from the dependencies listed here, as in any project.
	writeFileSync(
		join(root, 'package.json'),
		JSON.stringify({
			name: 'bare-starlight',
			private: true,
			type: 'module',
			dependencies: { '@astrojs/starlight': '*', astro: '*' },
		}),
	);
	writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
	writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
	for (let index = 0; index < pageCount; index++) {
		writeFileSync(
			join(docs, index === 0 ? 'index.md' : `page-${index}.md`),
			`---\ntitle: Page ${index}\ndescription: Baseline page ${index}.\n---\n\nA paragraph of text for page ${index}, with a [link](/).\n`,
		);
	}
	return root;
}
