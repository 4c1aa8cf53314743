import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { postSchema } from "./lib/content/schema.ts";
import { postFolders, postPatterns } from "./lib/content/post-files.ts";
import { postSlugFromPath } from "./lib/content/slugs.ts";

const posts = defineCollection({
  loader: glob({
    pattern: postPatterns(postFolders()),
    base: ".",
    generateId: ({ entry }) => postSlugFromPath(entry),
  }),
  schema: postSchema,
});

export const collections = { posts };
