import { defineConfig } from 'vitest/config';

/**
 * Unit tests cover content/, src/schemas, src/data and src/lib: plain TypeScript with no Astro
 * runtime, so Vitest runs them directly. Browser behaviour is tested by Playwright in tests/e2e.
 */
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
