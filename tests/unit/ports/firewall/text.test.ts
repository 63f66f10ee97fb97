import { describe, expect, test } from 'vitest';
import { groupByPortRule, portText, safeText, slug } from '../../../../src/lib/ports/firewall/text.ts';
import type { PlannedRule } from '../../../../src/lib/ports/firewall/plan.ts';

const rule = (ruleId: string, from: number, to = from): PlannedRule => ({
	ruleId,
	direction: 'inbound',
	protocol: 'tcp',
	from,
	to,
	service: 'HTTPS',
	peer: { kind: 'any', label: 'anyone' },
});

describe('text shared by the generators', () => {
	test.each([
		['plain words stay', 'HTTPS from Manager node', 'HTTPS from Manager node'],
		['quotes and shell characters go', `it's "x" \`y\` $HOME \\n`, 'its x y HOME n'],
		['typographic dashes become hyphens', 'ports 5228–5230', 'ports 5228-5230'],
		['line breaks collapse', 'one\ntwo\r\nthree', 'one two three'],
	])('safeText: %s', (_name, input, expected) => {
		expect(safeText(input)).toBe(expected);
	});

	test('ports and ranges use the format’s separator', () => {
		expect(portText(rule('a', 443))).toBe('443');
		expect(portText(rule('a', 5229, 5230), ':')).toBe('5229:5230');
	});

	test('planned rules group by the port rule they come from, keeping order', () => {
		const groups = groupByPortRule([rule('a', 1), rule('a', 1), rule('b', 2), rule('a', 1)]);
		expect(groups.map((group) => group.map((item) => item.ruleId))).toEqual([['a', 'a'], ['b'], ['a']]);
	});

	test('slugs are lower case with the chosen separator', () => {
		expect(slug('Key manager node', '_')).toBe('key_manager_node');
		expect(slug('  APNs 17.0.0.0/8 ')).toBe('apns-17-0-0-0-8');
	});
});
