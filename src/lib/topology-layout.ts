import {
	boundingBox,
	boxesOverlap,
	centre,
	exitPoint,
	inflate,
	textWidth,
	wrapText,
	type Box,
	type Point,
} from './topology-geometry.ts';
import type { TopologyEdge, TopologyNode, TopologyView } from './topology-model.ts';

/**
 * Places a topology view on a grid. The slots follow from the graph, not from node ids, so a
 * pattern with the same shape lays out the same way:
 *
 * 1. the load balancer sits in column 0, row 1; the clients that reach it sit above it;
 * 2. external services fill the next column from the top, in the order edges first name them;
 * 3. product nodes fill row 2: first those the load balancer feeds, then those other product
 *    nodes call, then the rest, so each call runs to a neighbour;
 * 4. databases sit in row 3 under the mean column of the nodes that use them;
 * 5. other clients stack on the product node they reach, first below it, then above;
 * 6. anything left takes the first free slot of row 4.
 *
 * Labels sit on their edge, at the middle or as near it as they fit clear of boxes and of
 * labels already placed.
 *
 * Unit tests assert that no edge crosses a box it does not join and that no label overlaps a
 * box or another label, so a data change that breaks the picture fails the tests, not the reader.
 */

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 76;
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
/** Places along an edge to try for its label, from the middle outwards. */
const LABEL_POSITIONS = [0.5, 0.4, 0.6, 0.3, 0.7];

export interface Slot {
	column: number;
	row: number;
}

export interface PlacedNode extends TopologyNode {
	slot: Slot;
	box: Box;
}

export interface PlacedEdge extends TopologyEdge {
	start: Point;
	end: Point;
	/** The label as drawn, or undefined when space is short and another edge into the same node shows the same words. */
	drawnLabel?: { lines: string[]; box: Box };
}

export interface PlacedZone {
	label: string;
	members: string[];
	box: Box;
}

export interface TopologyLayout {
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
	zones: PlacedZone[];
}

function assignSlots(view: TopologyView): Map<string, Slot> {
	const slots = new Map<string, Slot>();
	const taken = (slot: Slot) => [...slots.values()].some((s) => s.column === slot.column && s.row === slot.row);
	const kindOf = new Map(view.nodes.map((node) => [node.id, node.kind]));
	const ofKind = (kind: TopologyNode['kind']) => view.nodes.filter((node) => node.kind === kind).map((node) => node.id);
	const edgesFrom = (id: string) => view.edges.filter((edge) => edge.from === id);

	const balancer = ofKind('load-balancer')[0];
	if (balancer !== undefined) {
		slots.set(balancer, { column: 0, row: 1 });
		const entering = view.edges.filter((edge) => edge.to === balancer && kindOf.get(edge.from) === 'client');
		[...new Set(entering.map((edge) => edge.from))].forEach((id, column) => slots.set(id, { column, row: 0 }));
	}
	const externalColumn = Math.max(1, ...[...slots.values()].filter((s) => s.row === 0).map((s) => s.column + 1));
	const externalOrder = [...new Set(view.edges.map((edge) => edge.to))].filter((id) => kindOf.get(id) === 'external');
	externalOrder.forEach((id, row) => slots.set(id, { column: externalColumn, row }));

	const products = ofKind('wso2-node');
	const fed = products.filter((id) => balancer !== undefined && edgesFrom(balancer).some((edge) => edge.to === id));
	const called = products.filter(
		(id) => !fed.includes(id) && view.edges.some((edge) => edge.to === id && kindOf.get(edge.from) === 'wso2-node'),
	);
	const others = products.filter((id) => !fed.includes(id) && !called.includes(id));
	[...fed, ...called, ...others].forEach((id, column) => slots.set(id, { column, row: 2 }));

	for (const id of ofKind('database')) {
		const columns = view.edges
			.filter((edge) => edge.to === id || edge.from === id)
			.map((edge) => slots.get(edge.to === id ? edge.from : edge.to)?.column)
			.filter((column): column is number => column !== undefined);
		const column = columns.length === 0 ? 0 : Math.round(columns.reduce((a, b) => a + b, 0) / columns.length);
		slots.set(id, { column, row: 3 });
	}

	for (const id of ofKind('client').filter((client) => !slots.has(client))) {
		const target = edgesFrom(id)
			.map((edge) => slots.get(edge.to))
			.find((slot) => slot !== undefined);
		if (target === undefined) continue;
		const candidates = [1, -1, 2, -2].map((offset) => ({ column: target.column, row: target.row + offset }));
		const free = candidates.find((slot) => slot.row >= 0 && !taken(slot));
		if (free) slots.set(id, free);
	}

	for (const node of view.nodes.filter((candidate) => !slots.has(candidate.id))) {
		let column = 0;
		while (taken({ column, row: 4 })) column += 1;
		slots.set(node.id, { column, row: 4 });
	}
	return slots;
}

/** The label's lines: wrapped at spaces, with a port list breaking after its commas. */
export function labelLines(label: string): string[] {
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

	const edges: PlacedEdge[] = view.edges.map((edge) => {
		const from = boxOf.get(edge.from)!;
		const to = boxOf.get(edge.to)!;
		return { ...edge, start: exitPoint(from, centre(to), 2), end: exitPoint(to, centre(from), 4) };
	});

	const obstacles = [...nodes.map((node) => inflate(node.box, 4)), ...zones.map(zoneCaptionBox)];
	const placedLabels: Box[] = [];
	const carried = new Set<string>();
	for (const edge of edges) {
		const lines = labelLines(edge.label);
		const candidates = LABEL_POSITIONS.map((t) =>
			labelBox(lines, {
				x: edge.start.x + (edge.end.x - edge.start.x) * t,
				y: edge.start.y + (edge.end.y - edge.start.y) * t,
			}),
		);
		const clear = candidates.find((box) => ![...obstacles, ...placedLabels].some((other) => boxesOverlap(box, other)));
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
