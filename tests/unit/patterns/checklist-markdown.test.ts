import { describe, expect, test } from 'vitest';
import { checklistMarkdown, escapeMarkdown } from '../../../src/lib/patterns/checklist-markdown.ts';
import type { Checklist } from '../../../src/lib/patterns/checklists.ts';

const checklist: Checklist = {
	id: 'demo',
	title: 'Demo',
	groups: [
		{
			id: 'machines',
			title: 'Machines',
			items: [
				{ id: 'a', text: 'Manager node: 1 VM', notes: [] },
				{ id: 'b', text: 'Create a database for WSO2_CARBON_DB', notes: ['Holds *everything*.'] },
			],
			notes: [],
		},
		{
			id: 'ports',
			title: 'Ports',
			items: [{ id: 'c', text: 'Allow TCP 443', notes: [], href: '/ports/#load-balancer-https-443' }],
			notes: ['Not listed: TCP 2195 is historical.'],
		},
	],
};

describe('checklistMarkdown', () => {
	const markdown = checklistMarkdown(checklist, new Set(['b', 'c']), {
		heading: 'Before you begin',
		origin: 'https://atlas.example',
	});

	test('writes a task list with the ticks and the progress', () => {
		expect(markdown).toBe(
			[
				'## Before you begin',
				'',
				'2 of 3 done.',
				'',
				'### Machines',
				'',
				'- [ ] Manager node: 1 VM',
				'- [x] Create a database for WSO2\\_CARBON\\_DB',
				'  - Holds \\*everything\\*.',
				'',
				'### Ports',
				'',
				'- [x] Allow TCP 443 ([details](https://atlas.example/ports/#load-balancer-https-443))',
				'',
				'> Not listed: TCP 2195 is historical.',
				'',
			].join('\n'),
		);
	});

	test('leaves out group headings when there is only one group', () => {
		const single = checklistMarkdown({ ...checklist, groups: [checklist.groups[0]!] }, new Set(), {
			heading: 'Set up',
			origin: 'https://atlas.example',
		});
		expect(single).not.toContain('###');
		expect(single).toContain('0 of 2 done.');
	});
});

describe('escapeMarkdown', () => {
	test('neutralises the characters that start Markdown syntax', () => {
		expect(escapeMarkdown('a_b *c* [d](e) <f> `g` #h |i| \\j')).toBe(
			'a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\`g\\` \\#h \\|i\\| \\\\j',
		);
	});
});
