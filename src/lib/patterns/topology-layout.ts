import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { textWidth, wrapText, type Box, type Point } from './topology-geometry.ts';
import type { TopologyEdge, TopologyNode, TopologyView } from './topology-model.ts';

/**
 * Lays a topology view out with ELK's layered algorithm (the Eclipse Layout Kernel): boxes in
 * rows from the clients down to the data, edges routed at right angles around the boxes, and
 * every label placed beside its own edge in room the algorithm reserves for it, so no label sits
 * on a box, on another label or on another edge. The private network is a compound node, so its
 * members stay together inside the zone.
 *
 * One view has two arrangements from the same data: wide for a desktop column and narrow for a
 * phone, where at most two boxes share a row and the text is set larger, because the drawing is
 * scaled down to the screen. tests/unit/patterns/topology-layout.test.ts checks both.
 */

const LINE_HEIGHT = 1.25;
const NODE_PADDING = 10;
const LABEL_PADDING = 3;
const MARGIN = 12;
/** Room above a zone's first box for the zone's own caption. */
const ZONE_CAPTION = 24;
const ZONE_PADDING = 10;
/** Average glyph width in ems, for choosing how many characters fit on a line. */
const AVERAGE_GLYPH = 0.6;

/** The sizes of one arrangement, in drawing units (CSS pixels when drawn at its natural size). */
export interface TopologyPreset {
	name: 'wide' | 'narrow';
	nodeWidth: number;
	nameFontSize: number;
	detailFontSize: number;
	labelFontSize: number;
	/** True when the clients share the top row and external services the bottom one. */
	pinEnds: boolean;
	/** Narrowest text, in CSS pixels, the drawing may show once scaled to its box. */
	minTextPixels: number;
	/** The box the drawing must fit at that size, in CSS pixels. */
	fitsWithin: number;
	/** Longest line of an edge label, in characters: port lists break after a comma. */
	labelChars: number;
	/** ELK options of this arrangement: spacing, and how rows are formed. */
	elk: Record<string, string>;
}

const LAYOUT_OPTIONS = {
	'elk.algorithm': 'layered',
	'elk.direction': 'DOWN',
	'elk.edgeRouting': 'ORTHOGONAL',
	'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
	'elk.edgeLabels.inline': 'false',
	'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
	'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
	'elk.spacing.edgeLabel': '3',
	'elk.padding': `[top=${MARGIN},left=${MARGIN},bottom=${MARGIN},right=${MARGIN}]`,
};

const WIDE_OPTIONS: Record<string, string> = {
	'elk.layered.spacing.nodeNodeBetweenLayers': '30',
	'elk.spacing.nodeNode': '24',
	'elk.spacing.edgeNode': '12',
	'elk.spacing.edgeEdge': '16',
};

const NARROW_OPTIONS: Record<string, string> = {
	'elk.layered.spacing.nodeNodeBetweenLayers': '24',
	'elk.spacing.nodeNode': '10',
	'elk.spacing.edgeNode': '8',
	'elk.spacing.edgeEdge': '12',
	'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
	'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS',
	'elk.layered.layering.coffmanGraham.layerBound': '2',
};

/**
 * Desktop: Starlight's content column beside the table of contents is 695 px on a 1366 px
 * screen; the style sheet shows this arrangement from 660 px, where its text is still 12 px.
 */
export const WIDE: TopologyPreset = {
	name: 'wide',
	nodeWidth: 140,
	pinEnds: true,
	nameFontSize: 14,
	detailFontSize: 12.5,
	labelFontSize: 12.5,
	minTextPixels: 12,
	fitsWithin: 660,
	labelChars: 10,
	elk: WIDE_OPTIONS,
};

/** Phones: a 390 px screen leaves a 358 px column; text stays at 10 px or more. */
export const NARROW: TopologyPreset = {
	name: 'narrow',
	nodeWidth: 150,
	pinEnds: false,
	nameFontSize: 16,
	detailFontSize: 15.5,
	labelFontSize: 15.5,
	minTextPixels: 10,
	fitsWithin: 358,
	labelChars: 6,
	elk: NARROW_OPTIONS,
};

/** A line of text in a box: the name lines are bold. */
interface NodeLine {
	text: string;
	strong: boolean;
}

export interface PlacedNode extends TopologyNode {
	box: Box;
	lines: NodeLine[];
}

interface PlacedEdge extends TopologyEdge {
	/** The route, from the opening side to the arrowhead. */
	points: Point[];
	/** The label as drawn: its lines and the room the layout kept for it beside the edge. */
	drawnLabel?: { lines: string[]; box: Box };
}

interface PlacedZone {
	label: string;
	members: string[];
	box: Box;
}

export interface TopologyLayout {
	preset: TopologyPreset;
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
	zones: PlacedZone[];
}

const charsFitting = (width: number, fontSize: number) => Math.floor(width / (fontSize * AVERAGE_GLYPH));
/** The distance between two lines of text at a font size. */
export const lineHeight = (fontSize: number) => Math.round(fontSize * LINE_HEIGHT);

function nodeLines(node: TopologyNode, preset: TopologyPreset): NodeLine[] {
	const inner = preset.nodeWidth - 2 * NODE_PADDING;
	return [
		// Names are bold, and bold glyphs run about a tenth wider.
		...wrapText(node.label, charsFitting(inner, preset.nameFontSize * 1.1)).map((text) => ({ text, strong: true })),
		...node.details.flatMap((detail) =>
			wrapText(detail, charsFitting(inner, preset.detailFontSize)).map((text) => ({ text, strong: false })),
		),
	];
}

function nodeHeight(lines: readonly NodeLine[], preset: TopologyPreset): number {
	const heights = lines.map((line) => lineHeight(line.strong ? preset.nameFontSize : preset.detailFontSize));
	return heights.reduce((sum, height) => sum + height, 0) + 2 * NODE_PADDING;
}

function labelLines(label: string, preset: TopologyPreset): string[] {
	return wrapText(label, preset.labelChars);
}

function labelSize(lines: readonly string[], preset: TopologyPreset) {
	return {
		width: Math.ceil(Math.max(...lines.map((line) => textWidth(line, preset.labelFontSize))) + 2 * LABEL_PADDING),
		height: lines.length * lineHeight(preset.labelFontSize) + 2 * LABEL_PADDING,
	};
}

/**
 * The order boxes are handed to the algorithm: clients, the load balancer, product nodes, data,
 * external services. The algorithm keeps this order where it can, so the picture reads from the
 * people at the top to the data at the bottom.
 */
const KIND_ORDER: TopologyNode['kind'][] = ['client', 'load-balancer', 'wso2-node', 'database', 'external'];

const elk = new ELK();

/** Lays a view out in one arrangement; resolves to boxes, routes and labels in drawing units. */
export async function layoutTopology(view: TopologyView, preset: TopologyPreset = WIDE): Promise<TopologyLayout> {
	const members = new Set(view.privateNetwork);
	const nodes = [...view.nodes].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
	const linesOf = new Map(nodes.map((node) => [node.id, nodeLines(node, preset)]));
	const elkNode = (node: TopologyNode): ElkNode => ({
		id: node.id,
		width: preset.nodeWidth,
		height: nodeHeight(linesOf.get(node.id)!, preset),
		// On a desktop the clients share the top row; on a phone that row would be too wide.
		...(preset.pinEnds && (node.kind === 'client' || node.kind === 'external')
			? { layoutOptions: { 'elk.layered.layering.layerConstraint': node.kind === 'client' ? 'FIRST' : 'LAST' } }
			: {}),
	});
	// A flow among the machines of one tier has no arrow; its box says it in a line of its own.
	const drawn = view.edges.filter((edge) => edge.from !== edge.to);
	const labelsOf = new Map(drawn.map((edge) => [edge.id, labelLines(edge.label, preset)]));
	const zoneId = 'zone:private-network';
	const graph: ElkNode = {
		id: 'root',
		layoutOptions: { ...LAYOUT_OPTIONS, ...preset.elk },
		children: [
			...nodes.filter((node) => !members.has(node.id)).map(elkNode),
			...(members.size === 0
				? []
				: [
						{
							id: zoneId,
							layoutOptions: {
								'elk.padding': `[top=${ZONE_CAPTION + ZONE_PADDING},left=${ZONE_PADDING},bottom=${ZONE_PADDING},right=${ZONE_PADDING}]`,
							},
							children: nodes.filter((node) => members.has(node.id)).map(elkNode),
						},
					]),
		],
		edges: drawn.map((edge): ElkExtendedEdge => ({
			id: edge.id,
			sources: [edge.from],
			targets: [edge.to],
			labels: [{ text: edge.label, ...labelSize(labelsOf.get(edge.id)!, preset) }],
		})),
	};
	const result = await elk.layout(graph);

	// ELK gives children relative to their parent and edges relative to their container.
	const origin = new Map<string, Point>([['root', { x: 0, y: 0 }]]);
	const boxOf = new Map<string, Box>();
	const visit = (parent: ElkNode, at: Point) => {
		for (const child of parent.children ?? []) {
			const box = { x: at.x + (child.x ?? 0), y: at.y + (child.y ?? 0), width: child.width!, height: child.height! };
			boxOf.set(child.id, box);
			origin.set(child.id, { x: box.x, y: box.y });
			visit(child, box);
		}
	};
	visit(result, { x: 0, y: 0 });

	const routed = new Map(collectEdges(result).map((edge) => [edge.id, edge]));
	const edges: PlacedEdge[] = drawn.map((edge) => {
		const elkEdge = routed.get(edge.id)!;
		const at = origin.get(elkEdge.container ?? 'root') ?? { x: 0, y: 0 };
		const move = (point: Point) => ({ x: point.x + at.x, y: point.y + at.y });
		const section = elkEdge.sections![0]!;
		const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(move);
		const elkLabel = elkEdge.labels?.[0];
		const drawnLabel =
			elkLabel === undefined
				? undefined
				: {
						lines: labelsOf.get(edge.id)!,
						box: {
							...move({ x: elkLabel.x ?? 0, y: elkLabel.y ?? 0 }),
							width: elkLabel.width!,
							height: elkLabel.height!,
						},
					};
		return { ...edge, points, ...(drawnLabel ? { drawnLabel } : {}) };
	});
	const placedNodes = nodes.map((node) => ({ ...node, box: boxOf.get(node.id)!, lines: linesOf.get(node.id)! }));
	const zones =
		members.size === 0 ? [] : [{ label: 'Private network', members: [...members], box: boxOf.get(zoneId)! }];
	return {
		preset,
		width: Math.ceil(result.width!),
		height: Math.ceil(result.height!),
		nodes: placedNodes,
		edges,
		zones,
	};
}

/** Every edge of the laid-out graph, wherever ELK filed it (the root or a compound node). */
function collectEdges(node: ElkNode): ElkExtendedEdge[] {
	return [...(node.edges ?? []), ...(node.children ?? []).flatMap(collectEdges)];
}

/** Where a zone's caption is written: the strip above its first row of boxes. */
export function zoneCaptionBox(zone: PlacedZone): Box {
	return { x: zone.box.x, y: zone.box.y, width: zone.box.width, height: ZONE_CAPTION };
}
