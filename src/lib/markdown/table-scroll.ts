import type { HastPluginDefinition } from "satteri";

/**
 * A Markdown (Sätteri) plugin that puts every table in a box that scrolls sideways, so a wide table scrolls
 * inside the page's measure while the table itself keeps `display: table` (a table set to `display: block`
 * loses its table semantics for VoiceOver in Safari). The box takes keyboard focus, so it scrolls without a
 * mouse, and is named as a group so a screen reader says what the stop is.
 */
export function tableScroll(): HastPluginDefinition {
  return {
    name: "table-scroll",
    element: {
      filter: ["table"],
      visit(node, ctx) {
        ctx.wrapNode(node, {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], tabIndex: 0, role: "group", ariaLabel: "Table, scrolls sideways" },
          children: [],
        });
      },
    },
  };
}
