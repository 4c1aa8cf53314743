/** The MDX syntax check: an MDX post's body compiled once, its first error given the line in the file. */
import { mdxToJs } from "satteri";
import { splitFrontMatter } from "../content/front-matter.ts";
import type { PostProblem } from "./problems.ts";

/** Returns the syntax errors of an MDX post, with their line in the file. */
export function checkMdxSyntax(file: string, source: string): PostProblem[] {
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
