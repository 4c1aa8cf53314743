/** Markdown plugin: a self-link at the end of every h2 and h3. */
import Slugger from "github-slugger";
import type { HastPluginDefinition } from "satteri";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

/**
 * A Markdown (Sätteri) plugin that ends every h2 and h3 with a link to itself. It runs before
 * Astro's own heading-id plugin, so it works the id out the same way (one github-slugger per
 * document, fed every heading in order) unless the heading already has one.
 */
export function headingAnchors(): HastPluginDefinition {
  const slugger = new Slugger();
  return {
    name: "heading-anchors",
    element: {
      filter: HEADINGS,
      visit(node, ctx) {
        const existingId = node.properties?.["id"];
        const text = ctx.textContent(node);
        const id = typeof existingId === "string" ? existingId : slugger.slug(text);
        if (node.tagName !== "h2" && node.tagName !== "h3") return;
        ctx.appendChild(node, {
          type: "element",
          tagName: "a",
          properties: {
            href: `#${id}`,
            className: ["heading-anchor"],
            ariaLabel: `Link to the section “${text}”`,
            dataPagefindIgnore: "",
          },
          // No text child: the "#" is drawn by CSS, so the heading's text (and Astro's table of contents) stays as written.
          children: [],
        });
      },
    },
  };
}
