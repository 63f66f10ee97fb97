import type { TopologyNode, TopologyView } from './topology-model.ts';

/**
 * Places a topology view on a grid. The slots follow from the graph, not from node ids, so a
 * pattern with the same shape lays out the same way:
 *
 * 1. the load balancer sits in column 0, row 1; the clients that enter through it sit above it;
 * 2. external services fill column -1 from the top, in the order edges first name them;
 * 3. row 2 holds the product nodes the load balancer feeds, then the ones that call those;
 * 4. row 3 holds the other product nodes and the databases, under their neighbours;
 * 5. other clients (members of a private network) stack on the node they reach;
 * 6. anything left takes the first free slot of row 4.
 *
 * A flow between the machines of one tier has no arrow (its box names it). Two flows between
 * the same boxes in opposite directions are drawn side by side rather than on top of each other.
 *
 * Edges that cross boxes or labels that overlap fail tests/unit/topology-layout.test.ts.
 */

/** A place on the layout grid; column -1 is the external services' column. */
export interface Slot {
	column: number;
	row: number;
}

/** The first free slot of `row`, trying `column` first and then ever further to either side. */
function nearestFree(column: number, row: number, taken: (slot: Slot) => boolean): Slot {
	for (let step = 0; ; step += 1) {
		for (const candidate of [column - step, column + step]) {
			if (candidate >= 0 && !taken({ column: candidate, row })) return { column: candidate, row };
		}
	}
}

export function assignSlots(view: TopologyView): Map<string, Slot> {
	const slots = new Map<string, Slot>();
	const taken = (slot: Slot) => [...slots.values()].some((s) => s.column === slot.column && s.row === slot.row);
	const kindOf = new Map(view.nodes.map((node) => [node.id, node.kind]));
	const ofKind = (kind: TopologyNode['kind']) => view.nodes.filter((node) => node.kind === kind).map((node) => node.id);
	// Self edges (peers of one tier) join no two boxes and so place nothing.
	const links = view.edges.filter((edge) => edge.from !== edge.to);
	const edgesFrom = (id: string) => links.filter((edge) => edge.from === id);
	const neighbours = (id: string) => [
		...new Set(links.flatMap((edge) => (edge.from === id ? [edge.to] : edge.to === id ? [edge.from] : []))),
	];
	const reachesExternal = (id: string) => edgesFrom(id).some((edge) => kindOf.get(edge.to) === 'external');

	// 1. Load balancer, and above it the clients that enter through it, except members of the
	//    private network, which sit with the node they share it with (step 5). Clients that
	//    also reach an external service go first, next to the external column on the left.
	const balancer = ofKind('load-balancer')[0];
	if (balancer !== undefined) {
		slots.set(balancer, { column: 0, row: 1 });
		const entering = [
			...new Set(
				links
					.filter((edge) => edge.to === balancer && kindOf.get(edge.from) === 'client')
					.map((edge) => edge.from)
					.filter((id) => !view.privateNetwork.includes(id)),
			),
		];
		const ordered = [...entering.filter(reachesExternal), ...entering.filter((id) => !reachesExternal(id))];
		ordered.forEach((id, column) => slots.set(id, { column, row: 0 }));
	}

	// 2. External services in a column of their own left of everything, so the clients that
	//    reach them (column 0) never draw across another client.
	const externalOrder = [...new Set(links.map((edge) => edge.to))].filter((id) => kindOf.get(id) === 'external');
	externalOrder.forEach((id, row) => slots.set(id, { column: -1, row }));

	// 3. Row 2: the product nodes the load balancer feeds, then each node that calls one of
	//    them, but only when its links into the row all end at the row's last box: an arrow to
	//    a box further along would cross the boxes between.
	const products = ofKind('wso2-node');
	const row: string[] = products.filter(
		(id) => balancer !== undefined && edgesFrom(balancer).some((edge) => edge.to === id),
	);
	for (const id of products.filter((candidate) => !row.includes(candidate))) {
		const linked = neighbours(id).filter((other) => row.includes(other));
		const callsRow = edgesFrom(id).some((edge) => row.includes(edge.to));
		if (callsRow && linked.every((other) => other === row.at(-1))) row.push(id);
	}
	row.forEach((id, column) => slots.set(id, { column, row: 2 }));

	// 4. Row 3: the remaining product nodes, then the databases, each under the row-2 node it
	//    has most arrows with (the mean column on a tie), so every link to row 2 is vertical or
	//    one column diagonal and a pair of arrows both ways runs straight down, where its two
	//    labels have room. Three mutually linked product nodes cannot share a row without one
	//    arrow crossing the middle box; this split keeps them in a triangle.
	const rest = [...products.filter((id) => !slots.has(id)), ...ofKind('database')];
	for (const id of rest) {
		const weights = neighbours(id).flatMap((other) => {
			const slot = slots.get(other);
			if (slot === undefined || slot.row !== 2) return [];
			const arrows = links.filter(
				(edge) => (edge.from === id && edge.to === other) || (edge.from === other && edge.to === id),
			).length;
			return [{ column: slot.column, arrows }];
		});
		const most = Math.max(0, ...weights.map((weight) => weight.arrows));
		const columns = weights.filter((weight) => weight.arrows === most).map((weight) => weight.column);
		const column = columns.length === 0 ? 0 : Math.round(columns.reduce((a, b) => a + b, 0) / columns.length);
		slots.set(id, nearestFree(column, 3, taken));
	}

	// 5. Other clients stack on the product node they reach, first above it, then below.
	for (const id of ofKind('client').filter((client) => !slots.has(client))) {
		const target = edgesFrom(id)
			.filter((edge) => kindOf.get(edge.to) !== 'load-balancer')
			.map((edge) => slots.get(edge.to))
			.find((slot) => slot !== undefined);
		if (target === undefined) continue;
		const candidates = [-1, 1, -2, 2].map((offset) => ({ column: target.column, row: target.row + offset }));
		const free = candidates.find((slot) => slot.row >= 0 && !taken(slot));
		if (free) slots.set(id, free);
	}

	// 6. Anything left takes the first free slot of row 4.
	for (const node of view.nodes.filter((candidate) => !slots.has(candidate.id))) {
		slots.set(node.id, nearestFree(0, 4, taken));
	}
	return slots;
}
