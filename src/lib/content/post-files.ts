/**
 * Which files are posts. The post check and Astro's content loader list them with the same call (tinyglobby,
 * which Astro's `glob()` loader uses, with the loader's options), so no file is published unchecked.
 */
import { globSync } from "tinyglobby";

/** Extensions of post files; only these spellings are read (`Post.MD` is reported, never silently skipped). */
export const POST_EXTENSIONS = ["md", "mdx", "markdown"] as const;
const ANY_POST_FILE = `**/*.{${POST_EXTENSIONS.join(",")}}`;
/** A post file's extension, in any case: a stem or a watch event for `Post.MD` still names the file reported. */
const POST_EXTENSION = new RegExp(`\\.(${POST_EXTENSIONS.join("|")})$`, "i");

/** Returns whether `path` ends in a post file's extension. */
export function hasPostExtension(path: string): boolean {
  return POST_EXTENSION.test(path);
}

/** Returns whether `path` is an MDX post, whose body is code as well as Markdown. */
export function isMdxFile(path: string): boolean {
  return path.endsWith(".mdx");
}

/** Returns a post file's name without its folders and extension: `2024/2024-12-01-x.md` gives `2024-12-01-x`. */
export function postFileStem(filePath: string): string {
  return (filePath.split("/").at(-1) ?? filePath).replace(POST_EXTENSION, "");
}

/**
 * Returns the folders posts are read from, relative to the project root. `BLOG_POSTS_DIRS`
 * (colon-separated) overrides the default; the build tests add a folder of fixture posts with it.
 */
export function postFolders(env: Record<string, string | undefined> = process.env): string[] {
  const folders = (env["BLOG_POSTS_DIRS"] ?? "src/content/posts").split(":").filter(Boolean);
  return folders.map((folder) => folder.replace(/\/+$/, ""));
}

/**
 * Returns the glob patterns, relative to the project root, that match every post in `folders`: files and
 * folders whose name starts with `_` (Jekyll's `_drafts/`, partials) or `.` (hidden files) are not posts.
 * The dot rule is the glob's own (`*` and `**` skip dot names); the `_` rule is the negated patterns.
 */
export function postPatterns(folders: readonly string[]): string[] {
  return folders.flatMap((folder) => {
    // An empty folder is the project root ("/" or "./" with its slash stripped), not the file system's root.
    const base = folder || ".";
    return [`${base}/${ANY_POST_FILE}`, `!${base}/**/_*/**`, `!${base}/**/_*`];
  });
}

/** Options of Astro's `glob()` loader for its tinyglobby call (astro/dist/content/loaders/glob.js). */
const LOADER_GLOB_OPTIONS = { expandDirectories: false } as const;

/** Returns the paths, relative to `root` and sorted, of every post file in `folders`, exactly as Astro's loader lists them. */
export function listPostFiles(root: string, folders: readonly string[]): string[] {
  return globSync(postPatterns(folders), { cwd: root, ...LOADER_GLOB_OPTIONS })
    .map((file) => file.split("\\").join("/"))
    .sort();
}

/**
 * Returns the files in `folders` that look like posts but are not read as posts because their extension is
 * spelled otherwise (`Post.MD`, `note.Markdown`): the check reports them rather than let them vanish.
 * `postFiles` is what `listPostFiles` gives for the same folders, when the caller has it already.
 */
export function listMisnamedPostFiles(
  root: string,
  folders: readonly string[],
  postFiles: readonly string[] = listPostFiles(root, folders),
): string[] {
  const posts = new Set(postFiles);
  return globSync(postPatterns(folders), { cwd: root, ...LOADER_GLOB_OPTIONS, caseSensitiveMatch: false })
    .map((file) => file.split("\\").join("/"))
    .filter((file) => !posts.has(file))
    .sort();
}
