import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext } from '@playwright/test';
import { portMatches } from '../../src/core/port-range.ts';
import { productPath } from '../../src/lib/shared/paths.ts';
import type { DefaultPortsExport } from '../../src/schemas/default-ports-export.ts';
import { inVersionLine } from '../../src/core/versions.ts';
import { exportedProducts, externalEndpoints, ports } from './support/atlas-data.ts';
import { cardDestinations, resultCards, resultPages, search } from './support/search.ts';
import { test } from './support/search-page.ts';

/**
 * What the search answers, query by query, against the built site. Every expectation is read
 * from the data (which rule has port 5228, which products list 4.8.1, what ESB stands for),
 * never from what the search happens to return.
 */
const atlas = { products: exportedProducts(), ports, externalEndpoints };

/** Where a port rule can be opened: its row in the ports reference, or a page of its own. */
const entriesOf = (ruleIds: readonly string[]) => ruleIds.flatMap((id) => [`/ports/#${id}`, `/ports/${id}/`]);

async function pageText(request: APIRequestContext, path: string): Promise<string> {
	const html = await (await request.get(path)).text();
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
	return main.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
}

const portQueries: { query: string; port: number }[] = [
	{ query: '5228', port: 5228 },
	{ query: '443', port: 443 },
	{ query: '80', port: 80 },
	{ query: '5223', port: 5223 },
	{ query: '2195', port: 2195 },
	{ query: '2196', port: 2196 },
	{ query: '5229', port: 5229 },
	{ query: '5230', port: 5230 },
	{ query: '5229-5230', port: 5229 },
	{ query: '5228/tcp', port: 5228 },
];

for (const { query, port } of portQueries) {
	test(`port query "${query}" leads with the rule for port ${port} and lists no page that only has a longer number`, async ({
		searchPage: page,
	}) => {
		const rules = atlas.ports.filter((rule) => portMatches(rule.port, port)).map((rule) => rule.id);
		expect(rules.length).toBeGreaterThan(0);
		expect(await search(page, query)).toBeGreaterThan(0);

		const first = await cardDestinations(resultCards(page).first());
		expect(first.some((link) => entriesOf(rules).includes(link))).toBe(true);
		const linked = (await Promise.all((await resultCards(page).all()).map(cardDestinations))).flat();
		for (const rule of rules) expect(linked.some((link) => entriesOf([rule]).includes(link))).toBe(true);

		const wholeNumber = new RegExp(`(?<![\\d.])(?:${port}|\\d+[-–]\\d+)(?![\\d.]\\d)`, 'g');
		for (const path of await resultPages(page)) {
			const printed = [...(await pageText(page.request, path)).matchAll(wholeNumber)].map((match) => match[0]);
			expect(
				printed.some((text) => portMatches(rangeOrPort(text), port)),
				`${path} prints port ${port}`,
			).toBe(true);
		}
	});
}

function rangeOrPort(text: string) {
	const [from, to] = text.split(/[-–]/).map(Number);
	return to === undefined ? from! : { from: from!, to };
}

/** True when `text` prints a version of `line` as a version: "4.0.0" or "4.0.0," for 4.0.0, never 4000 or 4.0.0.1. */
function printsVersionOf(line: string, text: string): boolean {
	const rest = line.split('.').length < 3 ? '\\.\\d+' : '';
	return new RegExp(`(?<![\\d.])${line.replaceAll('.', '\\.')}${rest}(?!\\.?\\d)`).test(text);
}

const versionQueries: { query: string; line: string; because: string }[] = [
	{ query: '4.8.1', line: '4.8.1', because: 'not 48.1 or 4.8.10' },
	{ query: '1.10.0', line: '1.10.0', because: 'not 1.1.0' },
	{ query: '1.1.0', line: '1.1.0', because: 'not 1.10.0, which plain Pagefind reads as a longer 110' },
	{ query: '4.0.0', line: '4.0.0', because: 'not the pages that mention port 4000' },
	{ query: '4.2.0', line: '4.2.0', because: 'not the pages that mention 4200' },
	{ query: 'v5.0.0', line: '5.0.0', because: 'a leading v is allowed' },
	{ query: '3.5', line: '3.5', because: 'a version line: every 3.5.x, not the garbled 3.56.0' },
];

for (const { query, line, because } of versionQueries) {
	test(`version query "${query}" leads with the products that list ${line} (${because})`, async ({
		searchPage: page,
	}) => {
		const having = atlas.products.filter((product) =>
			product.versions.some(({ version }) => inVersionLine(version, line)),
		);
		const others = atlas.products.filter((product) => !having.includes(product));
		expect(having.length).toBeGreaterThan(0);
		expect(await search(page, query)).toBeGreaterThan(0);

		const pages = await resultPages(page);
		expect(having.map((product) => productPath(product.id))).toContain(pages[0]);
		expect(pages).toEqual(expect.arrayContaining(having.map((product) => productPath(product.id))));
		for (const product of others) expect(pages).not.toContain(productPath(product.id));

		// No false hits: every page listed prints a version of the line as a version (4.0.0, not 4000).
		for (const path of pages) {
			expect(printsVersionOf(line, await pageText(page.request, path)), `${path} prints ${line}`).toBe(true);
		}
	});
}

const abbreviationQueries = atlas.products.flatMap((product) =>
	[product.abbreviation, ...product.aliases.filter((alias) => !/\s/.test(alias))].map((query) => ({ query, product })),
);

for (const { query, product } of abbreviationQueries) {
	test(`abbreviation "${query}" finds ${product.name} first`, async ({ searchPage: page }) => {
		expect(await search(page, query)).toBeGreaterThan(0);
		expect((await resultPages(page))[0]).toBe(productPath(product.id));
	});
}

const byId = (id: string) => atlas.products.find((product) => product.id === id)!;
const textQueries: { query: string; productId: string; kind: string }[] = [
	{ query: 'Business Process Server', productId: 'business-process-server', kind: 'full name' },
	{ query: 'message broker', productId: 'message-broker', kind: 'name in lower case' },
	{ query: 'WSO2 IS', productId: 'identity-server', kind: 'alias of two words' },
	{ query: 'Goverance Registry', productId: 'governance-registry', kind: 'misspelling' },
	{ query: 'Identty Server', productId: 'identity-server', kind: 'misspelling' },
	{ query: 'Enterprize Service Bus', productId: 'enterprise-service-bus', kind: 'misspelling' },
	{ query: 'ESB 4.9.0', productId: 'enterprise-service-bus', kind: 'abbreviation and version' },
	{ query: 'APIM 1.10.0', productId: 'api-manager', kind: 'abbreviation and version' },
];

for (const { query, productId, kind } of textQueries) {
	test(`${kind} "${query}" finds ${byId(productId).name} first`, async ({ searchPage: page }) => {
		expect(await search(page, query)).toBeGreaterThan(0);
		expect((await resultPages(page))[0]).toBe(productPath(productId));
	});
}

test('"ESB 4.9.0" is answered only by pages about ESB at 4.9.0', async ({ searchPage: page }) => {
	const esb = atlas.products.find((product) => product.abbreviation === 'ESB')!;
	expect(esb.versions.map(({ version }) => version)).toContain('4.9.0');
	await search(page, 'ESB 4.9.0');
	for (const path of await resultPages(page)) {
		// The product's page, its cluster page, or the matrix.
		expect(path.startsWith(productPath(esb.id)) || path === '/products/', path).toBe(true);
	}
});

const endpointQueries: { query: string; endpoint: string }[] = [
	{ query: 'FCM', endpoint: 'fcm' },
	{ query: 'GCM', endpoint: 'fcm' },
	{ query: 'APNs', endpoint: 'apns' },
	{ query: 'FCM 5228', endpoint: 'fcm' },
];

for (const { query, endpoint } of endpointQueries) {
	test(`push service "${query}" leads with a port rule of ${endpoint.toUpperCase()}`, async ({ searchPage: page }) => {
		const named = atlas.externalEndpoints.find((entry) => entry.id === endpoint)!;
		if (query === 'GCM') expect(named.name).toContain('Google Cloud Messaging');
		const rules = atlas.ports
			.filter((rule) => rule.source === endpoint || rule.destination === endpoint)
			.filter((rule) => !/\d/.test(query) || portMatches(rule.port, Number(/\d+/.exec(query)![0])))
			.map((rule) => rule.id);
		expect(await search(page, query)).toBeGreaterThan(0);
		const first = await cardDestinations(resultCards(page).first());
		expect(first.some((link) => entriesOf(rules).includes(link))).toBe(true);
	});
}

test('a number that is no port is searched as text: 2021 finds where the retired ports are listed', async ({
	searchPage: page,
}) => {
	const retired = atlas.ports.filter(
		(rule) => rule.status.kind === 'historical' && rule.status.retiredOn?.startsWith('2021'),
	);
	expect(retired.length).toBeGreaterThan(0);
	expect(await search(page, '2021')).toBeGreaterThan(0);
	const linked = (await Promise.all((await resultCards(page).all()).map(cardDestinations))).flat();
	expect(linked.some((link) => entriesOf(retired.map((rule) => rule.id)).includes(link) || link === '/ports/')).toBe(
		true,
	);
});

/** The default-ports catalogue as built; the unit tests hold dist/default-ports.json to content/. */
const catalogue = (JSON.parse(readFileSync('dist/default-ports.json', 'utf8')) as DefaultPortsExport).ports;

for (const number of [8243, 7711, 10397, 9160]) {
	test(`default port ${number} lists the page of every product that opens it, and only pages that print it`, async ({
		searchPage: page,
	}) => {
		const openers = [...new Set(catalogue.filter((port) => port.port === number).flatMap((port) => port.products))];
		expect(openers.length).toBeGreaterThan(0);
		expect(await search(page, String(number))).toBeGreaterThan(0);
		const pages = await resultPages(page);
		for (const productId of openers) expect(pages).toContain(productPath(productId));
		const whole = new RegExp(`(?<![\\d.])${number}(?![\\d.]\\d)`);
		for (const path of pages)
			expect(whole.test(await pageText(page.request, path)), `${path} prints ${number}`).toBe(true);
	});
}

for (const [abbreviation, number] of [
	['ESB', 8243],
	['APIM', 7711],
] as const) {
	const product = atlas.products.find((candidate) => candidate.abbreviation === abbreviation)!;
	const record = catalogue.find((port) => port.port === number && port.products.includes(product.id))!;
	test(`"${abbreviation} ${number}" leads to ${product.name}'s row for that port`, async ({ searchPage: page }) => {
		expect(await search(page, `${abbreviation} ${number}`)).toBeGreaterThan(0);
		expect((await resultPages(page))[0]).toBe(productPath(product.id));
		expect(await cardDestinations(resultCards(page).first())).toContain(`${productPath(product.id)}#${record.id}`);
	});
}
