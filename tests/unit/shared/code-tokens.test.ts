import { describe, expect, test } from 'vitest';
import { tokenizeShell, tokenizeXml, type Token } from '../../../src/lib/shared/code-tokens.ts';
import { generateBlocks } from '../../../src/lib/config-generator/cluster-xml.ts';
import { facts, inputFor, products } from '../fixtures/generator.ts';

const joined = (tokens: Token[]) => tokens.map((token) => token.text).join('');
const kinds = (tokens: Token[], kind: Token['kind']) =>
	tokens.filter((token) => token.kind === kind).map((t) => t.text);

describe('tokenizeXml', () => {
	test('finds tags, attribute names, values and comments', () => {
		const tokens = tokenizeXml('<!-- note -->\n<property name="subDomain" value="worker"/>\n<port>4000</port>');
		expect(kinds(tokens, 'comment')).toEqual(['<!-- note -->']);
		expect(kinds(tokens, 'attribute')).toEqual(['name', 'value']);
		expect(kinds(tokens, 'value')).toEqual(['"subDomain"', '"worker"']);
		// Neighbouring pieces of one kind merge: "<port" and ">" colour the same.
		expect(kinds(tokens, 'tag')).toEqual(['<property', '/>', '<port>', '</port>']);
	});

	test('never changes the code, even when it is cut off or odd', () => {
		for (const code of ['<a b="unterminated', '<!-- open', 'text & <b', '<x y=z>', '<<>>'])
			expect(joined(tokenizeXml(code))).toBe(code);
	});
});

describe('tokenizeShell', () => {
	test('finds comments, the command, quoted paths and flags', () => {
		const tokens = tokenizeShell('# start\nsh "$PRODUCT_HOME/bin/wso2server.sh" -DworkerNode=true');
		expect(kinds(tokens, 'comment')).toEqual(['# start']);
		expect(kinds(tokens, 'command')).toEqual(['sh']);
		expect(kinds(tokens, 'value')).toEqual(['"$PRODUCT_HOME/bin/wso2server.sh"']);
		expect(kinds(tokens, 'flag')).toEqual(['-DworkerNode=true']);
	});
});

test('every generated block tokenizes back to itself', () => {
	for (const { id } of products)
		for (const block of generateBlocks(inputFor(id), facts)) {
			const tokens = block.language === 'xml' ? tokenizeXml(block.code) : tokenizeShell(block.code);
			expect(joined(tokens)).toBe(block.code);
		}
});
