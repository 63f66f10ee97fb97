import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import {
	boxesOverlap,
	exitPoint,
	segmentCrossesBox,
	textWidth,
	wrapText,
	type Box,
} from '../../../src/lib/patterns/topology-geometry.ts';
import { layoutTopology, zoneCaptionBox } from '../../../src/lib/patterns/topology-layout.ts';
import { buildTopology } from '../../../src/lib/patterns/topology-model.ts';

const pattern = atlas.deploymentPatterns.find((candidate) => candidate.id === 'iot-server-ha')!;
const inside = (inner: Box, outer: Box) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

describe.each(pattern.managerPlacements.map((placement) => [placement.id]))('the %s diagram', (placementId) => {
	const layout = layoutTopology(buildTopology(pattern, atlas, placementId));
	const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };

	test('gives every node its own grid slot', () => {
		const slots = layout.nodes.map((node) => `${node.slot.column},${node.slot.row}`);
		expect(new Set(slots).size).toBe(slots.length);
	});

	test('draws no edge through a box it does not join', () => {
		for (const edge of layout.edges) {
			for (const node of layout.nodes.filter((candidate) => candidate.id !== edge.from && candidate.id !== edge.to)) {
				expect(segmentCrossesBox(edge.start, edge.end, node.box), `${edge.id} crosses ${node.id}`).toBe(false);
			}
		}
	});

	test('keeps every label clear of boxes, zone captions and other labels', () => {
		const labels = layout.edges.flatMap((edge) => (edge.drawnLabel ? [{ id: edge.id, box: edge.drawnLabel.box }] : []));
		for (const [index, label] of labels.entries()) {
			for (const node of layout.nodes)
				expect(boxesOverlap(label.box, node.box), `${label.id} on ${node.id}`).toBe(false);
			for (const zone of layout.zones) expect(boxesOverlap(label.box, zoneCaptionBox(zone))).toBe(false);
			for (const other of labels.slice(index + 1))
				expect(boxesOverlap(label.box, other.box), `${label.id} on ${other.id}`).toBe(false);
		}
	});

	test("keeps every label off the lines of other edges, so no label reads as the wrong arrow's", () => {
		for (const edge of layout.edges.filter((candidate) => candidate.drawnLabel !== undefined)) {
			for (const other of layout.edges.filter((candidate) => candidate !== edge)) {
				expect(segmentCrossesBox(other.start, other.end, edge.drawnLabel!.box), `${other.id} through ${edge.id}`).toBe(
					false,
				);
			}
		}
	});

	test('labels every edge whose words are not already shown on another edge into the same node', () => {
		for (const edge of layout.edges.filter((candidate) => candidate.drawnLabel === undefined)) {
			const twin = layout.edges.find(
				(other) => other.to === edge.to && other.label === edge.label && other.drawnLabel !== undefined,
			);
			expect(twin, `${edge.id} has no label`).toBeDefined();
		}
	});

	test('fits everything inside the drawing', () => {
		for (const node of layout.nodes) expect(inside(node.box, canvas)).toBe(true);
		for (const zone of layout.zones) expect(inside(zone.box, canvas)).toBe(true);
		for (const edge of layout.edges) if (edge.drawnLabel) expect(inside(edge.drawnLabel.box, canvas)).toBe(true);
	});

	test('puts exactly the private network members inside its zone', () => {
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

	test('an edge leaves a box where the ray from its centre crosses the border', () => {
		expect(exitPoint(box, { x: 50, y: 500 })).toEqual({ x: 50, y: 50 });
		expect(exitPoint(box, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
		expect(exitPoint(box, { x: 500, y: 25 }, 4)).toEqual({ x: 104, y: 25 });
	});

	test('a segment crosses a box only through its inside', () => {
		expect(segmentCrossesBox({ x: -10, y: 25 }, { x: 110, y: 25 }, box)).toBe(true);
		expect(segmentCrossesBox({ x: -10, y: -10 }, { x: 110, y: -5 }, box)).toBe(false);
		expect(segmentCrossesBox({ x: -10, y: 0 }, { x: 110, y: 0 }, box)).toBe(false);
		expect(segmentCrossesBox({ x: -10, y: 25 }, { x: -1, y: 25 }, box)).toBe(false);
	});

	test('boxes that only touch do not overlap', () => {
		expect(boxesOverlap(box, { x: 100, y: 0, width: 10, height: 10 })).toBe(false);
		expect(boxesOverlap(box, { x: 99, y: 0, width: 10, height: 10 })).toBe(true);
	});

	test('text wraps at spaces and keeps long words whole', () => {
		expect(wrapText('5228, 5229-5230', 12)).toEqual(['5228,', '5229-5230']);
		expect(wrapText('Android and iOS devices', 17)).toEqual(['Android and iOS', 'devices']);
		expect(wrapText('supercalifragilistic word', 5)).toEqual(['supercalifragilistic', 'word']);
	});

	test('capitals are estimated wider than lower case', () => {
		expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
	});
});
