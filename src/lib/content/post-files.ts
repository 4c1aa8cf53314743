/** Which files in the post folders are posts: the one list the check, the build and the tools read. */
import { globSync } from "node:fs";

/** Files in a posts folder that are posts; a leading `_` marks notes and partials. */
const POST_FILE_PATTERN = "**/[^_]*.{md,mdx,markdown}";

/**
 * Returns the folders posts are read from, relative to the project root. `BLOG_POSTS_DIRS`
 * (colon-separated) overrides the default; the build tests add a folder of fixture posts with it.
 */
export function postFolders(env: Record<string, string | undefined> = process.env): string[] {
  const folders = (env["BLOG_POSTS_DIRS"] ?? "src/content/posts").split(":").filter(Boolean);
  return folders.map((folder) => folder.replace(/\/+$/, ""));
}

/** Returns the glob patterns, relative to the project root, that match every post in `folders`. */
export function postPatterns(folders: readonly string[]): string[] {
  // An empty folder is the project root ("/" or "./" with its slash stripped), not the file system's root.
  return folders.map((folder) => `${folder || "."}/${POST_FILE_PATTERN}`);
}

/** Returns the paths, relative to `root` and sorted, of every post file in `folders`. */
export function listPostFiles(root: string, folders: readonly string[]): string[] {
  return postPatterns(folders)
    .flatMap((pattern) => globSync(pattern, { cwd: root }))
    .map((file) => file.split("\\").join("/"))
    .sort();
}
