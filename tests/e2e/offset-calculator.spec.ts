import { expect, test } from '@playwright/test';
import { iotProfiles } from '../../content/iot-profiles.ts';
import { offsetRowNames } from '../../src/lib/ports/offset-row-names.ts';

const resultRows = (page: import('@playwright/test').Page) =>
	page.getByRole('table', { name: 'Ports on this host' }).locator('tbody tr');

test.describe('port-offset calculator', () => {
	test('without JavaScript it shows the shipped profiles on one host and their one collision', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/ports/offset-calculator/');
		await expect(
			page.getByText(/Port 4000 is used by Device Manager Backend \(offset 1\) and Key Manager/),
		).toBeVisible();
		await expect(page.getByRole('row', { name: /Key Manager \(offset 4\) HTTPS 9443 9447/ })).toBeVisible();
		await context.close();
	});

	test('the served page holds a form row per shipped profile, which the script keeps as they are', async ({
		page,
		request,
	}) => {
		// Rows in the served HTML give the form its height from the first paint (no shift when the script runs).
		const html = await (await request.get('/ports/offset-calculator/')).text();
		for (let position = 1; position <= iotProfiles.length; position += 1) {
			const names = offsetRowNames(position);
			expect(html).toContain(`id="${names.profileId}"`);
			expect(html).toContain(`>${names.offsetLabel}</label>`);
		}
		expect(html).not.toContain(`id="${offsetRowNames(iotProfiles.length + 1).profileId}"`);

		await page.goto('/ports/offset-calculator/');
		for (const [index, profile] of iotProfiles.entries()) {
			const names = offsetRowNames(index + 1);
			await expect(page.getByLabel(names.profileLabel)).toHaveValue(profile.id);
			await expect(page.getByRole('textbox', { name: names.offsetLabel })).toHaveValue(String(profile.offset));
			await expect(page.getByRole('button', { name: names.removeLabel })).toBeVisible();
		}
		await expect(page.getByRole('textbox', { name: /^Server \d+: offset$/ })).toHaveCount(iotProfiles.length);
	});

	test('moving a profile onto another one’s offset warns, and a suggested offset clears it', async ({ page }) => {
		await page.goto('/ports/offset-calculator/');
		const last = iotProfiles.length;
		const offset = page.getByRole('textbox', { name: `Server ${last}: offset` });
		const backend = iotProfiles.find((profile) => profile.id === 'device-manager-backend')!;
		await offset.fill(String(backend.offset));
		await expect(page.getByText(`Port ${9443 + backend.offset} is used by`)).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`key-manager%3A${backend.offset}`));
		await page.getByRole('button', { name: `Suggest a free offset for server ${last}` }).click();
		await expect(page.getByText(`Port ${9443 + backend.offset} is used by`)).toBeHidden();
		// Hazelcast's port is not moved by any offset, so that collision stays.
		await expect(page.getByText(/Port 4000 is used by/)).toBeVisible();
	});

	test('a bad offset is reported on its row and the row sits out', async ({ page }) => {
		await page.goto('/ports/offset-calculator/?host=broker:3');
		await expect(resultRows(page)).not.toHaveCount(0);
		const offset = page.getByRole('textbox', { name: 'Server 1: offset' });
		await offset.fill('-2');
		await expect(offset).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Server 1: Enter a whole number of 0 or more, such as 1.')).toBeVisible();
		await expect(resultRows(page)).toHaveCount(0);
	});

	for (const bad of ['-3', '1.5', '70000'])
		test(`an offset of ${bad} keeps its row in the link and the summary says the result is incomplete`, async ({
			page,
		}) => {
			await page.goto('/ports/offset-calculator/?host=broker:3,key-manager:4');
			const offset = page.getByRole('textbox', { name: 'Server 2: offset' });
			await offset.fill(bad);
			await expect(page.getByText(/^Incomplete: the offset of server 2 is not valid/)).toBeVisible();
			await expect(page).toHaveURL(new RegExp(`key-manager%3A${encodeURIComponent(encodeURIComponent(bad))}`));
			// The link brings the row back as typed, still marked.
			await page.goto(page.url());
			await expect(page.getByRole('textbox', { name: 'Server 2: offset' })).toHaveValue(bad);
			await expect(page.getByRole('textbox', { name: 'Server 2: offset' })).toHaveAttribute('aria-invalid', 'true');
			await expect(page.getByText(/^Incomplete: the offset of server 2 is not valid/)).toBeVisible();
		});

	test('servers can be added and removed, and the link restores them', async ({ page }) => {
		await page.goto('/ports/offset-calculator/?host=broker:3,nothing:1');
		await expect(page.getByRole('note')).toContainText('Ignored “host=nothing:1”: the value names no known profile.');
		await page.getByRole('button', { name: 'Add a server' }).click();
		await page.getByLabel('Server 2: profile').selectOption({ label: 'Broker' });
		await expect(page.getByText(/Port 1886 is used by Broker #1 \(offset 3\) and Broker #2/)).toBeVisible();
		await page.getByRole('button', { name: 'Remove server 1' }).click();
		await expect(page.getByRole('textbox', { name: 'Server 2: offset' })).toHaveCount(0);
		const url = page.url();
		await page.goto(url);
		await expect(page.getByLabel('Server 1: profile')).toHaveValue('broker');
	});
});
