/** A port field as the data writes it: one number, or an inclusive range. */
export type PortSpec = number | { from: number; to: number };

/** The first and last port a spec covers. */
export function portBounds(spec: PortSpec): [from: number, to: number] {
	return typeof spec === 'number' ? [spec, spec] : [spec.from, spec.to];
}

/** True when `port` falls inside the spec: an exact match, never a prefix or substring. */
export function portMatches(spec: PortSpec, port: number): boolean {
	const [from, to] = portBounds(spec);
	return port >= from && port <= to;
}

/** The spec as people write it: "443" or "5229-5230". */
export function formatPort(spec: PortSpec): string {
	const [from, to] = portBounds(spec);
	return from === to ? String(from) : `${from}-${to}`;
}
