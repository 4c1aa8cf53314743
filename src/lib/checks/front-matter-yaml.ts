/** The YAML phase of the post check: a front matter block read into data, or the problem that stops it. */
import yaml from "js-yaml";
import type { PostProblem } from "./problems.ts";

/**
 * Returns the front matter's YAML as data, or the problem with it. YAML timestamps are read as text
 * (js-yaml would turn `2024-13-45` into a date in 2025), so the schema sees exactly what the author wrote.
 */
export function parseFrontMatterYaml(
  file: string,
  text: string,
): { data: Record<string, unknown> } | { problem: PostProblem } {
  let parsed: unknown;
  try {
    parsed = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return {
        problem: { file, line: error.mark.line + 2, message: `front matter is not valid YAML: ${error.reason}` },
      };
    }
    throw error;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { problem: { file, line: 2, message: "front matter must be a set of `key: value` lines" } };
  }
  return { data: parsed as Record<string, unknown> };
}
