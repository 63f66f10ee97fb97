/**
 * Plane geometry for the topology diagram and its tests: boxes, segment/box intersection and
 * distance, and a text-width estimate. Kept apart from the layout rules so
 * both can be tested on their own.
 */

/** An axis-aligned rectangle; (x, y) is its top-left corner. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Point {
	x: number;
	y: number;
}

/** True when the two boxes share some area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when the segment a→b passes through the inside of the box (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	let enter = 0;
	let leave = 1;
	const edges: [number, number][] = [
		[-dx, a.x - box.x],
		[dx, box.x + box.width - a.x],
		[-dy, a.y - box.y],
		[dy, box.y + box.height - a.y],
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q <= 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) enter = Math.max(enter, t);
		else leave = Math.min(leave, t);
		if (enter >= leave) return false;
	}
	return true;
}

/** The distance between two points. */
function distance(a: Point, b: Point): number {
	return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The distance from a point to the segment a→b. */
function pointToSegment(point: Point, a: Point, b: Point): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length));
	return distance(point, { x: a.x + t * dx, y: a.y + t * dy });
}

/** The distance from a point to a box; 0 inside it. */
function pointToBox(point: Point, box: Box): number {
	const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width));
	const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height));
	return Math.hypot(dx, dy);
}

/**
 * The gap between the segment a→b and a box: 0 when the segment touches or enters it. When they
 * are apart, the nearest pair includes an end of the segment or a corner of the box, since both
 * are convex.
 */
export function segmentToBox(a: Point, b: Point, box: Box): number {
	if (segmentCrossesBox(a, b, box)) return 0;
	const corners = [
		{ x: box.x, y: box.y },
		{ x: box.x + box.width, y: box.y },
		{ x: box.x, y: box.y + box.height },
		{ x: box.x + box.width, y: box.y + box.height },
	];
	return Math.min(pointToBox(a, box), pointToBox(b, box), ...corners.map((corner) => pointToSegment(corner, a, b)));
}

/**
 * Rough width of a line of text in a sans-serif face. Browsers measure real widths only at
 * run time and the diagram is built without one, so the estimate errs wide: digits and
 * lower-case letters at 0.58 em, capitals and wide glyphs at 0.72 em, narrow glyphs less.
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) {
		if (/[ilj.,:;'!|()\s-]/.test(char)) ems += 0.32;
		else if (/[A-Z@mwMW]/.test(char)) ems += 0.72;
		else ems += 0.58;
	}
	return ems * fontSize;
}

/**
 * Breaks text into lines of at most `maxChars` characters at spaces, keeping a word that is
 * longer than the limit whole on its own line.
 */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	// Only ordinary spaces break a line: a no-break space keeps "TCP 4000" together.
	for (const word of text.split(/ +/).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (candidate.length <= maxChars || line === '') line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
