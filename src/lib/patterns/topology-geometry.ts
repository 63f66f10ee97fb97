/**
 * Plane geometry for the topology diagram: boxes, clipping a line at a box's border,
 * segment/box intersection, and a text-width estimate. Kept apart from the layout rules so
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

export function centre(box: Box): Point {
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The box grown by `by` on every side. */
export function inflate(box: Box, by: number): Box {
	return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** True when the two boxes share some area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest box around all of `boxes`. */
export function boundingBox(boxes: readonly Box[]): Box {
	const left = Math.min(...boxes.map((box) => box.x));
	const top = Math.min(...boxes.map((box) => box.y));
	const right = Math.max(...boxes.map((box) => box.x + box.width));
	const bottom = Math.max(...boxes.map((box) => box.y + box.height));
	return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Where the ray from the box's centre towards `towards` leaves the box, pushed `gap` further
 * out so an arrowhead does not sit on the border stroke.
 */
export function exitPoint(box: Box, towards: Point, gap = 0): Point {
	const from = centre(box);
	const dx = towards.x - from.x;
	const dy = towards.y - from.y;
	if (dx === 0 && dy === 0) return from;
	const scaleX = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
	const scaleY = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
	const scale = Math.min(scaleX, scaleY);
	const length = Math.hypot(dx, dy);
	const extra = gap / length;
	return { x: from.x + dx * (scale + extra), y: from.y + dy * (scale + extra) };
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
	for (const word of text.split(/\s+/).filter(Boolean)) {
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
