import { compareVersions } from '../../core/versions.ts';
import { problemAt } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';

export const versionsOrdered: IntegrityCheck = {
	name: 'versions-ordered',
	description: 'product versions are unique and listed oldest first, compared as versions',
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
