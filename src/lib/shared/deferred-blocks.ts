/**
 * The blocks a long page lets the browser lay out late: tables, topology drawings, the generator
 * page's example configuration files and the checklists' lists, which hold most of the elements of
 * the pattern, ports, guide, generator and checklist pages. The stylesheet gives them
 * `content-visibility: auto` (src/styles/atlas.css, drawn in full in print.css), so the first
 * screen is painted without laying out the rest; the page's script then draws them one at a time
 * in idle time (src/scripts/shared/draw-deferred-blocks.ts). One selector for both, checked
 * against the stylesheets by a unit test.
 */
export const DEFERRED_BLOCKS =
	'.atlas-table-scroll, .atlas-topology-view, .atlas-example-node, .atlas-checklist__items';
