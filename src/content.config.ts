import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { postSchema } from "./lib/content/schema.ts";
import { postFolders, postPatterns } from "./lib/content/post-files.ts";
import { postIdFromPath } from "./lib/content/slugs.ts";

const posts = defineCollection({
  loader: glob({
    pattern: postPatterns(postFolders()),
    base: ".",
    // Translations may share a file name; the language folder in the id keeps them apart (`ja/x`).
    generateId: ({ entry, data }) => postIdFromPath(entry, data["lang"]),
  }),
  schema: postSchema,
});

export const collections = { posts };
