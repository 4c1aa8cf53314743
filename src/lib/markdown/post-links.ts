/** Markdown plugin: the deploy base in front of the root-relative links an author writes. */
import type { HastPluginDefinition } from "satteri";
import { withBaseIfRootRelative } from "../urls/urls.ts";

/**
 * Returns a Sätteri (Markdown and MDX) plugin that puts `base` in front of the root-relative links and
 * media an author writes in a post, so `[see](/posts/x/)` keeps working under a sub-path. Feeds carry the
 * same HTML, so they follow.
 */
export function postLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: "blog:post-links",
    element: {
      filter: ["a", "img", "source", "video", "audio", "track", "iframe"],
      visit(node, ctx) {
        for (const key of ["href", "src", "poster"]) {
          const value = node.properties[key];
          if (typeof value === "string") ctx.setProperty(node, key, withBaseIfRootRelative(value, base));
        }
      },
    },
  };
}
