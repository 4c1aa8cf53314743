/**
 * The Markdown pipeline of every post: Sätteri with this blog's features and plugins. Astro's config uses it for
 * MDX and for Markdown posts with images beside them; post pages render every other Markdown post with it.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { satteri } from "@astrojs/markdown-satteri";
import { site } from "../../site.config.ts";
import { codeHighlighting } from "./code-classes.ts";
import { completeHighlighting } from "./complete-highlighting.ts";
import { headingAnchors } from "./heading-anchors.ts";
import { lineNumbers } from "./line-numbers.ts";
import { mathFeature, mathPlugin } from "./math.ts";
import { postLinksPlugin } from "./post-links.ts";
import { searchMarkupGuard } from "./search-markup.ts";
import { tableScroll } from "./table-scroll.ts";
import type { Heading } from "./toc.ts";

type MarkdownRenderer = Awaited<ReturnType<ReturnType<typeof satteri>["createRenderer"]>>;

/**
 * Returns Astro's `markdown` config, with `base` (the deploy base) in front of root-relative links. Shiki runs as
 * our own first plugin (where Astro would put it), with colours as classes (code-classes.ts): left to Astro, it
 * would write a `style` on every token and warn that the CSP must allow them.
 */
export async function markdownConfig(base: string) {
  const processor = satteri({
    features: { math: mathFeature(site.singleDollarMath) },
    hastPlugins: [
      await codeHighlighting([completeHighlighting(), lineNumbers()]),
      searchMarkupGuard,
      mathPlugin(),
      headingAnchors,
      tableScroll,
      postLinksPlugin(base),
    ],
  });
  return { syntaxHighlight: false as const, processor };
}

/** A Markdown post's body as HTML, with its headings for the table of contents. */
export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
}

/** One renderer per deploy base (a build has one; tests try several). */
const renderers = new Map<string, Promise<MarkdownRenderer>>();

/** Returns the renderer Astro makes from its `markdown` config: the same processor, given the same options. */
async function rendererFor(base: string): Promise<MarkdownRenderer> {
  const { processor, ...options } = await markdownConfig(base);
  return processor.createRenderer(options);
}

/** Returns the line of `filePath` where `text` first appears (1 when it cannot tell). */
function lineOf(filePath: string, text: string): number {
  const source = existsSync(filePath) ? readFileSync(filePath, "utf8") : "";
  const at = source.indexOf(text);
  return at < 0 ? 1 : source.slice(0, at).split("\n").length;
}

/**
 * Returns the HTML of a Markdown post's `body`, as Astro's renderer with the same config makes it. Throws, naming
 * the file and line, for an image beside the post: those go through Astro's renderer (content/post-loader.ts).
 */
export async function renderMarkdown(body: string, filePath: string, base: string): Promise<RenderedMarkdown> {
  let renderer = renderers.get(base);
  if (!renderer) {
    renderer = rendererFor(base);
    renderers.set(base, renderer);
  }
  const result = await (await renderer).render(body, { fileURL: pathToFileURL(resolve(filePath)) });
  const [image] = result.metadata.localImagePaths;
  if (image !== undefined)
    throw new Error(
      `${filePath}:${String(lineOf(filePath, image))}: image ${image}: a file beside the post is shown through Astro's image pipeline, but this post reached the page without it (an error rendering the post at load time, reported above, or an image the loader's test missed); or give the image a path from the site's root (/images/…)`,
    );
  return { html: result.code, headings: result.metadata.headings };
}
