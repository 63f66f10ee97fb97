import type { SeparationModeInput } from '../src/schemas/separation-mode.ts';

/**
 * The four answers the seed gives to "does this product use worker/manager separation?".
 * The seed words each product's answer differently; these group them so a reader can
 * filter by answer, and each product's own note keeps the detail.
 */
export const separationModes = [
	{
		id: 'standard',
		label: 'Standard',
		meaning: 'Uses the standard Carbon worker/manager separation with no product-specific steps.',
		usesSeparation: true,
		tone: 'success',
		order: 0,
	},
	{
		id: 'standard-plus-config',
		label: 'Standard + extra configuration',
		meaning: 'Uses worker/manager separation, but needs product-specific configuration on top of the standard set-up.',
		usesSeparation: true,
		tone: 'caution',
		order: 1,
	},
	{
		id: 'not-common',
		label: 'Not commonly used',
		meaning: 'Could be clustered, but a typical production deployment does not split it into workers and a manager.',
		usesSeparation: false,
		tone: 'note',
		order: 2,
	},
	{
		id: 'not-supported',
		label: 'Not supported',
		meaning: 'Has no worker/manager concept, or the split is not possible; the product is clustered another way.',
		usesSeparation: false,
		tone: 'danger',
		order: 3,
	},
] as const satisfies readonly SeparationModeInput[];
