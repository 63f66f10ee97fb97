/**
 * Loads a tool's code only when the reader reaches for it. `loadOnIntent` waits for a sign of
 * use: focus entering the tool from the keyboard, a control changing without it (assistive
 * technology can set a value without moving focus), or a folded part of the tool being opened.
 * `loadWhenNear` also loads when the tool comes within `margin` of the viewport, the way Astro's
 * `client:visible` hydrates a framework island, for tools that are used as soon as they are seen.
 * The tool's markup is already on the page, so nothing moves when the code arrives; readers who
 * never reach the tool never download it. `now` loads at once, for links that carry the tool's
 * settings.
 */
const TRIGGERS = ['focusin', 'input', 'change'] as const;

export function loadOnIntent(host: Element, load: () => Promise<unknown>, { now = false } = {}): () => void {
	let started = false;
	// `toggle` (a <details> opening) does not bubble, so it is caught on its way down.
	const onToggle = (event: Event) => {
		if (event.target instanceof HTMLDetailsElement && event.target.open) start();
	};
	function start(): void {
		if (started) return;
		started = true;
		for (const type of TRIGGERS) host.removeEventListener(type, start);
		host.removeEventListener('toggle', onToggle, { capture: true });
		void load();
	}
	if (now) {
		start();
		return start;
	}
	for (const type of TRIGGERS) host.addEventListener(type, start);
	host.addEventListener('toggle', onToggle, { capture: true });
	return start;
}

export function loadWhenNear(
	host: Element,
	load: () => Promise<unknown>,
	{ now = false, margin = '600px' }: { now?: boolean; margin?: string } = {},
): void {
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) start();
		},
		{ rootMargin: `${margin} 0px` },
	);
	const start = loadOnIntent(
		host,
		() => {
			observer.disconnect();
			return load();
		},
		{ now },
	);
	if (!now) observer.observe(host);
}
