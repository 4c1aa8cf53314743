/**
 * What `npm run new` writes: the file name and front matter of a new draft post. Pure, so the CLI
 * (`scripts/new-post.ts`) only reads arguments and touches the file system.
 */
import { postSlugFromPath, termSlug, uniqueBySlug } from "../content/slugs.ts";

/** What an author asks for: `npm run new -- "My Post Title" --tags a,b --mdx`. */
export interface NewPostRequest {
  title: string;
  /** The post's calendar day, `YYYY-MM-DD` (today in the site's time zone, from the CLI). */
  day: string;
  tags?: readonly string[];
  mdx?: boolean;
}

/** A new post, ready to write. */
export interface NewPost {
  /** `YYYY-MM-DD-my-post-title.md`: Jekyll style, so the folder lists posts by date. */
  fileName: string;
  /** The slug the post is published under, as the site derives it from `fileName`. */
  slug: string;
  /** The whole file: front matter, then an empty body. */
  text: string;
}

/**
 * Returns the tag names in a `--tags` value such as `Python, C++,web`: trimmed, empties dropped, and
 * each tag once (the first spelling kept), as `Python` and `python` are one tag on the site.
 */
export function parseTagList(value: string): string[] {
  return uniqueBySlug(
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
}

/** Returns `text` as a YAML double-quoted scalar: JSON's string syntax is valid YAML, so any title stays text. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * Returns the file name, slug and text of a new draft post, or throws when the title is empty. The
 * title is quoted, so `Why: "C#"?` stays text.
 */
export function scaffoldPost(request: NewPostRequest): NewPost {
  const title = request.title.trim();
  if (!title) throw new Error('The title is empty: give the post a title, e.g. npm run new -- "My Post Title".');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.day))
    throw new Error(`Expected a day such as 2024-12-01, got ${request.day}`);
  const fileName = `${request.day}-${termSlug(title)}.${request.mdx ? "mdx" : "md"}`;
  const tags = request.tags ?? [];
  const frontMatter = [
    "---",
    `title: ${yamlString(title)}`,
    `date: ${request.day}`,
    `tags: [${tags.map(yamlString).join(", ")}]`,
    "draft: true",
    "---",
  ];
  return { fileName, slug: postSlugFromPath(fileName), text: `${frontMatter.join("\n")}\n\n` };
}

/** Returns the first of `postFiles` already published under `slug`, if one is. */
export function postWithSlug(slug: string, postFiles: readonly string[]): string | undefined {
  return postFiles.find((file) => postSlugFromPath(file) === slug);
}
