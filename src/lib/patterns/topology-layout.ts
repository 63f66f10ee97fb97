import {
	boundingBox,
	boxesOverlap,
	centre,
	exitPoint,
	inflate,
	segmentBoxDistance,
	segmentCrossesBox,
	segmentsCross,
	textWidth,
	wrapText,
	type Box,
	type Point,
} from './topology-geometry.ts';
import type { TopologyEdge, TopologyNode, TopologyView } from './topology-model.ts';
import { searchSlots } from './topology-slot-search.ts';
import { assignSlots, type Slot } from './topology-slots.ts';

export type { Slot } from './topology-slots.ts';

/**
 * Lays a topology view out: grid slots (topology-slots.ts, or topology-slot-search.ts when the
 * rule-based grid has more columns than the arrangement allows), boxes, the private-network
 * zone, arrows, and labels beside their edge, as near its middle as they fit clear of boxes,
 * of other labels and of other arrows.
 *
 * The same code draws two arrangements of a view: a wide one for the desktop column and a
 * narrow one for phones. Text has the same size in user units in both; each arrangement is kept
 * narrow enough that its text is drawn no smaller than its screen needs (see the budgets below).
 *
 * Unit tests assert that no edge crosses a box it does not join, that no label overlaps a box
 * or another label or sits nearer another arrow than its own, and that both arrangements keep
 * their text legible at their screen's width, so a data change that breaks the picture fails
 * the tests, not the reader.
 */

/** One way of laying a view out: how many columns it may use and how far apart things are. */
export interface Arrangement {
	name: 'wide' | 'narrow';
	/** Most grid columns; a rule-based grid wider than this is placed by search instead. */
	maxColumns: number;
	nodeWidth: number;
	columnGap: number;
	rowGap: number;
	margin: number;
}

/** Desktop: the rule-based grid, at most three columns so it fits the text column unscaled. */
export const WIDE: Arrangement = { name: 'wide', maxColumns: 3, nodeWidth: 150, columnGap: 95, rowGap: 90, margin: 20 };
/** Phones: two columns, taller gaps for the labels, and a thin margin (the page has its own). */
export const NARROW: Arrangement = {
	name: 'narrow',
	maxColumns: 2,
	nodeWidth: 150,
	columnGap: 100,
	rowGap: 130,
	margin: 6,
};

/**
 * The widths each arrangement is drawn at, in CSS pixels: Starlight's text column on a desktop
 * (43rem, where src/styles/topology-diagram.css switches to the wide drawing) and on a 390 px
 * phone (less 16 px padding each side); and the smallest text each may show there.
 */
export const SCREEN = {
	wide: { column: 688, minText: 12 },
	narrow: { column: 358, minText: 10 },
} as const;

/** Text sizes in user units, the same in both arrangements. */
export const FONT = { name: 14, detail: 12.5, label: 12.5, zone: 13 } as const;
export const NODE_LINE_HEIGHT = 16;
const NODE_PADDING = 8;
const MIN_NODE_HEIGHT = 76;
const NAME_MAX_CHARS = 17;
const DETAIL_MAX_CHARS = 20;
const ZONE_PADDING = 14;
/** Room above a zone's first box for the zone's own caption. */
const ZONE_CAPTION = 18;
export const LABEL_LINE_HEIGHT = 15;
const LABEL_MAX_CHARS = 12;
const LABEL_PADDING = 3;
/** Gap either side of the middle line for two arrows joining the same boxes both ways. */
const PAIR_OFFSET = 5;
/** Gap between an arrow and its own label, first tried and then widened by one step. */
const LABEL_GAPS = [4, 8];
/**
 * Every other arrow keeps at least this far from a label, further than any label's own arrow
 * (the widest gap above plus the pair offset), so a label always reads as its own arrow's.
 */
export const LABEL_CLEARANCE = 14;
const SHARED_BOX_CLEARANCE = 3;
/** Places along an edge to try for its label, from the middle outwards. */
const LABEL_POSITIONS = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];

/** A label's lines and where they would be drawn. */
interface LabelPlace {
	lines: string[];
	box: Box;
}

/** A line of text in a box: the name lines are bold. */
export interface NodeLine {
	text: string;
	strong: boolean;
}

export interface PlacedNode extends TopologyNode {
	slot: Slot;
	box: Box;
	/** The text of the box, wrapped to its width. */
	lines: NodeLine[];
}

export interface PlacedEdge extends TopologyEdge {
	start: Point;
	end: Point;
	/** For one of two arrows joining the same boxes both ways: the unit normal towards its own side. */
	side?: Point;
	/** The label as drawn, or undefined when space is short and another edge into the same node shows the same words. */
	drawnLabel?: { lines: string[]; box: Box };
}

export interface PlacedZone {
	label: string;
	members: string[];
	box: Box;
}

export interface TopologyLayout {
	arrangement: Arrangement['name'];
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
	zones: PlacedZone[];
}

/** The label's lines: wrapped at spaces, with a port list breaking after its commas. */
export function labelLines(label: string): string[] {
	return wrapText(label, LABEL_MAX_CHARS);
}

/** A box's text: its name in bold, then each detail, wrapped to the box. */
export function nodeLines(node: TopologyNode): NodeLine[] {
	return [
		...wrapText(node.label, NAME_MAX_CHARS).map((text) => ({ text, strong: true })),
		...node.details.flatMap((detail) => wrapText(detail, DETAIL_MAX_CHARS).map((text) => ({ text, strong: false }))),
	];
}

function labelBox(lines: readonly string[], at: Point): Box {
	const width = Math.max(...lines.map((line) => textWidth(line, FONT.label))) + 2 * LABEL_PADDING;
	const height = lines.length * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING;
	return { x: at.x - width / 2, y: at.y - height / 2, width, height };
}

function zoneAround(label: string, members: readonly string[], boxOf: Map<string, Box>): PlacedZone {
	const around = boundingBox(members.map((id) => boxOf.get(id)!));
	return {
		label,
		members: [...members],
		box: {
			x: around.x - ZONE_PADDING,
			y: around.y - ZONE_PADDING - ZONE_CAPTION,
			width: around.width + 2 * ZONE_PADDING,
			height: around.height + 2 * ZONE_PADDING + ZONE_CAPTION,
		},
	};
}

/** Where a zone's caption is written: the strip above its first row of boxes. */
export function zoneCaptionBox(zone: PlacedZone): Box {
	return { x: zone.box.x, y: zone.box.y, width: zone.box.width, height: ZONE_CAPTION + ZONE_PADDING / 2 };
}

function shift(box: Box, dx: number, dy: number): Box {
	return { ...box, x: box.x + dx, y: box.y + dy };
}

/**
 * How far another arrow must keep from an edge's label: the full clearance, or, for an arrow
 * leaving or entering the same box, only a hair's breadth (arrows fan out of a box together,
 * and a label beside its own arrow there is still read as its own).
 */
export function clearanceFrom(edge: TopologyEdge, other: TopologyEdge): number {
	const sharesBox = [other.from, other.to].some((end) => end === edge.from || end === edge.to);
	return sharesBox ? SHARED_BOX_CLEARANCE : LABEL_CLEARANCE;
}

const length = (edge: PlacedEdge) => Math.hypot(edge.end.x - edge.start.x, edge.end.y - edge.start.y);

/** The unit normal on an edge's left, looking from its start to its end. */
function leftNormal(start: Point, end: Point): Point {
	const length = Math.hypot(end.x - start.x, end.y - start.y);
	return { x: (end.y - start.y) / length, y: -(end.x - start.x) / length };
}

/** The rule-based grid, or searched ones, best first, when the rules need more columns than the arrangement has. */
function slotOptions(view: TopologyView, arrangement: Arrangement, nodeHeight: number): Map<string, Slot>[] {
	const ruled = assignSlots(view);
	const columns = new Set([...ruled.values()].map((slot) => slot.column)).size;
	if (columns <= arrangement.maxColumns) return [ruled];
	return searchSlots(
		view,
		arrangement.maxColumns,
		{
			nodeWidth: arrangement.nodeWidth,
			nodeHeight,
			columnPitch: arrangement.nodeWidth + arrangement.columnGap,
			rowPitch: nodeHeight + arrangement.rowGap,
		},
		ruled,
	);
}

/**
 * Where an edge's label may go, best first: beside the line (never on it, where it would hide
 * the line and, on a short edge, its direction), at the middle and then further along, on
 * either side; one of two arrows joining the same boxes both ways uses its own side only,
 * where it cannot be read as the other arrow's.
 */
function labelCandidates(edge: PlacedEdge): LabelPlace[] {
	const normal = edge.side ?? leftNormal(edge.start, edge.end);
	const sides = edge.side === undefined ? [1, -1] : [1];
	// The usual wrapping first; then a word to a line, which fits the narrow gap between two boxes side by side.
	const wrappings = [labelLines(edge.label), wrapText(edge.label, 1)].filter(
		(lines, index, all) => index === 0 || lines.length !== all[0]!.length,
	);
	return wrappings.flatMap((lines) =>
		LABEL_GAPS.flatMap((gap) =>
			LABEL_POSITIONS.flatMap((t) => {
				const onLine = labelBox(lines, {
					x: edge.start.x + (edge.end.x - edge.start.x) * t,
					y: edge.start.y + (edge.end.y - edge.start.y) * t,
				});
				// How far the box's centre must move along the normal for its nearest corner to clear the line by `gap`.
				const reach = Math.abs(normal.x) * (onLine.width / 2) + Math.abs(normal.y) * (onLine.height / 2) + gap;
				return sides.map((sign) => ({ lines, box: shift(onLine, sign * normal.x * reach, sign * normal.y * reach) }));
			}),
		),
	);
}

/**
 * Lays a view out in one arrangement, and places the edge labels clear of boxes, labels and
 * other arrows. Of the grid placements on offer, the first whose labels all find a clear place
 * wins; failing that, the one with the fewest labels in trouble.
 */
export function layoutTopology(view: TopologyView, arrangement: Arrangement = WIDE): TopologyLayout {
	const lines = new Map(view.nodes.map((node) => [node.id, nodeLines(node)]));
	// One height for every box, from the box with the most lines, so the rows stay even.
	const nodeHeight = Math.max(
		MIN_NODE_HEIGHT,
		...[...lines.values()].map((text) => text.length * NODE_LINE_HEIGHT + 2 * NODE_PADDING),
	);
	const judged = slotOptions(view, arrangement, nodeHeight).map((slots, order) => {
		const attempt = layoutOnSlots(view, arrangement, slots, lines, nodeHeight);
		return { ...attempt, ...drawnFaults(attempt.layout), order };
	});
	// The search judged centre-to-centre lines; the arrows as drawn leave box borders and run apart
	// when paired, so they are judged again here: no arrow through a box first, then labels that fit,
	// then the fewest crossings, then the search's own order. Stable sort keeps the result deterministic.
	judged.sort(
		(a, b) =>
			a.blocked - b.blocked ||
			Math.sign(a.trouble) - Math.sign(b.trouble) ||
			a.crossings - b.crossings ||
			a.trouble - b.trouble ||
			a.order - b.order,
	);
	return judged[0]!.layout;
}

/** What the drawn arrows get wrong: passes through boxes they do not join, and crossings of arrows sharing no box. */
function drawnFaults(layout: TopologyLayout): { blocked: number; crossings: number } {
	let blocked = 0;
	let crossings = 0;
	for (const [index, edge] of layout.edges.entries()) {
		for (const node of layout.nodes) {
			if (node.id !== edge.from && node.id !== edge.to && segmentCrossesBox(edge.start, edge.end, node.box)) blocked++;
		}
		for (const other of layout.edges.slice(index + 1)) {
			const sharesBox = [other.from, other.to].some((end) => end === edge.from || end === edge.to);
			if (!sharesBox && segmentsCross(edge.start, edge.end, other.start, other.end)) crossings++;
		}
	}
	return { blocked, crossings };
}

function layoutOnSlots(
	view: TopologyView,
	arrangement: Arrangement,
	slots: ReadonlyMap<string, Slot>,
	lines: ReadonlyMap<string, NodeLine[]>,
	nodeHeight: number,
): { layout: TopologyLayout; trouble: number } {
	const columnPitch = arrangement.nodeWidth + arrangement.columnGap;
	const rowPitch = nodeHeight + arrangement.rowGap;
	const placed = view.nodes.map((node) => {
		const slot = slots.get(node.id)!;
		const box = {
			x: slot.column * columnPitch,
			y: slot.row * rowPitch,
			width: arrangement.nodeWidth,
			height: nodeHeight,
		};
		return { ...node, slot, box, lines: lines.get(node.id)! };
	});
	const rawZones =
		view.privateNetwork.length === 0
			? []
			: [zoneAround('Private network', view.privateNetwork, new Map(placed.map((node) => [node.id, node.box])))];

	const drawn = view.edges.filter((edge) => edge.from !== edge.to);
	const rawBoxOf = new Map(placed.map((node) => [node.id, node.box]));
	const edges: PlacedEdge[] = drawn.map((edge) => {
		const from = rawBoxOf.get(edge.from)!;
		const to = rawBoxOf.get(edge.to)!;
		const start = exitPoint(from, centre(to), 2);
		const end = exitPoint(to, centre(from), 4);
		if (!drawn.some((other) => other.from === edge.to && other.to === edge.from)) return { ...edge, start, end };
		// Shift to the arrow's own left, so the reverse arrow sits on the other side.
		const side = leftNormal(start, end);
		const nx = side.x * PAIR_OFFSET;
		const ny = side.y * PAIR_OFFSET;
		return { ...edge, side, start: { x: start.x + nx, y: start.y + ny }, end: { x: end.x + nx, y: end.y + ny } };
	});

	const obstacles = [...placed.map((node) => inflate(node.box, 4)), ...rawZones.map(zoneCaptionBox)];
	const placedLabels: Box[] = [];
	let totalTrouble = 0;
	// Short edges have the fewest places for a label, so they choose first. An edge with no clear
	// place waits until every other edge has chosen: by then another edge into the same box may
	// show the same words, and the label can be left off rather than crowded in (the
	// connections table still lists every edge).
	const byLength = [...edges].sort((a, b) => length(a) - length(b));
	const waiting: PlacedEdge[] = [];
	const carried = new Set<string>();
	const sameWords = (edge: PlacedEdge) => `${edge.to}\u0000${edge.label}`;
	const place = (edge: PlacedEdge, spot: LabelPlace) => {
		carried.add(sameWords(edge));
		placedLabels.push(spot.box);
		edge.drawnLabel = spot;
	};
	/** How badly a place breaks the rules: covering a box or a label is worse than crowding an arrow. */
	const trouble = (edge: PlacedEdge, { box }: LabelPlace) =>
		10 * [...obstacles, ...placedLabels].filter((other) => boxesOverlap(box, other)).length +
		edges.filter(
			(other) => other !== edge && segmentBoxDistance(other.start, other.end, box) < clearanceFrom(edge, other),
		).length;
	for (const edge of byLength) {
		const clear = labelCandidates(edge).find((spot) => trouble(edge, spot) === 0);
		if (clear) place(edge, clear);
		else waiting.push(edge);
	}
	for (const edge of waiting) {
		const candidates = labelCandidates(edge);
		const clear = candidates.find((spot) => trouble(edge, spot) === 0);
		if (clear === undefined && carried.has(sameWords(edge))) continue;
		// Of several waiting edges with the same words into the same box, only the one with the least crowded place shows them.
		const twins = waiting.filter((other) => sameWords(other) === sameWords(edge));
		const crowding = (candidate: PlacedEdge) =>
			Math.min(...labelCandidates(candidate).map((spot) => trouble(candidate, spot)));
		if (clear === undefined && twins.some((twin) => crowding(twin) < crowding(edge))) continue;
		const spot = clear ?? candidates.reduce((best, spot) => (trouble(edge, spot) < trouble(edge, best) ? spot : best));
		totalTrouble += trouble(edge, spot);
		place(edge, spot);
	}

	// Move everything so the drawing starts at the margin, whatever sticks out furthest.
	const extent = boundingBox([...placed.map((node) => node.box), ...placedLabels, ...rawZones.map((zone) => zone.box)]);
	const dx = arrangement.margin - extent.x;
	const dy = arrangement.margin - extent.y;
	const move = (point: Point) => ({ x: point.x + dx, y: point.y + dy });
	const layout = {
		arrangement: arrangement.name,
		width: Math.ceil(extent.width + 2 * arrangement.margin),
		height: Math.ceil(extent.height + 2 * arrangement.margin),
		nodes: placed.map((node) => ({ ...node, box: shift(node.box, dx, dy) })),
		edges: edges.map((edge) => ({
			...edge,
			start: move(edge.start),
			end: move(edge.end),
			...(edge.drawnLabel ? { drawnLabel: { ...edge.drawnLabel, box: shift(edge.drawnLabel.box, dx, dy) } } : {}),
		})),
		zones: rawZones.map((zone) => ({ ...zone, box: shift(zone.box, dx, dy) })),
	};
	return { layout, trouble: totalTrouble };
}
