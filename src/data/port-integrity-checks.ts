import type { Port } from '../schemas/port.ts';
import type { LocatedDataSet } from './dataset.ts';
import type { IntegrityCheck } from './integrity-checks.ts';
import type { Located } from './parse-collection.ts';
import { problemAt, type Problem } from './problem.ts';

/**
 * Cross-record rules about port flows and the Carbon profiles that open them. Kept apart from
 * the general checks so each file stays readable; integrity-checks.ts lists them with the rest.
 */

const directionMatchesRole: IntegrityCheck = {
	name: 'a port rule sits on the node it names: the destination of inbound traffic, the only source of outbound',
	run: (data) => {
		// An unknown role is reported by "ports name known roles and endpoints"; say it once.
		const roles = new Set(data.nodeRoles.map((item) => item.record.id));
		return data.ports.flatMap((item) => {
			const { direction, role, source, destination } = item.record;
			if (!roles.has(role)) return [];
			if (direction === 'inbound' && destination !== role)
				return [
					problemAt(item, 'destination', `is "${destination}", but inbound traffic must end at its role "${role}"`),
				];
			if (direction === 'outbound' && (source.length !== 1 || source[0] !== role))
				return [problemAt(item, 'source', `must be only its role "${role}" for outbound traffic`)];
			return [];
		});
	},
};

/** Ports whose listener names the profile, to compare their roles. */
function firstRoleByProfile(data: LocatedDataSet): Map<string, Located<Port>> {
	const first = new Map<string, Located<Port>>();
	for (const item of data.ports) {
		const profile = item.record.carbonListener?.profile;
		if (profile !== undefined && !first.has(profile)) first.set(profile, item);
	}
	return first;
}

const carbonListenersAddUp: IntegrityCheck = {
	name: 'profile ports name a known profile, equal its default plus offset, and sit on one role per profile',
	run: (data) => {
		const offsets = new Map(data.iotProfiles.map((item) => [item.record.id, item.record.offset]));
		const firstByProfile = firstRoleByProfile(data);
		return data.ports.flatMap((item) => {
			const listener = item.record.carbonListener;
			if (listener === undefined) return [];
			const offset = offsets.get(listener.profile);
			if (offset === undefined)
				return [problemAt(item, 'carbonListener.profile', `names unknown IoT profile "${listener.profile}"`)];
			const problems: Problem[] = [];
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

const replacementsResolve: IntegrityCheck = {
	name: 'historical ports name current port rules as their replacements',
	run: (data) => {
		const byId = new Map(data.ports.map((item) => [item.record.id, item.record]));
		return data.ports.flatMap((item) => {
			const { status } = item.record;
			if (status.kind !== 'historical') return [];
			return status.replacementIds.flatMap((id, index) => {
				const field = `status.replacementIds.${index}`;
				const replacement = byId.get(id);
				if (replacement === undefined) return [problemAt(item, field, `names unknown port rule "${id}"`)];
				if (replacement.status.kind !== 'current')
					return [problemAt(item, field, `names "${id}", which is itself historical`)];
				return [];
			});
		});
	},
};

export const portFlowChecks: readonly IntegrityCheck[] = [
	directionMatchesRole,
	carbonListenersAddUp,
	replacementsResolve,
];
