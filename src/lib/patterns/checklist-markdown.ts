import type { Checklist } from './checklists.ts';
import { progressText } from './checklist-progress.ts';

/**
 * A checklist as GitHub-flavoured Markdown task lists, with its ticks, for pasting into a
 * ticket or a runbook. Links are made absolute against `origin` because the text leaves
 * the site.
 */

/** Escapes the characters that would otherwise start Markdown syntax inside a line of text. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
}

export function checklistMarkdown(
	checklist: Checklist,
	checked: ReadonlySet<string>,
	options: { heading: string; origin: string },
): string {
	const items = checklist.groups.flatMap((group) => group.items);
	const done = items.filter((item) => checked.has(item.id)).length;
	const lines = [`## ${escapeMarkdown(options.heading)}`, '', `${progressText(done, items.length)}.`];
	const multipleGroups = checklist.groups.length > 1;
	for (const group of checklist.groups) {
		lines.push('');
		if (multipleGroups) lines.push(`### ${escapeMarkdown(group.title)}`, '');
		for (const item of group.items) {
			const link = item.href ? ` ([details](${new URL(item.href, options.origin).href}))` : '';
			lines.push(`- [${checked.has(item.id) ? 'x' : ' '}] ${escapeMarkdown(item.text)}${link}`);
			for (const note of item.notes) lines.push(`  - ${escapeMarkdown(note)}`);
		}
		for (const note of group.notes) lines.push('', `> ${escapeMarkdown(note)}`);
	}
	return `${lines.join('\n')}\n`;
}
