/**
 * A post's Markdown body: what follows its front matter. The content layer does not keep bodies (post-loader.ts),
 * so the few readers of one (excerpt, reading time, the post page) read it from the post's file.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { splitFrontMatter } from "./front-matter.ts";
import type { PostEntry } from "./post.ts";

/**
 * Returns the body of a post file's contents: everything after the front matter block (`block`, when the caller
 * has read it already), trimmed as Astro trims it.
 */
export function bodyOfPostFile(contents: string, block = splitFrontMatter(contents)?.block): string {
  return contents.slice(block?.length ?? 0).trim();
}

/**
 * Returns a post's body: the entry's own when it has one (a test's, or a loader's that kept it), else read from
 * its file. The content layer gives the path relative to the project root, which is the working directory of every
 * Astro process the project starts (`npm run build`, `npm run dev`, the tests' builds).
 */
export function postBody(entry: PostEntry): string {
  if (entry.body !== undefined) return entry.body;
  if (entry.filePath === undefined) throw new Error(`post ${entry.id}: the content layer gave neither body nor file`);
  return bodyOfPostFile(readFileSync(resolve(entry.filePath), "utf8"));
}

// Astro's Markdown renderer marks an image for its image pipeline when its file sits beside the post:
// `![x](a.png)`, `![x](./a.png)`, `![x](#a)`, never a site path or a URL. The alt text may hold brackets, escaped or
// nested once (`![Diagram [v2]](./d.png)`). Reference-style images (`![x][a]`) are left as written, not marked.
const RELATIVE_INLINE_IMAGE = /!\[(?:[^[\]\\]|\\.|\[(?:[^[\]\\]|\\.)*\])*\]\(\s*<?(?![a-z][a-z\d+.-]*:|\/)/i;

/**
 * Returns whether a Markdown body may show an image from a file beside the post, which only Astro's own
 * rendering resolves (and optimises); it errs towards yes, since a yes only costs that post a place in the store.
 */
export function mayShowImageBesidePost(markdown: string): boolean {
  return RELATIVE_INLINE_IMAGE.test(markdown);
}
