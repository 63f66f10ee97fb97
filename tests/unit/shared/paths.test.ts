import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import {
	FIREWALL_PATH,
	GENERATOR_PATH,
	SEPARATION_GUIDE_PATH,
	MATRIX_PATH,
	patternPath,
	PORTS_PATH,
	portRowPath,
	sourcePath,
	sourcesGuidePath,
} from '../../../src/lib/shared/paths.ts';

/** The MDX page that Starlight serves at `path` ("/a/b/" is a/b.mdx or a/b/index.mdx), if there is one. */
function docsPageExists(path: string): boolean {
	const base = `src/content/docs${path.replace(/\/$/, '')}`;
	return existsSync(`${base}.mdx`) || existsSync(`${base}/index.mdx`);
}

describe('the site addresses in paths.ts name pages that exist', () => {
	test.each([MATRIX_PATH, PORTS_PATH, FIREWALL_PATH, GENERATOR_PATH, SEPARATION_GUIDE_PATH, sourcesGuidePath()])(
		'%s',
		(path) => {
			expect(docsPageExists(path)).toBe(true);
		},
	);

	test('every deployment pattern has the page patternPath names', () => {
		for (const pattern of atlas.deploymentPatterns) expect(docsPageExists(patternPath(pattern.id))).toBe(true);
	});

	test('anchored addresses keep their page and add the anchor', () => {
		const port = atlas.ports[0]!;
		const source = atlas.sources[0]!;
		expect(portRowPath(port.id)).toBe(`${PORTS_PATH}#${port.id}`);
		expect(sourcePath(source.id)).toBe(`${sourcesGuidePath()}#source-${source.id}`);
	});
});
