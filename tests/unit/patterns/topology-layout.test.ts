import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import {
	boxesOverlap,
	segmentCrossesBox,
	segmentToBox,
	textWidth,
	wrapText,
	type Box,
	type Point,
} from '../../../src/lib/patterns/topology-geometry.ts';
import { layoutTopology, NARROW, WIDE, zoneCaptionBox } from '../../../src/lib/patterns/topology-layout.ts';
import { buildTopology } from '../../../src/lib/patterns/topology-model.ts';

const inside = (inner: Box, outer: Box) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;
/** The straight pieces of a route. */
const segments = (points: readonly Point[]) => points.slice(1).map((end, index) => [points[index]!, end] as const);
/** The gap between a route and a box. */
const gap = (points: readonly Point[], box: Box) =>
	Math.min(...segments(points).map(([a, b]) => segmentToBox(a, b, box)));

/** Every arrangement of every manager placement of every pattern. */
const cases = atlas.deploymentPatterns.flatMap((pattern) =>
	pattern.managerPlacements.flatMap((placement) =>
		[WIDE, NARROW].map((preset) => ({
			name: `${pattern.id} ${placement.id} ${preset.name}`,
			view: buildTopology(pattern, atlas, placement.id),
			preset,
		})),
	),
);

describe.each(cases)('the $name diagram', async ({ view, preset }) => {
	const layout = await layoutTopology(view, preset);
	const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };
	const boxOf = new Map(layout.nodes.map((node) => [node.id, node.box]));
	const labelled = layout.edges.filter((edge) => edge.drawnLabel !== undefined);

	test('draws every box and every arrow between two boxes, each arrow from its source to its target', () => {
		expect(layout.nodes.map((node) => node.id).sort()).toEqual(view.nodes.map((node) => node.id).sort());
		expect(layout.edges.map((edge) => edge.id)).toEqual(
			view.edges.filter((edge) => edge.from !== edge.to).map((edge) => edge.id),
		);
		for (const edge of layout.edges) {
			expect(gap(edge.points.slice(0, 2), boxOf.get(edge.from)!), `${edge.id} leaves its source`).toBeLessThan(1);
			expect(gap(edge.points.slice(-2), boxOf.get(edge.to)!), `${edge.id} reaches its target`).toBeLessThan(1);
		}
	});

	test('draws no arrow through a box it does not join', () => {
		for (const edge of layout.edges) {
			for (const node of layout.nodes.filter((candidate) => candidate.id !== edge.from && candidate.id !== edge.to)) {
				for (const [a, b] of segments(edge.points))
					expect(segmentCrossesBox(a, b, node.box), `${edge.id} crosses ${node.id}`).toBe(false);
			}
		}
	});

	test('labels every arrow, clear of boxes, zone captions, other labels and every line', () => {
		expect(labelled).toHaveLength(layout.edges.length);
		for (const [index, edge] of labelled.entries()) {
			const box = edge.drawnLabel!.box;
			for (const node of layout.nodes) expect(boxesOverlap(box, node.box), `${edge.id} on ${node.id}`).toBe(false);
			for (const zone of layout.zones) expect(boxesOverlap(box, zoneCaptionBox(zone))).toBe(false);
			for (const other of labelled.slice(index + 1))
				expect(boxesOverlap(box, other.drawnLabel!.box), `${edge.id} on ${other.id}`).toBe(false);
			for (const line of layout.edges)
				for (const [a, b] of segments(line.points))
					expect(segmentCrossesBox(a, b, box), `${line.id} through the label of ${edge.id}`).toBe(false);
		}
	});

	test('sets each label beside its own arrow, nearer to it than to any other line', () => {
		for (const edge of labelled) {
			const own = gap(edge.points, edge.drawnLabel!.box);
			expect(own, `${edge.id}: label away from its arrow`).toBeLessThanOrEqual(6);
			for (const other of layout.edges.filter((candidate) => candidate !== edge)) {
				expect(gap(other.points, edge.drawnLabel!.box), `${edge.id}: label as near ${other.id}`).toBeGreaterThan(
					own + 3,
				);
			}
		}
	});

	test(`keeps its text at ${preset.minTextPixels} px or more when scaled into ${preset.fitsWithin} px`, () => {
		const scale = Math.min(1, preset.fitsWithin / layout.width);
		const smallest = Math.min(preset.labelFontSize, preset.detailFontSize, preset.nameFontSize);
		expect(smallest * scale).toBeGreaterThanOrEqual(preset.minTextPixels);
	});

	test('keeps every line of text inside its box', () => {
		for (const node of layout.nodes) {
			for (const line of node.lines) {
				const size = line.strong ? preset.nameFontSize * 1.1 : preset.detailFontSize;
				expect(textWidth(line.text, size), `${node.id}: "${line.text}"`).toBeLessThanOrEqual(node.box.width - 8);
			}
		}
	});

	test('fits everything inside the drawing', () => {
		for (const node of layout.nodes) expect(inside(node.box, canvas)).toBe(true);
		for (const zone of layout.zones) expect(inside(zone.box, canvas)).toBe(true);
		for (const edge of labelled) expect(inside(edge.drawnLabel!.box, canvas)).toBe(true);
	});

	test('puts exactly the private network members inside its zone', () => {
		expect(layout.zones.flatMap((zone) => zone.members).sort()).toEqual([...view.privateNetwork].sort());
		for (const zone of layout.zones) {
			for (const node of layout.nodes) {
				const member = zone.members.includes(node.id);
				expect(inside(node.box, zone.box), `${node.id} in zone`).toBe(member);
				if (!member) expect(boxesOverlap(node.box, zone.box), `${node.id} touches zone`).toBe(false);
			}
		}
	});
});

describe('geometry', () => {
	const box = { x: 0, y: 0, width: 100, height: 50 };

	test('a segment crosses a box only through its inside', () => {
		expect(segmentCrossesBox({ x: -10, y: 25 }, { x: 110, y: 25 }, box)).toBe(true);
		expect(segmentCrossesBox({ x: -10, y: -10 }, { x: 110, y: -5 }, box)).toBe(false);
		expect(segmentCrossesBox({ x: -10, y: 0 }, { x: 110, y: 0 }, box)).toBe(false);
		expect(segmentCrossesBox({ x: -10, y: 25 }, { x: -1, y: 25 }, box)).toBe(false);
	});

	test('the gap between a segment and a box is measured to the nearest point of each', () => {
		expect(segmentToBox({ x: -10, y: 25 }, { x: 110, y: 25 }, box)).toBe(0);
		expect(segmentToBox({ x: 110, y: -20 }, { x: 110, y: 80 }, box)).toBe(10);
		expect(segmentToBox({ x: 103, y: 54 }, { x: 200, y: 54 }, box)).toBe(5);
		expect(segmentToBox({ x: 110, y: 60 }, { x: 130, y: 80 }, box)).toBeCloseTo(Math.hypot(10, 10));
	});

	test('boxes that only touch do not overlap', () => {
		expect(boxesOverlap(box, { x: 100, y: 0, width: 10, height: 10 })).toBe(false);
		expect(boxesOverlap(box, { x: 99, y: 0, width: 10, height: 10 })).toBe(true);
	});

	test('text wraps at spaces, never at a no-break space, and keeps long words whole', () => {
		expect(wrapText('5228, 5229-5230', 12)).toEqual(['5228,', '5229-5230']);
		expect(wrapText('Android and iOS devices', 17)).toEqual(['Android and iOS', 'devices']);
		expect(wrapText('on TCP\u00a04000', 6)).toEqual(['on', 'TCP\u00a04000']);
		expect(wrapText('supercalifragilistic word', 5)).toEqual(['supercalifragilistic', 'word']);
	});

	test('capitals are estimated wider than lower case', () => {
		expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
	});
});
