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

function drawDeferredBlocks(): void {
	whenIdle(() => drawNext([...document.querySelectorAll<HTMLElement>(DEFERRED_BLOCKS)]));
}

if (document.readyState === 'complete') drawDeferredBlocks();
else addEventListener('load', drawDeferredBlocks, { once: true });
