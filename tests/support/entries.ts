import { postSchema } from "../../src/lib/content/schema.ts";
import type { PostEntry } from "../../src/lib/content/posts.ts";

/** Returns a post entry as the content layer would give it: front matter run through the real schema. */
export function postEntry(id: string, frontMatter: Record<string, unknown>, body = "Some words."): PostEntry {
  return {
    id,
    data: postSchema.parse({ title: `Title of ${id}`, ...frontMatter }),
    body,
    filePath: `src/content/posts/${id}.md`,
  };
}
