/**
 * A post's body as its page and the feeds show it: Markdown rendered here from the post's file, so Astro's data
 * store holds no HTML; MDX, and Markdown with images beside it, rendered by Astro (post-loader.ts).
 */
import { render } from "astro:content";
import type { CollectionEntry } from "astro:content";
import { postBody } from "../content/post-body.ts";
import { isMdxFile } from "../content/post-files.ts";
import { renderMarkdown } from "../markdown/pipeline.ts";
import type { Heading } from "../markdown/toc.ts";
import { basePath } from "../urls/urls.ts";

type AstroContent = Awaited<ReturnType<typeof render>>["Content"];

/** The body as HTML, or as Astro's component for the posts Astro renders; with the headings either way. */
export type PostContent = { html: string; headings: Heading[] } | { Content: AstroContent; headings: Heading[] };

/** Returns the body of the post `entry` and its headings. */
export async function postContent(entry: CollectionEntry<"posts">): Promise<PostContent> {
  if (entry.rendered !== undefined || isMdxFile(entry.filePath ?? "")) {
    const { Content, headings } = await render(entry);
    return { Content, headings };
  }
  return renderMarkdown(postBody(entry), entry.filePath ?? entry.id, basePath);
}
