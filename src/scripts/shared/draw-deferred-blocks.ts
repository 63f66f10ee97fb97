import { DEFERRED_BLOCKS } from '../../lib/shared/deferred-blocks.ts';

/**
 * Draws, once the page has loaded, the tables and drawings the stylesheet left for later
 * (`content-visibility: auto`, see src/lib/shared/deferred-blocks.ts): one block per idle period,
 * so no single task lays out the whole page. Until a block is drawn it holds a placeholder height;
 * after, the page's geometry is real everywhere, so the scrollbar, a link to a row far down and
 * anything that measures the page (an accessibility checker's target sizes) see the true layout.
 * Without this script each block is drawn as the reader nears it, which loses nothing.
 */
type Scheduler = (step: () => void) => void;

/** Safari has no requestIdleCallback; a zero timeout still gives each block a task of its own. */
const whenIdle: Scheduler =
	'requestIdleCallback' in window
		? (step) => requestIdleCallback(step, { timeout: 1000 })
		: (step) => setTimeout(step, 0);

/** The blocks not drawn yet, in document order. */
let pending: HTMLElement[] = [];

function drawNext(): void {
	const block = pending.shift();
	if (!block) return;
	block.style.contentVisibility = 'visible';
	// Lay the block out now, inside this idle task, rather than in the next frame's rendering
	// together with whatever else that frame does.
	block.getBoundingClientRect();
	whenIdle(drawNext);
}

/** The element the address's fragment names, if any. */
function fragmentTarget(): Element | null {
	try {
		return location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	} catch {
		return null; // A malformed escape names nothing.
	}
}

/**
 * The browser scrolls to a fragment's target while the blocks above it hold placeholder heights;
 * drawing them later would move the target away. So the blocks before the target (or holding it)
 * are drawn at once and the target scrolled to again: when the page opens on a fragment, and when
 * the reader follows a link within the page before the idle drawing has reached it.
 */
function drawUpToFragment(): void {
	const target = fragmentTarget();
	if (!target) return;
	const before = pending.filter((block) => block.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
	if (before.length === 0) return;
	for (const block of before) block.style.contentVisibility = 'visible';
	pending = pending.slice(before.length);
	target.scrollIntoView();
}

function drawDeferredBlocks(): void {
	pending = [...document.querySelectorAll<HTMLElement>(DEFERRED_BLOCKS)];
	drawUpToFragment();
	addEventListener('hashchange', drawUpToFragment);
	whenIdle(drawNext);
}

if (document.readyState === 'complete') drawDeferredBlocks();
else addEventListener('load', drawDeferredBlocks, { once: true });
