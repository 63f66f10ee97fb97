import { describe, expect, test } from 'vitest';
import { offsetRowNames } from '../../../src/lib/ports/offset-row-names.ts';

describe('the offset calculator row names, shared by the served rows and the script', () => {
	const rows = [1, 2, 3, 10].map(offsetRowNames);

	test('every control of every row has an id no other row or control has, usable as an HTML id', () => {
		const ids = rows.flatMap((names) => [names.profileId, names.offsetId, names.errorId]);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
	});

	test('each label names the server by its position, so row 1 and row 10 read differently', () => {
		const [first, , , tenth] = rows;
		expect(first?.profileLabel).toBe('Server 1: profile');
		expect(tenth?.offsetLabel).toBe('Server 10: offset');
		expect(first?.removeLabel).not.toBe(tenth?.removeLabel);
		for (const names of rows) {
			expect(names.profileLabel.startsWith(`${names.server}:`)).toBe(true);
			expect(names.suggestLabel.toLowerCase()).toContain(names.server.toLowerCase());
		}
	});
});
