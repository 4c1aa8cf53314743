/** Where a post's front matter ends and its body begins. */
const FRONT_MATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Returns a post's front matter block as written (`block`, delimiters included) and the YAML inside it, or
 * `undefined` when the file does not start with one. Every reader of this blog's posts splits them here.
 */
export function splitFrontMatter(source: string): { block: string; yaml: string } | undefined {
  const match = FRONT_MATTER.exec(source);
  return match ? { block: match[0], yaml: match[1] ?? "" } : undefined;
}
