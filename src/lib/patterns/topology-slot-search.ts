import { centre, inflate, segmentCrossesBox, segmentsCross, type Box } from './topology-geometry.ts';
import type { TopologyNode, TopologyView } from './topology-model.ts';
import type { Slot } from './topology-slots.ts';

/**
 * Places a topology view on a grid of at most `columns` columns by search, for screens too
 * narrow for the rule-based grid of topology-slots.ts. The rules there read the graph into a
 * picture that is as wide as the graph is; here the width is fixed and the rows are free, so
 * the question becomes which of the possible placements draws best. "Best" is a cost:
 *
 * - an arrow through a box it does not join, or a private network whose zone would enclose a
 *   box that is not a member, is as good as forbidden;
 * - two arrows crossing each other cost a lot (a label near a crossing is ambiguous);
 * - arrows running against the flow (a client below the node it calls) cost a little, and so
 *   does length, so the picture reads from the clients at the top to the databases at the bottom.
 *
 * The search is a hill climb over swaps of two cells, started from the rule-based grid read
 * row by row and shaken by a fixed series of random moves, so the result is the same on every build.
 * It returns the cheapest placements it met, best first: the layout lays out each and keeps the
 * first whose labels all find a clear place, which the cost alone cannot see.
 */

/** Box geometry the search measures crossings with: the layout's own. */
export interface GridGeometry {
	nodeWidth: number;
	nodeHeight: number;
	columnPitch: number;
	rowPitch: number;
}

/** Above any sum of crossings, so the search never buys fewer crossings with an arrow through a box. */
const FORBIDDEN = 100_000;
const CROSSING = 200;
const AGAINST_FLOW = 80;
const LENGTH = 2;
const ROW = 3;
const KICKS = 150;
/**
 * Empty rows beyond the fewest that hold every box. Two columns force arrows between boxes in the
 * same column; an empty cell lets one pass a row without running through a box.
 */
const SPARE_ROWS = 2;
/** How many of the cheapest placements found are offered to the layout. */
const CANDIDATES = 24;
/** Room an arrow keeps from a box it passes, so it never grazes the border. */
const CLEARANCE = 6;

/** How far down the page each kind belongs, so arrows run top to bottom. */
const FLOW_RANK: Partial<Record<TopologyNode['kind'], number>> = {
	client: 0,
	'load-balancer': 1,
	'wso2-node': 2,
	database: 3,
};

/** A small seeded generator (mulberry32): the shuffles are the same on every build. */
function seeded(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function searchSlots(
	view: TopologyView,
	columns: number,
	geometry: GridGeometry,
	start: ReadonlyMap<string, Slot>,
): Map<string, Slot>[] {
	const ids = view.nodes.map((node) => node.id);
	const kindOf = new Map(view.nodes.map((node) => [node.id, node.kind]));
	const rows = Math.ceil(ids.length / columns) + SPARE_ROWS;
	const cellCount = rows * columns;
	const index = new Map(ids.map((id, position) => [id, position]));
	// Each pair of boxes joined by at least one arrow, once, with its count of arrows: two arrows of a
	// pair run side by side, and a crossing with them is two crossings in the drawing.
	const arrowsOf = new Map<string, { from: number; to: number; arrows: number }>();
	for (const edge of view.edges.filter((candidate) => candidate.from !== candidate.to)) {
		const pairKey = [edge.from, edge.to].sort().join('\u0000');
		const known = arrowsOf.get(pairKey);
		if (known) known.arrows++;
		else arrowsOf.set(pairKey, { from: index.get(edge.from)!, to: index.get(edge.to)!, arrows: 1 });
	}
	const pairs = [...arrowsOf.values()];
	const members = view.privateNetwork.map((id) => index.get(id)!);

	const boxes: Box[] = Array.from({ length: cellCount }, (_, cell) => ({
		x: (cell % columns) * geometry.columnPitch,
		y: Math.floor(cell / columns) * geometry.rowPitch,
		width: geometry.nodeWidth,
		height: geometry.nodeHeight,
	}));
	const centres = boxes.map(centre);
	const guarded = boxes.map((box) => inflate(box, CLEARANCE));
	const columnOf = (cell: number) => cell % columns;
	const rowOf = (cell: number) => Math.floor(cell / columns);
	// The geometry of every line between two cells, worked out once: the search asks it millions of times.
	const key = (a: number, b: number) => a * cellCount + b;
	const blockers = new Map<number, number[]>();
	const lengths = new Map<number, number>();
	for (let a = 0; a < cellCount; a++) {
		for (let b = 0; b < cellCount; b++) {
			if (a === b) continue;
			const [p, q] = [centres[a]!, centres[b]!];
			blockers.set(
				key(a, b),
				guarded.flatMap((box, cell) => (cell !== a && cell !== b && segmentCrossesBox(p, q, box) ? [cell] : [])),
			);
			lengths.set(key(a, b), Math.hypot(columnOf(b) - columnOf(a), rowOf(b) - rowOf(a)));
		}
	}
	const crossings = new Map<number, boolean>();
	const cross = (a: number, b: number, c: number, d: number) => {
		const id = key(a, b) * cellCount * cellCount + key(c, d);
		let known = crossings.get(id);
		if (known === undefined) {
			known = segmentsCross(centres[a]!, centres[b]!, centres[c]!, centres[d]!);
			crossings.set(id, known);
		}
		return known;
	};
	const ranks = ids.map((id) => FLOW_RANK[kindOf.get(id)!]);

	/** cells[i] is the cell of node i; owner[cell] the node in it, or -1. */
	function cost(cells: readonly number[], owner: readonly number[]): number {
		let total = 0;
		for (const { from, to } of pairs) {
			const [a, b] = [cells[from]!, cells[to]!];
			for (const cell of blockers.get(key(a, b))!) if (owner[cell] !== -1) total += FORBIDDEN;
			total += LENGTH * lengths.get(key(a, b))!;
			const [rankFrom, rankTo] = [ranks[from], ranks[to]];
			if (rankFrom !== undefined && rankTo !== undefined && rankFrom !== rankTo) {
				const [upper, lower] = rankFrom < rankTo ? [a, b] : [b, a];
				if (rowOf(upper) > rowOf(lower)) total += AGAINST_FLOW;
			}
		}
		for (let i = 0; i < pairs.length; i++) {
			const one = pairs[i]!;
			for (let j = i + 1; j < pairs.length; j++) {
				const other = pairs[j]!;
				if (one.from === other.from || one.from === other.to || one.to === other.from || one.to === other.to) continue;
				if (cross(cells[one.from]!, cells[one.to]!, cells[other.from]!, cells[other.to]!))
					total += CROSSING * one.arrows * other.arrows;
			}
		}
		if (members.length > 0) {
			const memberCells = members.map((member) => cells[member]!);
			const [left, right] = [Math.min(...memberCells.map(columnOf)), Math.max(...memberCells.map(columnOf))];
			const [top, bottom] = [Math.min(...memberCells.map(rowOf)), Math.max(...memberCells.map(rowOf))];
			for (let row = top; row <= bottom; row++) {
				for (let column = left; column <= right; column++) {
					const node = owner[row * columns + column]!;
					if (node !== -1 && !members.includes(node)) total += FORBIDDEN;
				}
			}
		}
		let lowest = 0;
		for (const cell of cells) lowest = Math.max(lowest, rowOf(cell));
		return total + ROW * lowest;
	}

	/** Swaps the contents of two cells (either may be empty) while that lowers the cost. */
	function climb(cells: number[]): { cells: number[]; cost: number } {
		const owner = Array.from({ length: cellCount }, () => -1);
		cells.forEach((cell, node) => (owner[cell] = node));
		const swap = (one: number, two: number) => {
			const [a, b] = [owner[one]!, owner[two]!];
			owner[one] = b;
			owner[two] = a;
			if (a !== -1) cells[a] = two;
			if (b !== -1) cells[b] = one;
		};
		let best = cost(cells, owner);
		for (let improved = true; improved;) {
			improved = false;
			for (let one = 0; one < cellCount; one++) {
				for (let two = one + 1; two < cellCount; two++) {
					if (owner[one] === -1 && owner[two] === -1) continue;
					swap(one, two);
					const next = cost(cells, owner);
					if (next < best) {
						best = next;
						improved = true;
					} else swap(one, two);
				}
			}
		}
		return { cells, cost: best };
	}

	// The rule-based grid read row by row, so the search starts from a picture that already reads well.
	const reading = [...ids].sort((a, b) => {
		const [sa, sb] = [start.get(a)!, start.get(b)!];
		return sa.row - sb.row || sa.column - sb.column;
	});
	let best = climb(ids.map((id) => reading.indexOf(id)));
	// Every distinct placement the search settles on, so the layout can pick the one whose labels fit.
	const found = new Map<string, { cells: number[]; cost: number }>([
		[best.cells.join(), { ...best, cells: [...best.cells] }],
	]);
	// Iterated local search: shake the best placement with a few random moves of a node to any
	// cell, climb again, keep the result when it is no worse. Seeded, so every build agrees.
	const random = seeded(ids.length * 7919 + pairs.length);
	for (let kick = 0; kick < KICKS; kick++) {
		const cells = [...best.cells];
		for (let move = 0; move < 3; move++) {
			const node = Math.floor(random() * ids.length);
			const target = Math.floor(random() * cellCount);
			const other = cells.indexOf(target);
			if (other !== -1) cells[other] = cells[node]!;
			cells[node] = target;
		}
		const candidate = climb(cells);
		found.set(candidate.cells.join(), { cells: [...candidate.cells], cost: candidate.cost });
		if (candidate.cost <= best.cost) best = candidate;
	}
	return [...found.values()]
		.sort((a, b) => a.cost - b.cost)
		.slice(0, CANDIDATES)
		.map(
			({ cells }) =>
				new Map(
					ids.map((id, position) => [
						id,
						{ column: cells[position]! % columns, row: Math.floor(cells[position]! / columns) },
					]),
				),
		);
}
