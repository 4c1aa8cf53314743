/**
 * The Markdown pipeline of every post: Sätteri with this blog's features and plugins. Astro's config uses it for
 * MDX and for Markdown posts with images beside them; post pages render every other Markdown post with it.
 */
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
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

type MarkdownProcessor = ReturnType<typeof satteri>;
type MarkdownRenderer = Awaited<ReturnType<MarkdownProcessor["createRenderer"]>>;

/**
 * Returns the processor for `markdown.processor`, with `base` (the deploy base) in front of root-relative links.
 * Shiki runs as our own first plugin (where Astro would put it), with colours as classes (code-classes.ts).
 */
export async function markdownProcessor(base: string): Promise<MarkdownProcessor> {
  return satteri({
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
}

/** A Markdown post's body as HTML, with its headings for the table of contents. */
export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
}

/** One renderer per deploy base (a build has one; tests try several). */
const renderers = new Map<string, Promise<MarkdownRenderer>>();

/**
 * Returns the HTML of a Markdown post's `body`, as Astro's renderer with the same processor would make it. Throws,
 * naming the file, for an image beside the post: those must go through Astro's renderer (post-loader.ts).
 */
export async function renderMarkdown(body: string, filePath: string, base: string): Promise<RenderedMarkdown> {
  let renderer = renderers.get(base);
  if (!renderer) {
    renderer = markdownProcessor(base).then((processor) => processor.createRenderer({ syntaxHighlight: false }));
    renderers.set(base, renderer);
  }
  const result = await (await renderer).render(body, { fileURL: pathToFileURL(resolve(filePath)) });
  const [image] = result.metadata.localImagePaths;
  if (image !== undefined)
    throw new Error(
      `${filePath}: the image ${image} beside the post was not seen when the post was loaded; give it a path from the site's root (/images/…) or report this`,
    );
  return { html: result.code, headings: result.metadata.headings };
}
