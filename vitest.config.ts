import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests cover content/, src/schemas, src/data and src/lib: plain TypeScript with no Astro
 * runtime, so Vitest runs them directly. Browser behaviour is tested by Playwright in tests/e2e.
 */
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Worker threads start faster than forked processes, and one per core: Vitest's default
		// leaves a core idle, while the firewall tool checks mostly wait on the tools they start.
		pool: 'threads',
		maxWorkers: availableParallelism(),
	},
});
