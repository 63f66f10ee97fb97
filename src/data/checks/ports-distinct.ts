import { portBounds } from '../../core/port-range.ts';
import { problemAt, type Finding } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';

export const portsDistinct: IntegrityCheck = {
	name: 'ports-distinct',
	// Destination is part of the key because a device reaches FCM and APNs on the same 443.
	description: 'no two port rules overlap on the same protocol, direction, role and destination',
	run: (data) => {
		const problems: Finding[] = [];
		data.ports.forEach((item, index) => {
			const [from, to] = portBounds(item.record.port);
			const clash = data.ports.slice(0, index).find(({ record: other }) => {
				const [otherFrom, otherTo] = portBounds(other.port);
				return (
					other.protocol === item.record.protocol &&
					other.direction === item.record.direction &&
					other.role === item.record.role &&
					other.destination === item.record.destination &&
					from <= otherTo &&
					otherFrom <= to
				);
			});
			if (clash)
				problems.push(
					problemAt(
						item,
						'port',
						`overlaps port rule "${clash.record.id}" (same protocol, direction, role and destination)`,
					),
				);
		});
		return problems;
	},
};
