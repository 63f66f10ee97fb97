import { createHighlighter, type Highlighter, type ThemedToken } from 'shiki';

/**
 * Build-time highlighting for long generated files, lighter than Expressive Code's markup: a
 * page of Terraform or a Kubernetes manifest is hundreds of lines, and one wrapper per line and
 * one span per token would take it past the page budget (1,500 elements). Here a line is plain
 * text plus one span per run of coloured tokens; text in the theme's own foreground colour needs
 * no element at all. Colours come from Shiki's light and dark themes as CSS variables, which the
 * style sheet switches with Starlight's theme.
 */

/** High-contrast themes: every token, comments included, keeps 4.5:1 against the background. */
export const LIGHT_THEME = 'github-light-high-contrast';
export const DARK_THEME = 'github-dark-high-contrast';

const LANGS = ['sh', 'hcl', 'yaml', 'nginx', 'ini', 'powershell', 'xml'] as const;
export type CompactLang = (typeof LANGS)[number];

let highlighter: Promise<Highlighter> | undefined;
function shared(): Promise<Highlighter> {
	highlighter ??= createHighlighter({ themes: [LIGHT_THEME, DARK_THEME], langs: [...LANGS] });
	return highlighter;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The style attribute of a token, or undefined when it has the themes' default foreground. */
function tokenStyle(token: ThemedToken, defaults: string): string | undefined {
	const style = token.htmlStyle;
	if (style === undefined) return undefined;
	const text = Object.entries(style)
		.filter(([property]) => property.startsWith('--shiki-') && !property.endsWith('-bg'))
		.map(([property, value]) => `${property}:${value}`)
		.join(';');
	return text === '' || text.toLowerCase() === defaults.toLowerCase() ? undefined : text;
}

/** One line as HTML: runs of the same style merged, blank tokens joined to their neighbours. */
export function lineHtml(tokens: readonly ThemedToken[], defaults: string): string {
	const runs: { style: string | undefined; text: string }[] = [];
	for (const token of tokens) {
		const last = runs.at(-1);
		const style = /^\s*$/.test(token.content) && last !== undefined ? last.style : tokenStyle(token, defaults);
		if (last !== undefined && last.style === style) last.text += token.content;
		else runs.push({ style, text: token.content });
	}
	return runs
		.map(({ style, text }) =>
			style === undefined ? escapeHtml(text) : `<span style="${style}">${escapeHtml(text)}</span>`,
		)
		.join('');
}

/** The code as the inner HTML of a <code> element, and the themes' background and foreground as CSS variables. */
export async function compactHighlight(code: string, lang: CompactLang): Promise<{ html: string; rootStyle: string }> {
	const { tokens, rootStyle } = (await shared()).codeToTokens(code, {
		lang,
		themes: { light: LIGHT_THEME, dark: DARK_THEME },
		defaultColor: false,
	});
	const styles = (typeof rootStyle === 'string' ? rootStyle : '').split(';').filter(Boolean);
	const defaults = styles.filter((entry) => !entry.includes('-bg:')).join(';');
	return { html: tokens.map((line) => lineHtml(line, defaults)).join('\n'), rootStyle: styles.join(';') };
}
