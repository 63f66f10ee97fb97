import type { Port } from '../../schemas/port.ts';
import type { LocatedDataSet } from '../dataset.ts';
import type { Located } from '../located.ts';
import { problemAt, type Finding } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { unknownReference } from './predicates.ts';

/** The first port whose listener names each profile, to compare the roles of the rest with. */
function firstPortByProfile(data: LocatedDataSet): Map<string, Located<Port>> {
	const first = new Map<string, Located<Port>>();
	for (const item of data.ports) {
		const profile = item.record.carbonListener?.profile;
		if (profile !== undefined && !first.has(profile)) first.set(profile, item);
	}
	return first;
}

export const carbonListenersAddUp: IntegrityCheck = {
	name: 'carbon-listeners-add-up',
	description:
		'profile ports name a known IoT profile, equal its default plus the offset, and sit on one role per profile',
	run: (data) => {
		const offsets = new Map(data.iotProfiles.map((item) => [item.record.id, item.record.offset]));
		const firstByProfile = firstPortByProfile(data);
		return data.ports.flatMap((item) => {
			const listener = item.record.carbonListener;
			if (listener === undefined) return [];
			const offset = offsets.get(listener.profile);
			if (offset === undefined)
				return unknownReference(item, 'carbonListener.profile', listener.profile, offsets, 'IoT profile');
			const problems: Finding[] = [];
			const expected = listener.defaultPort + (listener.offsetApplies ? offset : 0);
			if (item.record.port !== expected) {
				const how = listener.offsetApplies
					? `${listener.defaultPort} plus the ${listener.profile} offset ${offset}`
					: `${listener.defaultPort}, which the offset does not move`;
				problems.push(problemAt(item, 'port', `must be ${expected} (${how})`));
			}
			const first = firstByProfile.get(listener.profile);
			if (first !== undefined && first.record.role !== item.record.role)
				problems.push(
					problemAt(
						item,
						'role',
						`is "${item.record.role}", but "${first.record.id}" puts profile ${listener.profile} on "${first.record.role}"`,
					),
				);
			return problems;
		});
	},
};
