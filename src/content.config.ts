import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { postSchema } from "./lib/schema.ts";
import { postSlugFromPath } from "./lib/slugs.ts";

/**
 * Folders posts are read from, relative to the project root. The build tests add a folder of
 * fixture posts with `BLOG_POSTS_DIRS=src/content/posts:tests/fixtures/posts`.
 */
const postFolders = (process.env["BLOG_POSTS_DIRS"] ?? "src/content/posts").split(":").filter(Boolean);

const posts = defineCollection({
  loader: glob({
    // Files starting with `_` are notes and partials, never posts.
    pattern: postFolders.map((folder) => `${folder.replace(/\/$/, "")}/**/[^_]*.{md,mdx,markdown}`),
    base: ".",
    generateId: ({ entry }) => postSlugFromPath(entry),
  }),
  schema: postSchema,
});

export const collections = { posts };
