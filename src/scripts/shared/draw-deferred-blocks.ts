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

function drawNext(pending: HTMLElement[]): void {
	const block = pending.shift();
	if (!block) return;
	block.style.contentVisibility = 'visible';
	// Lay the block out now, inside this idle task, rather than in the next frame's rendering
	// together with whatever else that frame does.
	block.getBoundingClientRect();
	whenIdle(() => drawNext(pending));
}

/** The element the address's fragment names, if any. */
function fragmentTarget(): Element | null {
	try {
		return location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	} catch {
		return null; // A malformed escape names nothing.
	}
}

function drawDeferredBlocks(): void {
	const pending = [...document.querySelectorAll<HTMLElement>(DEFERRED_BLOCKS)];
	// The browser scrolled to the fragment's target while the blocks above it held placeholder
	// heights; drawing them later would move the target away. So a page opened on a fragment
	// draws the blocks before the target (or holding it) at once and scrolls to it again.
	const target = fragmentTarget();
	if (target) {
		const before = pending.filter((block) => block.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
		for (const block of before) block.style.contentVisibility = 'visible';
		if (before.length > 0) target.scrollIntoView();
		pending.splice(0, before.length);
	}
	whenIdle(() => drawNext(pending));
}

if (document.readyState === 'complete') drawDeferredBlocks();
else addEventListener('load', drawDeferredBlocks, { once: true });
