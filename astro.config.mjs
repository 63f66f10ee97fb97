// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { readdirSync } from 'node:fs';
import starlightLinksValidator from 'starlight-links-validator';
import { modulePreload } from './src/integrations/module-preload.ts';
import { precompress } from './src/integrations/precompress.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sidebarProductLinks } from './src/lib/products/sidebar-products.ts';

/**
 * Where the site is published. The sitemap and canonical URLs need an absolute origin; the
 * default is the address `npm start` serves on, so a local build is self-consistent. Set
 * SITE_URL when deploying elsewhere.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * Astro 7's MDX pipeline marks modules with a "use astro:head-inject" directive that Rolldown
 * warns it may not preserve. The warning fires on a fresh Starlight project and is harmless
 * (withastro/astro#18087, open). Only that exact warning is dropped, so the build's
 * zero-warning gate stays meaningful for everything else.
 */
/** @param {{ code?: string; message: string }} warning */
const isKnownHeadInjectWarning = (warning) =>
	warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');

/**
 * Sidebar links to the generated product pages (src/pages/products/[id].astro), read from the
 * product files themselves so adding a file to content/products/ adds its link. Node runs this
 * config and strips the files' types; Vite's import.meta.glob is not available here. Only the
 * id and name are read: the pages' loader validates the records.
 */
const productDirectory = new URL('./content/products/', import.meta.url);
const productLinks = sidebarProductLinks(
	await Promise.all(
		readdirSync(productDirectory)
			.filter((name) => name.endsWith('.ts'))
			.map(
				async (name) =>
					/** @type {{ id: string; name: string }} */ (
						(await import(/* @vite-ignore */ new URL(name, productDirectory).href)).default
					),
			),
	),
);

export default defineConfig({
	site,
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, defaultHandler) {
					if (level === 'warn' && isKnownHeadInjectWarning(log)) return;
					defaultHandler(level, log);
				},
			},
		},
	},
	integrations: [
		securityHeaders(),
		modulePreload(),
		starlight({
			title: 'Cluster Atlas',
			description:
				'A reference for clustering WSO2 products: the IoT Server high-availability pattern, every port it needs, and which products use worker/manager separation.',
			favicon: '/favicon.svg',
			head: [
				{ tag: 'meta', attrs: { property: 'og:image', content: new URL('/social.png', site).href } },
				{ tag: 'meta', attrs: { property: 'og:image:alt', content: 'Cluster Atlas: clustering WSO2 products' } },
				{ tag: 'meta', attrs: { name: 'twitter:image', content: new URL('/social.png', site).href } },
				// No first paint before the page title is parsed. A busy browser may paint a page while
				// it still streams in, and Starlight's columns take their places only once the content
				// column exists: the table of contents was seen jumping across the page (layout shift
				// 0.41). The title comes early in the content, so this delays little; browsers without
				// `rel="expect"` ignore it, and a page without the title renders once parsed.
				{ tag: 'link', attrs: { rel: 'expect', href: '#_top', blocking: 'render' } },
			],
			lastUpdated: true,
			// Our own src/pages/404.astro replaces Starlight's, which looks up a "404" docs entry
			// and warns when there is none (and conflicts with the docs route when there is one).
			disable404Route: true,
			customCss: ['./src/styles/atlas.css', './src/styles/print.css'],
			// Search facets and aliases of every page, computed from its address and the data.
			routeMiddleware: './src/route-data.ts',
			components: {
				// Pagefind's Component UI with exact port and version search (see the component).
				Search: './src/components/search/Search.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
			},
			sidebar: [
				{ label: 'Deployment patterns', items: [{ autogenerate: { directory: 'patterns' } }] },
				{ label: 'Ports', items: [{ autogenerate: { directory: 'ports' } }] },
				{ label: 'Products', items: [{ autogenerate: { directory: 'products' } }, ...productLinks] },
				{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
			],
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true })],
		}),
		// After Starlight: rewrites the Pagefind index so no file is left truncated (see the file).
		searchIndex(),
		// Last: compressed copies of the finished files (see the file).
		precompress(),
	],
});
