/** The front matter phase of the post check: the block found and its YAML read into data, or the problem that stops it. */
import { isFrontMatterFault, readFrontMatter } from "../content/front-matter.ts";
import type { PostProblem } from "./problems.ts";

const NO_FRONT_MATTER = "no front matter: expected the file to start with a --- block holding title and date";

/**
 * Returns the post's front matter as data and its YAML text, or the problem with it: no block, a block
 * Astro would cut elsewhere, YAML that does not parse (or expands past its alias limit), or not a mapping.
 * It is read by the same function Astro's content loader uses (content/front-matter.ts).
 */
export function readPostFrontMatter(
  file: string,
  source: string,
): { data: Record<string, unknown>; yaml: string } | { problem: PostProblem } {
  const frontMatter = readFrontMatter(source);
  if (frontMatter === undefined) return { problem: { file, line: 1, message: NO_FRONT_MATTER } };
  if (isFrontMatterFault(frontMatter)) return { problem: { file, ...frontMatter } };
  return { data: frontMatter.data, yaml: frontMatter.yaml };
}
