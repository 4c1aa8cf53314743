/** Markdown plugin: a self-link at the end of every h2 and h3, and an id on every heading. */
import Slugger, { slug } from "github-slugger";
import type { HastPluginDefinition } from "satteri";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];
/** The id of a heading whose text gives none (`## 🎉`): `section`, then `section-1`, … */
const FALLBACK_ID = "section";

/** Returns the text a heading's id is made from: its own, or `section` when that has no letter or digit to slug. */
function headingSlugText(text: string): string {
  return slug(text) === "" ? FALLBACK_ID : text;
}

/**
 * A Markdown (Sätteri) plugin that ends every h2 and h3 with a link to itself. It runs before
 * Astro's own heading-id plugin and gives every heading its id (one github-slugger per document, fed
 * every heading in order, as Astro's does), so Astro keeps it; a heading with no letter or digit
 * (`## 🎉`) gets `section`, `section-1`, … instead of an empty id and a link to `#`.
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
        const id =
          typeof existingId === "string" && existingId !== "" ? existingId : slugger.slug(headingSlugText(text));
        // Set on every heading, so Astro's own id plugin keeps this id rather than work one out again.
        if (existingId !== id) ctx.setProperty(node, "id", id);
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
