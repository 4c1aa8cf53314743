/** Markdown plugin: Pagefind attributes in a post body's raw HTML renamed, so only the layout marks the search index. */
import type { HastPluginDefinition } from "satteri";

/** `data-pagefind-` at the start of an attribute name, in any case. */
const PAGEFIND_ATTRIBUTE = /data-pagefind-/gi;

/** Returns raw HTML with every `data-pagefind-…` name renamed `data-post-pagefind-…`, which Pagefind ignores. */
export function withoutSearchMarkup(html: string): string {
  return html.replace(PAGEFIND_ATTRIBUTE, "data-post-pagefind-");
}

/**
 * A Markdown (Sätteri) plugin that takes Pagefind's markup out of the raw HTML a post body carries: the
 * search index reads `data-pagefind-filter`, `-meta`, `-sort`, `-body` and `-weight` from the whole page, so
 * a body's `<span hidden data-pagefind-filter="tag">` would add a filter value (and the search page renders
 * filter labels as HTML). Renaming keeps the author's element and text; only the site's layout marks the index.
 * Attribute names are never entity-decoded, so no spelling of the name survives the rename.
 */
export function searchMarkupGuard(): HastPluginDefinition {
  return {
    name: "blog:search-markup-guard",
    raw(node, ctx) {
      if (!/data-pagefind-/i.test(node.value)) return;
      ctx.replaceNode(node, { type: "raw", value: withoutSearchMarkup(node.value) });
    },
  };
}
