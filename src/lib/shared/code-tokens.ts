/**
 * Token colouring for the generator's live output. Shiki highlights everything the build
 * writes; the blocks a reader generates in the browser only ever contain the small XML and
 * shell subset the generator itself emits, so this scanner stays tiny instead of shipping a
 * highlighter. Tokens always concatenate back to the exact input: colouring never changes code.
 */

export type TokenKind = 'tag' | 'attribute' | 'value' | 'comment' | 'command' | 'flag' | 'text';

export interface Token {
	kind: TokenKind;
	text: string;
}

function push(tokens: Token[], kind: TokenKind, text: string): void {
	if (text === '') return;
	const last = tokens.at(-1);
	if (last?.kind === kind) last.text += text;
	else tokens.push({ kind, text });
}

const TAG_OPEN = /^<\/?[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /^[A-Za-z_][\w.:-]*/;
const QUOTED = /^"[^"]*"?|^'[^']*'?/;

/** Splits XML into tags, attribute names, attribute values, comments and text. */
export function tokenizeXml(code: string): Token[] {
	const tokens: Token[] = [];
	let rest = code;
	while (rest !== '') {
		if (rest.startsWith('<!--')) {
			const end = rest.indexOf('-->', 4);
			const length = end < 0 ? rest.length : end + 3;
			push(tokens, 'comment', rest.slice(0, length));
			rest = rest.slice(length);
			continue;
		}
		const open = TAG_OPEN.exec(rest);
		if (open) {
			push(tokens, 'tag', open[0]);
			rest = rest.slice(open[0].length);
			// Inside the tag until ">" or "/>": names, "=", quoted values and spaces.
			while (rest !== '' && !rest.startsWith('>') && !rest.startsWith('/>')) {
				const match = ATTRIBUTE.exec(rest) ?? QUOTED.exec(rest);
				const piece = match?.[0] ?? rest.charAt(0);
				push(
					tokens,
					match === null ? 'text' : piece.startsWith('"') || piece.startsWith("'") ? 'value' : 'attribute',
					piece,
				);
				rest = rest.slice(piece.length);
			}
			const close = rest.startsWith('/>') ? '/>' : rest.startsWith('>') ? '>' : '';
			push(tokens, 'tag', close);
			rest = rest.slice(close.length);
			continue;
		}
		const next = rest.indexOf('<', 1);
		const length = next < 0 ? rest.length : next;
		push(tokens, 'text', rest.slice(0, length));
		rest = rest.slice(length);
	}
	return tokens;
}

/** Splits shell lines into comments, the command word, quoted strings, -flags and the rest. */
export function tokenizeShell(code: string): Token[] {
	const tokens: Token[] = [];
	code.split(/(\n)/).forEach((line) => {
		if (line.trimStart().startsWith('#')) return push(tokens, 'comment', line);
		let first = true;
		for (const piece of line.split(/(\s+)/)) {
			if (piece === '' || /^\s+$/.test(piece)) {
				push(tokens, 'text', piece);
				continue;
			}
			const kind: TokenKind = first
				? 'command'
				: /^["']/.test(piece)
					? 'value'
					: piece.startsWith('-')
						? 'flag'
						: 'text';
			push(tokens, kind, piece);
			first = false;
		}
	});
	return tokens;
}

export function tokenize(code: string, language: 'xml' | 'sh'): Token[] {
	return language === 'xml' ? tokenizeXml(code) : tokenizeShell(code);
}
