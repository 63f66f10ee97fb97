/**
 * Replays how a Confluence "compare versions" view prints one changed token. The view keeps
 * characters both revisions share and, where they differ, prints the removed characters
 * followed by the added ones (struck through and underlined on screen, but flat once copied
 * as text). So "3.5.0" changed to "3.6.0" reads "3.56.0". Knowing this lets the data say
 * which two versions a garbled seed cell holds, and lets a test prove the reading.
 */
export function overlayTokens(earlier: string, later: string): string {
	const common = longestCommonSubsequence(earlier, later);
	let out = '';
	let i = 0;
	let j = 0;
	for (const ch of common) {
		// Removed run, then added run, then the shared character.
		while (earlier[i] !== ch) out += earlier[i++];
		while (later[j] !== ch) out += later[j++];
		out += ch;
		i++;
		j++;
	}
	return out + earlier.slice(i) + later.slice(j);
}

function longestCommonSubsequence(a: string, b: string): string {
	// Classic dynamic programme; tokens are a few characters long, so its cost is irrelevant.
	const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			const row = table[i] as number[];
			row[j] =
				a[i] === b[j] ? (table[i + 1] as number[])[j + 1]! + 1 : Math.max((table[i + 1] as number[])[j]!, row[j + 1]!);
		}
	}
	let out = '';
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			out += a[i];
			i++;
			j++;
		} else if ((table[i + 1] as number[])[j]! >= (table[i] as number[])[j + 1]!) {
			i++;
		} else {
			j++;
		}
	}
	return out;
}
