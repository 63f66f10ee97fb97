import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { nodeRoles } from '../../content/node-roles.ts';
import { GENERATOR_PATH, SEPARATION_GUIDE_PATH } from '../../src/lib/shared/paths.ts';
/** The example cluster's addresses, from the node roles. */
const addresses = (id: string): readonly string[] => {
	const role = nodeRoles.find((candidate) => candidate.id === id);
	return role !== undefined && 'exampleAddresses' in role ? role.exampleAddresses : [];
};
const MANAGER = addresses('manager')[0]!;
const WORKERS = addresses('worker');

/** The generator's region of the page: everything after its heading. */
const generator = (page: Page) => page.locator('config-generator');
/** A form control by its exact label, inside the generator. */
const field = (page: Page, label: string) => generator(page).getByLabel(label, { exact: true });

test.describe('the generator’s page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the default two-worker configuration, highlighted at build time', async ({ page }) => {
		await page.goto(GENERATOR_PATH);
		const manager = page.getByRole('region', { name: `Manager node, ${MANAGER}` });
		const workers = page.getByRole('region', { name: `Worker nodes, ${WORKERS.join(' and ')}` });
		await expect(manager.getByText('<property name="subDomain" value="mgt"/>')).toBeVisible();
		await expect(workers.getByText('<property name="subDomain" value="worker"/>')).toBeVisible();
		await expect(workers.getByText('-DworkerNode=true')).toBeVisible();
		await expect(manager.getByText('<readOnly>false</readOnly>')).toBeVisible();
		await expect(workers.getByText('<readOnly>true</readOnly>')).toBeVisible();
		// Expressive Code wraps highlighted tokens in styled spans; plain text would have none.
		await expect(manager.locator('pre code span[style]').first()).toBeAttached();
		await expect(page.getByText('The generator runs in your browser and needs JavaScript.')).toBeVisible();
		await expect(page.getByRole('form', { name: 'Cluster node settings' })).toBeHidden();
	});
});

test.describe('configuration generator', () => {
	test('writes the blocks for the chosen product and role, and keeps them in the link', async ({ page }) => {
		await page.goto(GENERATOR_PATH);
		await field(page, 'Product').selectOption({ label: 'API Manager' });
		await field(page, 'Role of this node').selectOption('manager');
		const status = page.getByRole('status').filter({ hasText: 'Configuration of a' });
		await expect(status).toHaveText('Configuration of a manager node of API Manager 2.0.0: 4 blocks.');
		await expect(generator(page).getByLabel(/^Clustering \(/)).toContainText(
			'<parameter name="domain">wso2.am.domain</parameter>',
		);
		await expect(generator(page).getByLabel(/^Start command \(/)).toContainText('-Dprofile=gateway-manager');
		await expect(page).toHaveURL(/product=api-manager/);
		await expect(page).toHaveURL(/role=manager/);
	});

	test('the same choices give the same output whether picked in the form or read from the link', async ({ page }) => {
		const clustering = generator(page).getByLabel(/^Clustering \(/);
		await page.goto(`${GENERATOR_PATH}?product=api-manager`);
		await expect(clustering).toContainText('<clustering');
		const linked = await clustering.innerText();
		await page.goto(GENERATOR_PATH);
		// Without settings in the link, the generator loads once it is near the screen.
		await page.getByRole('heading', { name: 'Generator', exact: true }).scrollIntoViewIfNeeded();
		await expect(clustering).toContainText('<clustering');
		const first = await clustering.innerText();
		await field(page, 'Product').selectOption('api-manager');
		await expect(clustering).toHaveText(linked);
		await field(page, 'Product').selectOption({ index: 0 });
		await expect(clustering).toHaveText(first);
	});

	test('a manager node lists itself among the members at its own address and port', async ({ page }) => {
		const clustering = generator(page).getByLabel(/^Clustering \(/);
		for (const [how, go] of [
			['from the link', () => page.goto(`${GENERATOR_PATH}?role=manager`)],
			[
				'picked',
				async () => {
					await page.goto(GENERATOR_PATH);
					await page.getByRole('heading', { name: 'Generator', exact: true }).scrollIntoViewIfNeeded();
					await field(page, 'Role of this node').selectOption('manager');
				},
			],
		] as const) {
			await go();
			await expect(clustering, how).toContainText(`<parameter name="localMemberHost">${MANAGER}</parameter>`);
			const text = await clustering.innerText();
			const port = /<parameter name="localMemberPort">(\d+)<\/parameter>/.exec(text)?.[1];
			expect(port, how).toBeDefined();
			const member = new RegExp(`<hostName>${MANAGER.replaceAll('.', '\\.')}</hostName>\\s*<port>${port}</port>`);
			expect(text, how).toMatch(member);
		}
	});

	test('copies a block to the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(GENERATOR_PATH);
		await page.getByRole('heading', { name: 'Generator', exact: true }).scrollIntoViewIfNeeded();
		const clustering = generator(page).getByLabel(/^Clustering \(/);
		await expect(clustering).toContainText('<clustering');
		await page.getByRole('button', { name: 'Copy clustering block' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied the clustering block' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await clustering.innerText());
		expect(copied).toContain(`<parameter name="localMemberHost">${WORKERS[0]}</parameter>`);
	});

	test('downloads every block in one file', async ({ page }) => {
		await page.goto(`${GENERATOR_PATH}?product=task-server&role=worker`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download all blocks' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('task-server-1.1.0-worker-cluster-config.txt');
		const text = await readFile((await download.path())!, 'utf8');
		for (const heading of [
			'Clustering',
			'Registry mounts',
			'Deployment synchronisation',
			'Scheduled tasks',
			'Start command',
		])
			expect(text).toContain(`## ${heading}: `);
		expect(text).toContain('<taskServerMode>AUTO</taskServerMode>');
	});

	test('a shared link restores every choice', async ({ page }) => {
		await page.goto(GENERATOR_PATH);
		await field(page, 'Product').selectOption({ label: 'Enterprise Service Bus' });
		await field(page, 'Version').selectOption('4.9.0');
		await field(page, 'This node’s host name or IP address').fill('esb-worker-2.example.com');
		await field(page, 'Member 2 Host').fill('2001:db8::11');
		await field(page, 'How artifacts reach the workers').selectOption('rsync');
		await expect(page).toHaveURL(/sync=rsync/);
		const link = page.url();

		const other = await page.context().newPage();
		await other.goto(link);
		await expect(field(other, 'Product')).toHaveValue('enterprise-service-bus');
		await expect(field(other, 'Version')).toHaveValue('4.9.0');
		await expect(field(other, 'This node’s host name or IP address')).toHaveValue('esb-worker-2.example.com');
		await expect(field(other, 'Member 2 Host')).toHaveValue('2001:db8::11');
		await expect(field(other, 'SVN repository URL')).toBeHidden();
		const clustering = generator(other).getByLabel(/^Clustering \(/);
		await expect(clustering).toContainText('<hostName>2001:db8::11</hostName>');
		await expect(generator(other).getByText('JSESSIONID')).toBeVisible();
	});

	test('explains invalid input next to its field and writes nothing', async ({ page }) => {
		await page.goto(GENERATOR_PATH);
		const host = field(page, 'This node’s host name or IP address');
		await host.fill('node 1');
		await expect(
			page.getByText('This node’s host contains a space; a host name or IP address has none.'),
		).toBeVisible();
		await expect(host).toHaveAttribute('aria-invalid', 'true');
		await expect(generator(page).getByRole('button', { name: /^Copy/ })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Download all blocks' })).toBeHidden();
		await expect(page.getByRole('status').filter({ hasText: 'No configuration yet' })).toHaveText(
			'No configuration yet: 1 entry needs fixing, as marked in the form.',
		);

		await host.fill('192.0.2.11');
		await field(page, 'Local member port').fill('70000');
		await expect(page.getByText('The local member port is out of range: enter a port from 1 to 65535.')).toBeVisible();
		await field(page, 'Local member port').fill('');
		await page.getByRole('button', { name: 'Remove member 2' }).click();
		await expect(page.getByText('List at least 2 well-known members; there is 1.')).toBeVisible();
		await page.getByRole('button', { name: 'Add a member' }).click();
		await expect(field(page, 'Member 2 Host')).toBeFocused();
		await field(page, 'Member 2 Host').fill('192.0.2.12');
		await field(page, 'Member 2 Port').fill('4000');
		await expect(page.getByRole('button', { name: 'Copy clustering block' })).toBeVisible();
	});

	test('ignores unfit link parameters with a visible note, and never runs what a link carries', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (dialog) => {
			dialogs += 1;
			void dialog.dismiss();
		});
		const hostile = '<img src=x onerror=alert(1)>';
		await page.goto(`${GENERATOR_PATH}?product=identity-server&colour=red&host=${encodeURIComponent(hostile)}`);
		const note = page.getByRole('status').filter({ hasText: 'not understood' });
		await expect(note).toContainText(
			'Ignored “product=identity-server”: the value names Identity Server, which does not use worker/manager separation.',
		);
		await expect(note).toContainText('Ignored “colour=red”');
		await expect(field(page, 'Product')).toHaveValue('application-server');
		await expect(field(page, 'This node’s host name or IP address')).toHaveValue(hostile);
		await expect(
			page.getByText('This node’s host contains a space; a host name or IP address has none.'),
		).toBeVisible();
		await expect(page.locator('config-generator img')).toHaveCount(0);
		expect(dialogs).toBe(0);
	});

	test('the guide’s product links open the generator preset for that product', async ({ page }) => {
		await page.goto(SEPARATION_GUIDE_PATH);
		await page.getByRole('link', { name: 'Open the generator for Business Process Server' }).click();
		await expect(page).toHaveURL(/\?product=business-process-server#generator$/);
		await expect(field(page, 'Product')).toHaveValue('business-process-server');
		await expect(field(page, 'Role of this node')).toContainText('Worker (slave)');
	});
});

test.describe('loading the generator’s code', () => {
	const generatorCode = /\/_astro\/config-generator-element\.[\w-]+\.js$/;

	test('its code is not part of the page: the page asks for it once the generator is near the screen', async ({
		page,
		request,
	}) => {
		// Neither a script nor a module preload of the page names it, so it is not up-front code.
		expect(await (await request.get(GENERATOR_PATH)).text()).not.toMatch(/config-generator-element\./);
		const requested: string[] = [];
		page.on('request', (request) => {
			if (generatorCode.test(request.url())) requested.push(request.url());
		});
		await page.goto(GENERATOR_PATH);
		await expect(page.getByRole('status').filter({ hasText: 'Configuration of a' })).toBeVisible();
		expect(requested).toHaveLength(1);
	});

	test('changes made before its code arrives are kept and written', async ({ page }) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(generatorCode, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(GENERATOR_PATH);
		await field(page, 'Product').selectOption({ label: 'Enterprise Service Bus' });
		await field(page, 'This node’s host name or IP address').fill('esb-worker-2.example.com');
		release();

		const status = page.getByRole('status').filter({ hasText: 'Configuration of a' });
		await expect(status).toContainText('Enterprise Service Bus');
		await expect(field(page, 'This node’s host name or IP address')).toHaveValue('esb-worker-2.example.com');
		await expect(generator(page).getByLabel(/^Clustering \(/)).toContainText(
			'<parameter name="localMemberHost">esb-worker-2.example.com</parameter>',
		);
		await expect(page).toHaveURL(/product=enterprise-service-bus/);
	});
});

test.describe('generator accessibility', () => {
	for (const colorScheme of ['dark', 'light'] as const) {
		test(`messages, notes and output pass WCAG 2.2 AA in the ${colorScheme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(`${GENERATOR_PATH}?colour=red&product=enterprise-service-bus`);
			await expect(generator(page).getByLabel(/^Clustering \(/)).toBeVisible();
			const clean = await new AxeBuilder({ page })
				.include('config-generator')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
				.analyze();
			expect(clean.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual([]);

			await field(page, 'This node’s host name or IP address').fill('bad host');
			await expect(
				page.getByText('This node’s host contains a space; a host name or IP address has none.'),
			).toBeVisible();
			const invalid = await new AxeBuilder({ page })
				.include('config-generator')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
				.analyze();
			expect(invalid.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual(
				[],
			);
		});
	}
});
