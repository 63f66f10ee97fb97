import { overlayTokens } from '../../core/diff-overlay.ts';
import { problemAt, type Finding } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';

export const diffResolutionsReplay: IntegrityCheck = {
	name: 'diff-resolutions-replay',
	description:
		"each garbled seed token is exactly the overlay of its two readings, the later of which is one of the product's versions",
	run: (data) =>
		data.products.flatMap((item) =>
			item.record.diffResolutions.flatMap((resolution, index) => {
				const problems: Finding[] = [];
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
