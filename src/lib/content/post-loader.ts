/**
 * The posts collection's loader: Astro's own `glob()` loader over the files `post-files.ts` lists, with
 * front matter read by `front-matter.ts` instead of Astro's reader, so the check and the build parse every
 * post with one parser, one YAML schema and one alias limit.
 */
import type { ContentEntryType } from "astro";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { isFrontMatterFault, parseFrontMatterYaml, readFrontMatterBlock } from "./front-matter.ts";
import { postFolders, postPatterns } from "./post-files.ts";
import { postIdFromPath } from "./slugs.ts";

/** Astro passes its entry types (`.md`, `.mdx` readers) to loaders at run time without declaring them. */
type LoaderContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** Returns a post's front matter data and body as this blog reads them; throws, naming file and line, when it cannot. */
function readPostEntry(contents: string, fileUrl: URL) {
  const fail = (line: number, message: string) => new Error(`${fileUrl.pathname}:${line}: ${message}`);
  const block = readFrontMatterBlock(contents);
  if (isFrontMatterFault(block)) throw fail(block.line, block.message);
  const yamlText = block?.yaml ?? "";
  const parsed = parseFrontMatterYaml(yamlText);
  if ("message" in parsed) throw fail(parsed.line, parsed.message);
  const data = parsed.data !== null && typeof parsed.data === "object" ? (parsed.data as Record<string, unknown>) : {};
  // Trimmed, as Astro's own reader does.
  return { data, body: contents.slice(block?.block.length ?? 0).trim(), slug: "", rawData: yamlText };
}

/** Returns Astro's entry type with its front matter reader replaced by this blog's. */
function withBlogFrontMatter(entryType: ContentEntryType): ContentEntryType {
  return { ...entryType, getEntryInfo: ({ contents, fileUrl }) => readPostEntry(contents, fileUrl) };
}

/** Returns the loader of the posts collection. */
export function postLoader(): Loader {
  const inner = glob({
    pattern: postPatterns(postFolders()),
    base: ".",
    // Translations may share a file name; the language folder in the id keeps them apart (`ja/x`).
    generateId: ({ entry, data }) => postIdFromPath(entry, data["lang"]),
  });
  return {
    name: "blog-posts",
    load: (context: LoaderContextWithEntryTypes) => {
      if (!context.entryTypes) throw new Error("Astro no longer passes entryTypes to loaders: update post-loader.ts");
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [extension, withBlogFrontMatter(type)]),
      );
      return inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}
