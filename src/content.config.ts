import { defineCollection } from "astro:content";
import { postLoader } from "./lib/content/post-loader.ts";
import { postSchema } from "./lib/content/schema.ts";

const posts = defineCollection({ loader: postLoader(), schema: postSchema });

export const collections = { posts };
