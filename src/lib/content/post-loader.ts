/**
 * The posts collection's loader: Astro's own `glob()` loader over the files `post-files.ts` lists, with
 * front matter read by `front-matter.ts` instead of Astro's reader, so the check and the build parse every
 * post with one parser, one YAML schema and one alias limit. It stores each post's data, not its body or HTML.
 */
import type { ContentEntryType } from "astro";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { isFrontMatterFault, readFrontMatter } from "./front-matter.ts";
import { bodyOfPostFile, mayShowImageBesidePost } from "./post-body.ts";
import { postFolders, postPatterns } from "./post-files.ts";
import { postIdFromPath } from "./slugs.ts";

type GetRenderFunction = NonNullable<ContentEntryType["getRenderFunction"]>;
type RenderedContent = Awaited<ReturnType<Awaited<ReturnType<GetRenderFunction>>>>;
/** Astro's type asks a render function for content every time; its glob loader stores an entry without any. */
const NOT_RENDERED = undefined as unknown as RenderedContent;

/** Astro passes its entry types (`.md`, `.mdx` readers) to loaders at run time without declaring them. */
type LoaderContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** Returns a post's front matter data and body as this blog reads them; throws, naming file and line, when it cannot. */
function readPostEntry(contents: string, fileUrl: URL) {
  const frontMatter = readFrontMatter(contents);
  if (isFrontMatterFault(frontMatter))
    throw new Error(`${fileUrl.pathname}:${String(frontMatter.line)}: ${frontMatter.message}`);
  return {
    data: frontMatter?.data ?? {},
    body: bodyOfPostFile(contents, frontMatter?.block),
    slug: "",
    rawData: frontMatter?.yaml ?? "",
  };
}

/**
 * Returns Astro's renderer limited to Markdown posts with an image beside them, which only it resolves. Every other
 * post is rendered by its page (outputs/post-content.ts), so the data store keeps no HTML for it.
 */
function renderOnlyWithImagesBeside(getRenderFunction: GetRenderFunction): GetRenderFunction {
  return async (config) => {
    const render = await getRenderFunction(config);
    return async (entry) => (mayShowImageBesidePost(entry.body ?? "") ? render(entry) : NOT_RENDERED);
  };
}

/** Returns Astro's entry type with its front matter reader replaced by this blog's, rendering as above. */
function asBlogEntryType(entryType: ContentEntryType): ContentEntryType {
  const getRenderFunction = entryType.getRenderFunction?.bind(entryType);
  return {
    ...entryType,
    ...(getRenderFunction ? { getRenderFunction: renderOnlyWithImagesBeside(getRenderFunction) } : {}),
    getEntryInfo: ({ contents, fileUrl }) => readPostEntry(contents, fileUrl),
  };
}

/** Returns the loader of the posts collection. */
export function postLoader(): Loader {
  const inner = glob({
    pattern: postPatterns(postFolders()),
    base: ".",
    // Nor bodies: the few readers of one read the file (post-body.ts). Astro inlines its data store into the
    // build's bundle, where 10,000 posts' bodies and HTML were 167 MB of the store's 201.
    retainBody: false,
    // Translations may share a file name; the language folder in the id keeps them apart (`ja/x`).
    generateId: ({ entry, data }) => postIdFromPath(entry, data["lang"]),
  });
  return {
    name: "blog-posts",
    load: (context: LoaderContextWithEntryTypes) => {
      if (!context.entryTypes) throw new Error("Astro no longer passes entryTypes to loaders: update post-loader.ts");
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [extension, asBlogEntryType(type)]),
      );
      return inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}
