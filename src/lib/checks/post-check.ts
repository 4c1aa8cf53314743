/**
 * The checks every post passes before anything is built, one phase a module: the front matter split
 * (content/front-matter.ts), its YAML (front-matter-yaml.ts), the schema and its wording (schema-issues.ts,
 * key-typos.ts), MDX syntax (mdx-syntax.ts), TeX KaTeX rejects (markdown/math.ts), clashes between posts
 * (cross-post.ts, redirect-check.ts, translation-check.ts) and the report (problems.ts). This module runs
 * them in order.
 */
import { postSchema } from "../content/schema.ts";
import { isMdxFile } from "../content/post-files.ts";
import { fileTranslationKey, postSlugFromPath } from "../content/slugs.ts";
import { texProblems } from "../markdown/math.ts";
import { compareText } from "../text/compare.ts";
import type { CheckedPost } from "./checked-post.ts";
import { checkAcrossPosts } from "./cross-post.ts";
import { readPostFrontMatter } from "./front-matter-yaml.ts";
import { KNOWN_KEYS } from "./key-typos.ts";
import { checkMdxSyntax } from "./mdx-syntax.ts";
import { site } from "../../site.config.ts";
import type { PostProblem } from "./problems.ts";
import { readPostSources } from "./post-sources.ts";
import { checkRedirects } from "./redirect-check.ts";
import { schemaIssueProblems } from "./schema-issues.ts";
import { checkTranslations } from "./translation-check.ts";

export type { CheckedPost } from "./checked-post.ts";
export { checkAcrossPosts } from "./cross-post.ts";
export { editDistance, nearestKnownKey } from "./key-typos.ts";

/** Returns every problem with one post's front matter, and what the cross-post checks need when it has none. */
export function checkFrontMatter(file: string, source: string): { problems: PostProblem[]; post?: CheckedPost } {
  const frontMatter = readPostFrontMatter(file, source);
  if ("problem" in frontMatter) return { problems: [frontMatter.problem] };
  const result = postSchema.safeParse(frontMatter.data);
  if (!result.success) {
    return {
      problems: schemaIssueProblems(file, frontMatter.yaml, frontMatter.data, result.error.issues, KNOWN_KEYS),
    };
  }
  const slug = postSlugFromPath(file);
  if (slug === "") return { problems: [{ file, message: NO_SLUG }] };
  const { date, tags, categories, redirect_from: redirectFrom, lang, translation_key: key, draft } = result.data;
  return {
    problems: [],
    post: {
      file,
      slug,
      tags,
      categories,
      redirectFrom,
      lang,
      translationKey: key ?? fileTranslationKey(file),
      explicitKey: key !== undefined,
      date,
      draft,
    },
  };
}

const NO_SLUG =
  "the file name gives the post no address (its slug, the name without date and extension, has no letter or digit): rename it, e.g. 2024-03-01-my-post.md";

/** Returns the problem a check that crashed on `file` leaves, so the report still names the file and lists the rest. */
function crashProblem(file: string, error: unknown): PostProblem {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { file, message: `could not be checked (${reason.slice(0, 300)}): please report this with the file` };
}

/** Returns the problems of one post file on its own, and what the cross-post checks need of it; never throws. */
function checkOnePost(
  file: string,
  source: string,
  options: CheckOptions,
): { problems: PostProblem[]; post?: CheckedPost | undefined } {
  try {
    const result = checkFrontMatter(file, source);
    const mdx = isMdxFile(file);
    if (mdx && options.refuseMdx) return { problems: [...result.problems, { file, line: 1, message: MDX_REFUSED }] };
    const tex = texProblems(source, { mdx, singleDollar: site.singleDollarMath }).map((problem) => ({
      file,
      ...problem,
    }));
    const syntax = mdx ? checkMdxSyntax(file, source) : [];
    return { problems: [...result.problems, ...syntax, ...tex], post: result.post };
  } catch (error) {
    return { problems: [crashProblem(file, error)] };
  }
}

const MDX_REFUSED =
  "MDX posts are refused on this site (MDX_POSTS=refuse): MDX runs its code at build time; write the post as .md";

/** How strict the check is: `refuseMdx` for blogs that take contributed posts (`site.mdxPosts`). */
export interface CheckOptions {
  refuseMdx?: boolean | undefined;
}

/** Checks every post file (`sources` maps each path to its text); returns every problem and the posts it could read. */
function checkEveryPost(
  sources: ReadonlyMap<string, string>,
  options: CheckOptions,
): { problems: PostProblem[]; posts: CheckedPost[] } {
  const problems: PostProblem[] = [];
  const posts: CheckedPost[] = [];
  for (const [file, source] of sources) {
    const result = checkOnePost(file, source, options);
    problems.push(...result.problems);
    if (result.post) posts.push(result.post);
  }
  problems.push(...checkAcrossPosts(posts), ...checkRedirects(posts), ...checkTranslations(posts));
  return { problems: sortProblems(problems), posts };
}

/** Checks every post file: `sources` maps each path to its text. Returns every problem found, in file order. */
export function checkPosts(sources: ReadonlyMap<string, string>, options: CheckOptions = {}): PostProblem[] {
  return checkEveryPost(sources, options).problems;
}

/** Returns `problems` in file order, then line order. */
function sortProblems(problems: PostProblem[]): PostProblem[] {
  return problems.sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Checks every post file in `folders` under `root` (the files Astro's loader reads, read as strict UTF-8):
 * returns every problem, in file order, how many files were checked, and the posts it could read.
 */
export function checkPostFolders(
  root: string,
  folders: readonly string[],
  options: CheckOptions = {},
): { problems: PostProblem[]; fileCount: number; posts: CheckedPost[] } {
  const read = readPostSources(root, folders);
  const checked = checkEveryPost(read.sources, options);
  const problems = sortProblems([...read.problems, ...checked.problems]);
  return { problems, fileCount: read.sources.size + read.problems.length, posts: checked.posts };
}
