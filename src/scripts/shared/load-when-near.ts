/**
 * Loads a tool's code only when the reader gets near it, the way Astro's `client:visible`
 * hydrates a framework island: when the tool comes within `margin` of the viewport, when focus
 * enters it from the keyboard, or when one of its controls changes without either (assistive
 * technology can set a value without moving focus), whichever is first. The tool's markup is already on the
 * page, so nothing moves when the code arrives; readers who never scroll to the tool never
 * download it. `now` loads at once, for links that carry the tool's settings.
 */
const TRIGGERS = ['focusin', 'input', 'change'] as const;

export function loadWhenNear(
	host: Element,
	load: () => Promise<unknown>,
	{ now = false, margin = '600px' }: { now?: boolean; margin?: string } = {},
): void {
	let started = false;
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) start();
		},
		{ rootMargin: `${margin} 0px` },
	);
	function start(): void {
		if (started) return;
		started = true;
		observer.disconnect();
		for (const type of TRIGGERS) host.removeEventListener(type, start);
		void load();
	}
	if (now) return start();
	observer.observe(host);
	for (const type of TRIGGERS) host.addEventListener(type, start);
}
