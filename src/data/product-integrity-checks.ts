import { overlayTokens } from '../core/diff-overlay.ts';
import { compareVersions } from '../core/versions.ts';
import type { IntegrityCheck } from './integrity-checks.ts';
import { problemAt, type Problem } from './problem.ts';

/**
 * Cross-record rules about the product records (content/products/): their separation mode,
 * the order of their versions, and the resolutions of the seed's garbled diff cells.
 * Kept apart from the general checks so each file stays readable; integrity-checks.ts lists them.
 */

export const productReferences: IntegrityCheck = {
	name: 'products name a known separation mode',
	run: (data) => {
		const modes = new Set(data.separationModes.map((item) => item.record.id));
		return data.products
			.filter((item) => !modes.has(item.record.separationMode))
			.map((item) =>
				problemAt(item, 'separationMode', `names unknown separation mode "${item.record.separationMode}"`),
			);
	},
};

export const versionsOrdered: IntegrityCheck = {
	name: 'product versions are unique and listed oldest first, compared as versions',
	run: (data) =>
		data.products.flatMap((item) =>
			item.record.versions.flatMap(({ version }, index) => {
				const previous = item.record.versions[index - 1]?.version;
				if (previous === undefined) return [];
				const order = compareVersions(previous, version);
				if (order === 0) return [problemAt(item, `versions.${index}.version`, `repeats version ${version}`)];
				if (order > 0)
					return [
						problemAt(
							item,
							`versions.${index}.version`,
							`${version} is older than ${previous} before it; list versions oldest first`,
						),
					];
				return [];
			}),
		),
};

export const diffResolutionsReplay: IntegrityCheck = {
	name: 'each garbled seed token is exactly the overlay of its two readings',
	run: (data) =>
		data.products.flatMap((item) =>
			item.record.diffResolutions.flatMap((resolution, index) => {
				const problems: Problem[] = [];
				const overlay = overlayTokens(resolution.earlier, resolution.later);
				if (overlay !== resolution.shown)
					problems.push(
						problemAt(
							item,
							`diffResolutions.${index}.shown`,
							`overlaying ${resolution.earlier} and ${resolution.later} gives "${overlay}", not "${resolution.shown}"`,
						),
					);
				if (!item.record.versions.some(({ version }) => version === resolution.later))
					problems.push(
						problemAt(
							item,
							`diffResolutions.${index}.later`,
							`${resolution.later} is not among the product's versions`,
						),
					);
				return problems;
			}),
		),
};
