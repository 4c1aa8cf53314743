/** The checks every post passes before anything is built: front matter, YAML, MDX syntax, clashes between posts. */
import yaml from "js-yaml";
import { mdxToJs } from "satteri";
import { postSchema } from "../content/schema.ts";
import { postSlugFromPath, termSlug } from "../content/slugs.ts";
import { splitFrontMatter } from "../content/front-matter.ts";
import { compareText } from "../text/compare.ts";
import { postUrl } from "../urls/urls.ts";
import type { PostProblem } from "./problems.ts";
import { checkRedirects } from "./redirect-check.ts";

/** What the cross-post checks need to know of a post that passed its own checks. */
export interface CheckedPost {
  file: string;
  slug: string;
  tags: string[];
  categories: string[];
  redirectFrom: readonly string[];
}

const KNOWN_KEYS = Object.keys(postSchema.shape);

/** Returns the edit distance between two short strings, a swap of neighbours counting as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      rows[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Returns the known front matter key closest to `key`, if one is close enough to be a typo of it. */
export function nearestKnownKey(key: string, knownKeys: readonly string[] = KNOWN_KEYS): string | undefined {
  const lowered = key.toLowerCase().replace(/-/g, "_");
  let best: { key: string; distance: number } | undefined;
  for (const candidate of knownKeys) {
    const distance = editDistance(lowered, candidate);
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(best.key.length / 3)) ? best.key : undefined;
}

/** Returns the 1-based file line of a top-level front matter key, given the front matter's own lines. */
function lineOfKey(frontMatterLines: readonly string[], key: string | undefined): number | undefined {
  if (key === undefined) return undefined;
  const index = frontMatterLines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return index >= 0 ? index + 2 : undefined;
}

/**
 * Returns every problem with one post's front matter, and what the cross-post checks need when it
 * has none. YAML timestamps are read as text here (js-yaml would turn `2024-13-45` into a date in
 * 2025), so the schema sees exactly what the author wrote.
 */
export function checkFrontMatter(file: string, source: string): { problems: PostProblem[]; post?: CheckedPost } {
  const frontMatter = splitFrontMatter(source);
  if (!frontMatter) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: "no front matter: expected the file to start with a --- block holding title and date",
        },
      ],
    };
  }
  const text = frontMatter.yaml;
  let parsed: unknown;
  try {
    parsed = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return {
        problems: [{ file, line: error.mark.line + 2, message: `front matter is not valid YAML: ${error.reason}` }],
      };
    }
    throw error;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { problems: [{ file, line: 2, message: "front matter must be a set of `key: value` lines" }] };
  }
  const result = postSchema.safeParse(parsed);
  if (result.success) {
    const { tags, categories, redirect_from: redirectFrom } = result.data;
    return { problems: [], post: { file, slug: postSlugFromPath(file), tags, categories, redirectFrom } };
  }
  const lines = text.split(/\r?\n/);
  const problems = result.error.issues.flatMap((issue): PostProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const suggestion = nearestKnownKey(key);
        const hint = suggestion ? `did you mean "${suggestion}"?` : `known keys are ${KNOWN_KEYS.join(", ")}`;
        return { file, line: lineOfKey(lines, key), field: key, message: `unknown key "${key}": ${hint}` };
      });
    }
    const topKey = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const field = issue.path.map(String).join(".");
    const missing = topKey !== undefined && !(topKey in parsed);
    return [
      {
        file,
        line: lineOfKey(lines, topKey),
        field,
        message: missing
          ? `missing: ${issue.message.replace(/, found nothing$|, found undefined$/, "")}`
          : issue.message,
      },
    ];
  });
  return { problems };
}

/** Returns the syntax errors of an MDX post, with their line in the file. */
function checkMdxSyntax(file: string, source: string): PostProblem[] {
  const frontMatter = splitFrontMatter(source)?.block ?? "";
  // Blank out the front matter, keeping its line breaks, so error lines match the file's.
  const body = frontMatter.replace(/[^\n]/g, "") + source.slice(frontMatter.length);
  try {
    mdxToJs(body, {});
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+):\s*/.exec(message);
    return [
      {
        file,
        line: position ? Number(position[1]) : undefined,
        message: `MDX syntax error: ${position ? message.slice(position[0].length) : message}`,
      },
    ];
  }
}

/**
 * Returns the problems no single post shows: two files that would publish at one URL, and two tag or
 * category names that would share one page though they differ in more than case.
 */
export function checkAcrossPosts(posts: readonly CheckedPost[]): PostProblem[] {
  const problems: PostProblem[] = [];
  const filesBySlug = Map.groupBy(posts, (post) => post.slug);
  for (const [slug, sameSlug] of filesBySlug) {
    if (sameSlug.length < 2) continue;
    for (const post of sameSlug) {
      const others = sameSlug.filter((other) => other !== post).map((other) => other.file);
      problems.push({
        file: post.file,
        message: `publishes at ${postUrl(slug)}, as ${others.join(" and ")} does: rename one of the files`,
      });
    }
  }
  for (const kind of ["tags", "categories"] as const) {
    const uses = new Map<string, Map<string, string[]>>();
    for (const post of posts) {
      for (const name of post[kind]) {
        const slug = termSlug(name);
        const names = uses.get(slug) ?? new Map<string, string[]>();
        names.set(name, [...(names.get(name) ?? []), post.file]);
        uses.set(slug, names);
      }
    }
    for (const [slug, names] of uses) {
      const distinct = new Set([...names.keys()].map((name) => name.toLowerCase()));
      if (distinct.size < 2) continue;
      const described = [...names].map(([name, files]) => `"${name}" (${files.join(", ")})`).join(" and ");
      for (const files of names.values()) {
        problems.push({
          file: files[0] ?? "",
          field: kind,
          message: `${described} would share the page for "${slug}": use one spelling`,
        });
      }
    }
  }
  return problems;
}

/** Checks every post file: `sources` maps each path to its text. Returns every problem found, in file order. */
export function checkPosts(sources: ReadonlyMap<string, string>): PostProblem[] {
  const problems: PostProblem[] = [];
  const checked: CheckedPost[] = [];
  for (const [file, source] of sources) {
    const result = checkFrontMatter(file, source);
    problems.push(...result.problems);
    if (result.post) checked.push(result.post);
    if (file.endsWith(".mdx")) problems.push(...checkMdxSyntax(file, source));
  }
  problems.push(...checkAcrossPosts(checked), ...checkRedirects(checked));
  return problems.sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
}
