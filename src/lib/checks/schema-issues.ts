/** The wording of schema problems: each issue zod finds in front matter, as a line an author can act on. */
import type { z } from "astro/zod";
import { isNode, parseDocument } from "yaml";
import { nearestKnownKey } from "./key-typos.ts";
import type { PostProblem } from "./problems.ts";

/** Returns the 1-based file line of a top-level front matter key, given the front matter's own lines. */
function lineOfKey(frontMatterLines: readonly string[], key: string | undefined): number | undefined {
  if (key === undefined) return undefined;
  const index = frontMatterLines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return index >= 0 ? index + 2 : undefined;
}

/**
 * Returns the 1-based file line of the value at `path` (`["redirect_from", 3]`) when it is below the top level
 * and written on its own line, so a problem in one list entry points at that entry; otherwise `undefined`.
 */
function lineOfEntry(yamlText: string, path: readonly PropertyKey[]): number | undefined {
  if (path.length < 2) return undefined;
  const node: unknown = parseDocument(yamlText, { schema: "core" }).getIn(path.map(String), true);
  const start = isNode(node) ? node.range?.[0] : undefined;
  return start === undefined ? undefined : (yamlText.slice(0, start).match(/\n/g)?.length ?? 0) + 2;
}

/** Returns the problems for an unknown key, with the known key it is likely a typo of. */
function unknownKeyProblems(
  file: string,
  lines: readonly string[],
  keys: readonly string[],
  knownKeys: readonly string[],
) {
  return keys.map((key): PostProblem => {
    const suggestion = nearestKnownKey(key, knownKeys);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `known keys are ${knownKeys.join(", ")}`;
    return { file, line: lineOfKey(lines, key), field: key, message: `unknown key "${key}": ${hint}` };
  });
}

/**
 * Returns one problem per schema issue, on the line of the key it concerns: `data` is the parsed front
 * matter (to tell a missing key from a wrong one), `yamlText` the block it was read from.
 */
export function schemaIssueProblems(
  file: string,
  yamlText: string,
  data: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  knownKeys: readonly string[],
): PostProblem[] {
  const lines = yamlText.split(/\r?\n/);
  return issues.flatMap((issue): PostProblem[] => {
    if (issue.code === "unrecognized_keys") return unknownKeyProblems(file, lines, issue.keys, knownKeys);
    const topKey = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const field = issue.path.map(String).join(".");
    const missing = topKey !== undefined && !(topKey in data);
    const message = missing
      ? `missing: ${issue.message.replace(/, found nothing$|, found undefined$/, "")}`
      : issue.message;
    return [{ file, line: lineOfEntry(yamlText, issue.path) ?? lineOfKey(lines, topKey), field, message }];
  });
}
