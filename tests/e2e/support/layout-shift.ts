import type { Page } from '@playwright/test';

/**
 * Sums the layout shifts of a page from its first paint on (Cumulative Layout Shift without
 * user input): content that moves once the reader sees it, such as a control revealed by a
 * script above a table, shows up here. The observer's pending records are taken when read, so
 * the sum does not depend on when the browser would have delivered them.
 */
export async function observeLayoutShifts(page: Page): Promise<() => Promise<number>> {
	type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
	type Scope = {
		atlasLayoutShift: number;
		atlasAddShifts: (entries: PerformanceEntryList) => void;
		atlasShiftObserver: PerformanceObserver;
	};
	await page.addInitScript(() => {
		const scope = window as unknown as Scope;
		scope.atlasLayoutShift = 0;
		scope.atlasAddShifts = (entries) => {
			for (const entry of entries as Shift[]) if (!entry.hadRecentInput) scope.atlasLayoutShift += entry.value;
		};
		scope.atlasShiftObserver = new PerformanceObserver((list) => scope.atlasAddShifts(list.getEntries()));
		scope.atlasShiftObserver.observe({ type: 'layout-shift', buffered: true });
	});
	return () =>
		page.evaluate(() => {
			const scope = window as unknown as Scope;
			scope.atlasAddShifts(scope.atlasShiftObserver.takeRecords());
			return scope.atlasLayoutShift;
		});
}
