import type { SettingField, SettingValues } from '../output-settings.ts';
import type { LbModel } from './lb-model.ts';
import { defaultFormValues, privateRolesOf, type LbFormValues } from './lb-settings.ts';

/**
 * The load balancer's settings form: one field per site's host name, the certificate and key
 * paths, what plain HTTP gets, NGINX's affinity method, and where the manager sits when the
 * pattern gives a choice. Field values are the raw strings of the form and the query string;
 * lbFormValuesOf turns them into the generator's settings, which validate them.
 */

interface Placement {
	id: string;
	title: string;
	privateNetwork: readonly string[];
}

const PARAMS = {
	certificatePath: 'cert',
	keyPath: 'key',
	redirectHttp: 'redirect',
	affinityMethod: 'affinity',
	privateRoles: 'placement',
	internalNetworks: 'networks',
	webSocketSites: 'websocket',
} as const;

/** The WebSocket choice: no site, every site, or one site by its id. */
const NO_SITE = 'none';
const EVERY_SITE = 'all';

const hostParam = (siteId: string) => `host-${siteId}`;

/** The parameter a generator's problem field was typed in ("hosts.manager" is "host-manager"). */
export function lbParamOf(field: string): string {
	if (field.startsWith('hosts.')) return hostParam(field.slice('hosts.'.length));
	return (PARAMS as Record<string, string>)[field] ?? field;
}

/** Placements that differ for this load balancer; a single outcome is no choice. */
function placementChoices(model: LbModel, placements: readonly Placement[]): Placement[] {
	const outcomes = new Set(placements.map((placement) => privateRolesOf(model, placement).join(' ')));
	return outcomes.size > 1 ? [...placements] : [];
}

/** The placement the defaults stand for: the first that keeps nothing private, as the default settings do. */
function defaultPlacement(model: LbModel, choices: readonly Placement[]): Placement | undefined {
	return choices.find((placement) => privateRolesOf(model, placement).length === 0) ?? choices[0];
}

export function lbFields(model: LbModel, placements: readonly Placement[], formatId: string): SettingField[] {
	const defaults = defaultFormValues(model);
	const choices = placementChoices(model, placements);
	const placement = defaultPlacement(model, choices);
	return [
		...model.sites.map((site): SettingField => ({
			param: hostParam(site.id),
			label: `Host name of the ${site.label}`,
			control: 'text',
			defaultValue: defaults.hosts[site.id] ?? '',
		})),
		{
			param: PARAMS.certificatePath,
			label: formatId === 'haproxy' ? 'Certificate and key file (PEM)' : 'Certificate chain (PEM)',
			control: 'text',
			defaultValue: defaults.certificatePath,
			hint: 'An absolute path on the load balancer.',
		},
		...(formatId === 'haproxy'
			? []
			: [
					{
						param: PARAMS.keyPath,
						label: 'Private key (PEM)',
						control: 'text',
						defaultValue: defaults.keyPath,
						hint: 'An absolute path on the load balancer.',
					} satisfies SettingField,
				]),
		...(model.listen.http === undefined
			? []
			: [
					{
						param: PARAMS.redirectHttp,
						label: `Plain HTTP on port ${model.listen.http}`,
						control: 'select',
						options: [
							{ value: 'yes', label: 'Redirected to HTTPS' },
							{ value: 'no', label: 'Passed on as plain HTTP' },
						],
						defaultValue: defaults.redirectHttp ? 'yes' : 'no',
					} satisfies SettingField,
				]),
		...(model.sites.length === 0
			? []
			: [
					{
						param: PARAMS.webSocketSites,
						label: 'WebSocket upgrade for',
						control: 'select',
						options: [
							{ value: NO_SITE, label: 'No site' },
							...(model.sites.length > 1 ? [{ value: EVERY_SITE, label: 'Every site' }] : []),
							...model.sites.map((site) => ({ value: site.id, label: `The ${site.label}` })),
						],
						defaultValue: NO_SITE,
						hint: 'No source says which clients open WebSocket connections; choose the sites whose clients do.',
					} satisfies SettingField,
				]),
		...(formatId === 'nginx'
			? [
					{
						param: PARAMS.affinityMethod,
						label: 'Sticky sessions follow',
						control: 'select',
						options: [
							{ value: 'ip-hash', label: 'The client’s address (ip_hash)' },
							{ value: 'cookie-hash', label: 'The session cookie (hash of its value)' },
						],
						defaultValue: defaults.affinityMethod,
						hint: 'Applies only where the sources say the traffic must be sticky.',
					} satisfies SettingField,
				]
			: []),
		...(placement === undefined
			? []
			: [
					{
						param: PARAMS.privateRoles,
						label: 'Where the manager sits',
						control: 'select',
						options: choices.map((choice) => ({ value: choice.id, label: choice.title })),
						defaultValue: placement.id,
					} satisfies SettingField,
					{
						param: PARAMS.internalNetworks,
						label: 'Internal networks',
						control: 'text',
						defaultValue: defaults.internalNetworks,
						hint: 'CIDR blocks, separated by commas; only they reach a private manager.',
					} satisfies SettingField,
				]),
	];
}

/** The generator's settings from the form's raw values; anything not given keeps its default. */
export function lbFormValuesOf(model: LbModel, placements: readonly Placement[], values: SettingValues): LbFormValues {
	const defaults = defaultFormValues(model);
	const choices = placementChoices(model, placements);
	const placement = choices.find((choice) => choice.id === values[PARAMS.privateRoles]);
	return {
		...defaults,
		hosts: Object.fromEntries(
			model.sites.map((site) => [site.id, values[hostParam(site.id)] ?? defaults.hosts[site.id] ?? '']),
		),
		certificatePath: values[PARAMS.certificatePath] ?? defaults.certificatePath,
		keyPath: values[PARAMS.keyPath] ?? defaults.keyPath,
		redirectHttp: (values[PARAMS.redirectHttp] ?? (defaults.redirectHttp ? 'yes' : 'no')) === 'yes',
		affinityMethod: values[PARAMS.affinityMethod] ?? defaults.affinityMethod,
		privateRoles: placement === undefined ? defaults.privateRoles : privateRolesOf(model, placement),
		internalNetworks: values[PARAMS.internalNetworks] ?? defaults.internalNetworks,
		webSocketSites: webSocketSitesOf(model, values[PARAMS.webSocketSites]),
	};
}

function webSocketSitesOf(model: LbModel, choice: string | undefined): string[] {
	if (choice === undefined || choice === NO_SITE) return [];
	if (choice === EVERY_SITE) return model.sites.map((site) => site.id);
	// An unknown id goes through, so the generator's own check names it next to the field.
	return [choice];
}
