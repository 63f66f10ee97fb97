import {
	boundingBox,
	boxesOverlap,
	centre,
	exitPoint,
	segmentCrossesBox,
	inflate,
	textWidth,
	wrapText,
	type Box,
	type Point,
} from './topology-geometry.ts';
import type { TopologyEdge, TopologyNode, TopologyView } from './topology-model.ts';
import { assignSlots, type Slot } from './topology-slots.ts';

export type { Slot } from './topology-slots.ts';

/**
 * Lays a topology view out: grid slots from topology-slots.ts, boxes, the private-network zone,
 * arrows, and labels on their edge, at the middle or as near it as they fit clear of boxes and
 * of labels already placed.
 *
 * Unit tests assert that no edge crosses a box it does not join and that no label overlaps a
 * box or another label, so a data change that breaks the picture fails the tests, not the reader.
 */

const NODE_WIDTH = 150;
const NODE_HEIGHT = 76;
const COLUMN_PITCH = 230;
const ROW_PITCH = 150;
const MARGIN = 24;
const ZONE_PADDING = 14;
/** Room above a zone's first box for the zone's own caption. */
const ZONE_CAPTION = 18;
export const LABEL_FONT_SIZE = 12.5;
export const LABEL_LINE_HEIGHT = 15;
const LABEL_MAX_CHARS = 12;
const LABEL_PADDING = 3;
/** Gap either side of the middle line for two arrows joining the same boxes both ways. */
const PAIR_OFFSET = 5;
/** Places along an edge to try for its label, from the middle outwards. */
const LABEL_POSITIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75];

export interface PlacedNode extends TopologyNode {
	slot: Slot;
	box: Box;
}

interface PlacedEdge extends TopologyEdge {
	start: Point;
	end: Point;
	/** For one of two arrows joining the same boxes both ways: the unit normal towards its own side. */
	side?: Point;
	/** The label as drawn, or undefined when space is short and another edge into the same node shows the same words. */
	drawnLabel?: { lines: string[]; box: Box };
}

interface PlacedZone {
	label: string;
	members: string[];
	box: Box;
}

interface TopologyLayout {
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
	zones: PlacedZone[];
}

/** The label's lines: wrapped at spaces, with a port list breaking after its commas. */
function labelLines(label: string): string[] {
	return wrapText(label, LABEL_MAX_CHARS);
}

function labelBox(lines: readonly string[], at: Point): Box {
	const width = Math.max(...lines.map((line) => textWidth(line, LABEL_FONT_SIZE))) + 2 * LABEL_PADDING;
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

/** Lays a view out on the grid, places the edge labels clear of boxes and of each other. */
export function layoutTopology(view: TopologyView): TopologyLayout {
	const slots = assignSlots(view);
	const placed = view.nodes.map((node) => {
		const slot = slots.get(node.id)!;
		const box = { x: slot.column * COLUMN_PITCH, y: slot.row * ROW_PITCH, width: NODE_WIDTH, height: NODE_HEIGHT };
		return { ...node, slot, box };
	});
	const rawZones =
		view.privateNetwork.length === 0
			? []
			: [zoneAround('Private network', view.privateNetwork, new Map(placed.map((node) => [node.id, node.box])))];
	// Move everything so the drawing starts at the margin, whatever sticks out furthest.
	const extent = boundingBox([...placed.map((node) => node.box), ...rawZones.map((zone) => zone.box)]);
	const dx = MARGIN - extent.x;
	const dy = MARGIN - extent.y;
	const nodes: PlacedNode[] = placed.map((node) => ({ ...node, box: shift(node.box, dx, dy) }));
	const zones: PlacedZone[] = rawZones.map((zone) => ({ ...zone, box: shift(zone.box, dx, dy) }));
	const boxOf = new Map(nodes.map((node) => [node.id, node.box]));

	const drawn = view.edges.filter((edge) => edge.from !== edge.to);
	const edges: PlacedEdge[] = drawn.map((edge) => {
		const from = boxOf.get(edge.from)!;
		const to = boxOf.get(edge.to)!;
		const start = exitPoint(from, centre(to), 2);
		const end = exitPoint(to, centre(from), 4);
		if (!drawn.some((other) => other.from === edge.to && other.to === edge.from)) return { ...edge, start, end };
		// Shift to the arrow's own left, so the reverse arrow sits on the other side.
		const length = Math.hypot(end.x - start.x, end.y - start.y);
		const side = { x: (end.y - start.y) / length, y: -(end.x - start.x) / length };
		const nx = side.x * PAIR_OFFSET;
		const ny = side.y * PAIR_OFFSET;
		return { ...edge, side, start: { x: start.x + nx, y: start.y + ny }, end: { x: end.x + nx, y: end.y + ny } };
	});

	const obstacles = [...nodes.map((node) => inflate(node.box, 4)), ...zones.map(zoneCaptionBox)];
	const placedLabels: Box[] = [];
	const carried = new Set<string>();
	for (const edge of edges) {
		const lines = labelLines(edge.label);
		const onLine = LABEL_POSITIONS.map((t) =>
			labelBox(lines, {
				x: edge.start.x + (edge.end.x - edge.start.x) * t,
				y: edge.start.y + (edge.end.y - edge.start.y) * t,
			}),
		);
		// Beside the line rather than on it: one of two arrows joining the same boxes both ways
		// tries its own side first, where it cannot be read as the other arrow's label; any
		// other arrow tries either side only when nothing on the line is clear.
		const normal = edge.side ?? {
			x: (edge.end.y - edge.start.y) / Math.hypot(edge.end.x - edge.start.x, edge.end.y - edge.start.y),
			y: -(edge.end.x - edge.start.x) / Math.hypot(edge.end.x - edge.start.x, edge.end.y - edge.start.y),
		};
		const beside = (sign: number) =>
			onLine.map((box) => {
				const reach = Math.abs(normal.x) * (box.width / 2) + Math.abs(normal.y) * (box.height / 2) + PAIR_OFFSET;
				return shift(box, sign * normal.x * reach, sign * normal.y * reach);
			});
		const candidates = edge.side === undefined ? [...onLine, ...beside(1), ...beside(-1)] : [...beside(1), ...onLine];
		// A label that another arrow runs through reads as that arrow's, so other lines count as
		// obstacles too (its own line runs through it by design).
		const others = edges.filter((other) => other !== edge);
		const clear = candidates.find(
			(box) =>
				![...obstacles, ...placedLabels].some((other) => boxesOverlap(box, other)) &&
				!others.some((other) => segmentCrossesBox(other.start, other.end, box)),
		);
		// Where space is short, a label that another edge into the same node already shows is
		// left off rather than crowded in; the connections table still lists every edge.
		const sameWords = `${edge.to}\u0000${edge.label}`;
		if (clear === undefined && carried.has(sameWords)) continue;
		const box = clear ?? candidates[0]!;
		carried.add(sameWords);
		placedLabels.push(box);
		edge.drawnLabel = { lines, box };
	}

	const all = boundingBox([...nodes.map((node) => node.box), ...placedLabels, ...zones.map((zone) => zone.box)]);
	return {
		width: Math.ceil(all.x + all.width + MARGIN),
		height: Math.ceil(all.y + all.height + MARGIN),
		nodes,
		edges,
		zones,
	};
}
