import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { carbonPorts } from '../../content/carbon-ports.ts';

/**
 * The settings form of a machine output: the reader's settings regenerate the output in the
 * browser, travel in the address, reach the download, and a refused value is named beside its
 * field with nothing generated. Without JavaScript the build's default output stands alone.
 */
const codeOf = (page: Page) => page.getByRole('main').locator('pre.atlas-code');
const form = (page: Page) => page.getByRole('form', { name: 'Settings of this output' });
/** The settings are folded away until the reader opens them. */
async function openSettings(page: Page): Promise<void> {
	await form(page)
		.getByText(/^Change the settings/)
		.click();
}
const multicastPort = String(carbonPorts.find((port) => 'scheme' in port && port.scheme === 'multicast')!.port);

test('the generators load only when the reader opens the settings, not for a reader who only copies', async ({
	page,
}) => {
	const generatorRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('output-settings-run')) generatorRequests.push(request.url());
	});
	await page.goto('/ports/firewall/load-balancer/nginx/');
	await page.waitForLoadState('networkidle');
	await expect(form(page)).toBeVisible();
	expect(generatorRequests).toEqual([]);

	const loaded = page.waitForRequest((request) => request.url().includes('output-settings-run'));
	await openSettings(page);
	await loaded;
	await form(page)
		.getByRole('textbox', { name: /^Host name of the Manager node/ })
		.fill('manager.corp.test');
	await expect(codeOf(page)).toContainText('server_name manager.corp.test;');
});

test('a host name and a certificate path typed in reach the configuration, the address and the download', async ({
	page,
}) => {
	await page.goto('/ports/firewall/load-balancer/nginx/');
	await openSettings(page);
	const host = form(page).getByRole('textbox', { name: /^Host name of the Manager node/ });
	await host.fill('manager.corp.test');
	await form(page).getByRole('textbox', { name: 'Certificate chain (PEM)' }).fill('/srv/tls/chain.pem');
	await expect(codeOf(page)).toContainText('server_name manager.corp.test;');
	await expect(codeOf(page)).toContainText('ssl_certificate /srv/tls/chain.pem;');
	await expect(page).toHaveURL(/host-manager=manager\.corp\.test/);
	await expect(page.getByRole('status').filter({ hasText: 'Generated with your settings' })).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: /^Download / }).click();
	const file = await (await downloading).path();
	expect(readFileSync(file, 'utf8')).toContain('server_name manager.corp.test;');

	// The address alone brings the same settings back.
	await page.reload();
	await expect(host).toHaveValue('manager.corp.test');
	await expect(codeOf(page)).toContainText('server_name manager.corp.test;');

	await form(page).getByRole('button', { name: 'Back to the defaults' }).click();
	await expect(page).toHaveURL('/ports/firewall/load-balancer/nginx/');
	await expect(codeOf(page)).not.toContainText('manager.corp.test');
	// The build's highlighted text is back, not a plain copy.
	await expect(codeOf(page).locator('span[style]').first()).toBeAttached();
});

test('a value that would break out of its directive is refused beside its field, and nothing is generated', async ({
	page,
}) => {
	await page.goto('/ports/firewall/load-balancer/nginx/');
	await openSettings(page);
	const certificate = form(page).getByRole('textbox', { name: 'Certificate chain (PEM)' });
	await certificate.fill('/etc/ssl/x.pem; } server { listen 81');
	await expect(certificate).toHaveAttribute('aria-invalid', 'true');
	await expect(certificate).toHaveAccessibleDescription(/Error|contains/);
	await expect(form(page).getByText(/certificate path contains/i)).toBeVisible();
	await expect(codeOf(page)).toHaveText('');
	await expect(page.getByRole('link', { name: /^Download / })).toHaveCount(0);
	await certificate.fill('/etc/ssl/x.pem');
	await expect(certificate).not.toHaveAttribute('aria-invalid', 'true');
	await expect(codeOf(page)).toContainText('ssl_certificate /etc/ssl/x.pem;');
});

test('a product cluster’s scheme and database port come from the address, and unknown settings are named', async ({
	page,
}) => {
	await page.goto('/products/enterprise-service-bus/cluster/worker/?scheme=multicast&db-port=5432&colour=red');
	await expect(form(page).getByRole('combobox', { name: 'Membership scheme' })).toHaveValue('multicast');
	await expect(codeOf(page)).toContainText(multicastPort);
	await expect(codeOf(page)).toContainText('5432');
	await expect(page.getByRole('note').filter({ hasText: 'colour=red' })).toBeVisible();

	await form(page).getByRole('textbox', { name: 'Database port' }).fill('70000');
	await expect(form(page).getByText('The database port must be a whole number from 1 to 65535.')).toBeVisible();
	await expect(codeOf(page)).toHaveText('');
});

test('a product cluster’s version is one of its own, newest first', async ({ page }) => {
	await page.goto('/products/enterprise-service-bus/cluster/load-balancer/nginx/');
	await openSettings(page);
	const version = form(page).getByRole('combobox', { name: 'Product version' });
	const options = await version.getByRole('option').allInnerTexts();
	expect(options[0]).toBe('Any version');
	await version.selectOption(options[1]!);
	await expect(page).toHaveURL(new RegExp(`version=${options[1]!.replaceAll('.', '\\.')}`));
	await expect(codeOf(page)).toContainText('upstream');
});

test('without JavaScript the form is hidden and the default output stands', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ports/firewall/load-balancer/nginx/?host-manager=manager.corp.test');
	await expect(form(page)).toBeHidden();
	await expect(codeOf(page)).toContainText('server_name manager.example.com;');
	await expect(page.getByRole('link', { name: /^Download / })).toBeVisible();
	await context.close();
});

test('the open form passes axe, with a refused value and its message showing', async ({ page }) => {
	await page.goto('/products/enterprise-service-bus/cluster/load-balancer/nginx/?cert=relative.pem');
	await expect(form(page).getByText(/certificate path is not absolute/i)).toBeVisible();
	const results = await new AxeBuilder({ page })
		.include('form')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.analyze();
	expect(results.violations).toEqual([]);
});
