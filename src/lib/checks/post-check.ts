/**
 * The checks every post passes before anything is built, one phase a module: the front matter split
 * (content/front-matter.ts), its YAML (front-matter-yaml.ts), the schema and its wording (schema-issues.ts,
 * key-typos.ts), MDX syntax (mdx-syntax.ts), TeX KaTeX rejects (markdown/math.ts), clashes between posts
 * (cross-post.ts, redirect-check.ts, translation-check.ts) and the report (problems.ts). This module runs
 * them in order.
 */
import { splitFrontMatter } from "../content/front-matter.ts";
import { postSchema } from "../content/schema.ts";
import { fileTranslationKey, postSlugFromPath } from "../content/slugs.ts";
import { texProblems } from "../markdown/math.ts";
import { compareText } from "../text/compare.ts";
import type { CheckedPost } from "./checked-post.ts";
import { checkAcrossPosts } from "./cross-post.ts";
import { parseFrontMatterYaml } from "./front-matter-yaml.ts";
import { KNOWN_KEYS } from "./key-typos.ts";
import { checkMdxSyntax } from "./mdx-syntax.ts";
import { site } from "../../site.config.ts";
import type { PostProblem } from "./problems.ts";
import { checkRedirects } from "./redirect-check.ts";
import { schemaIssueProblems } from "./schema-issues.ts";
import { checkTranslations } from "./translation-check.ts";

export type { CheckedPost } from "./checked-post.ts";
export { checkAcrossPosts } from "./cross-post.ts";
export { editDistance, nearestKnownKey } from "./key-typos.ts";

const NO_FRONT_MATTER = "no front matter: expected the file to start with a --- block holding title and date";

/** Returns every problem with one post's front matter, and what the cross-post checks need when it has none. */
export function checkFrontMatter(file: string, source: string): { problems: PostProblem[]; post?: CheckedPost } {
  const frontMatter = splitFrontMatter(source);
  if (!frontMatter) return { problems: [{ file, line: 1, message: NO_FRONT_MATTER }] };
  const parsed = parseFrontMatterYaml(file, frontMatter.yaml);
  if ("problem" in parsed) return { problems: [parsed.problem] };
  const result = postSchema.safeParse(parsed.data);
  if (!result.success) {
    return { problems: schemaIssueProblems(file, frontMatter.yaml, parsed.data, result.error.issues, KNOWN_KEYS) };
  }
  const { tags, categories, redirect_from: redirectFrom, lang, translation_key: key, draft } = result.data;
  return {
    problems: [],
    post: {
      file,
      slug: postSlugFromPath(file),
      tags,
      categories,
      redirectFrom,
      lang,
      translationKey: key ?? fileTranslationKey(file),
      explicitKey: key !== undefined,
      draft,
    },
  };
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
    const tex = texProblems(source, { mdx: file.endsWith(".mdx"), singleDollar: site.singleDollarMath });
    problems.push(...tex.map((problem) => ({ file, ...problem })));
  }
  problems.push(...checkAcrossPosts(checked), ...checkRedirects(checked), ...checkTranslations(checked));
  return problems.sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
}
