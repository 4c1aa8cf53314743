/**
 * A post's front matter: where it ends and its body begins, and its YAML read into data. The one reader
 * of front matter for the post check, Astro's content loader (content.config.ts) and the Jekyll importer.
 */
import { parseDocument } from "yaml";

/** A post's front matter block as written (`block`, delimiters included) and the YAML inside it. */
export interface FrontMatterBlock {
  block: string;
  yaml: string;
}

/** Why a file's front matter cannot be read, and on which 1-based line of the file. */
export interface FrontMatterFault {
  line: number;
  message: string;
}

const OPENING = /^\uFEFF?---[ \t]*(?:\r?\n|$)/;
/** Jekyll ends front matter with `---` or `...`, trailing blanks allowed. */
const JEKYLL_CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
/** This blog ends it with `---`, trailing blanks allowed (as Jekyll does). */
const CLOSING = /^---[ \t]*$/;
/**
 * Astro's Markdown and MDX readers end front matter at the first line that merely starts with `---` or `+++`,
 * so such a line anywhere in the block would split the file differently there: it is refused instead.
 */
const ASTRO_CLOSING_START = /^(?:---|\+\+\+)/;

/**
 * Yields the lines of `text` from `from` on, each with its end offset (line break included), so a block can be
 * cut exactly; lazily, so reading front matter never splits the body that follows it.
 */
function* linesWithEnds(text: string, from: number): Generator<{ line: string; end: number }> {
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline + 1;
    yield { line: text.slice(start, newline === -1 ? end : newline).replace(/\r$/, ""), end };
    start = end;
  }
}

/**
 * Returns the file's front matter block, `undefined` when the file does not start with `---`, or the fault
 * that stops it being read the same way everywhere (never closed, or closed by a line Astro reads otherwise).
 * `jekyll` accepts Jekyll's `...` closing line too, as the importer reads Jekyll's posts.
 */
export function readFrontMatterBlock(
  source: string,
  options: { jekyll?: boolean } = {},
): FrontMatterBlock | FrontMatterFault | undefined {
  const opening = OPENING.exec(source);
  if (!opening) return undefined;
  let lineNumber = 1;
  let yamlEnd = opening[0].length;
  for (const { line, end } of linesWithEnds(source, opening[0].length)) {
    lineNumber += 1;
    if (options.jekyll ? JEKYLL_CLOSING.test(line) : CLOSING.test(line)) {
      return { block: source.slice(0, end), yaml: source.slice(opening[0].length, yamlEnd).replace(/\r?\n$/, "") };
    }
    if (!options.jekyll && ASTRO_CLOSING_START.test(line)) {
      return {
        line: lineNumber,
        message: `front matter line starts with "${line.slice(0, 3)}" but is not a closing "---" line: Astro would end the front matter here; end it with a line of just --- first, or indent or quote this line`,
      };
    }
    yamlEnd = end;
  }
  return { line: 1, message: 'front matter is never closed: expected a line of just "---" after it' };
}

/** Returns whether `value` is a fault rather than a block. */
export function isFrontMatterFault(value: FrontMatterBlock | FrontMatterFault | undefined): value is FrontMatterFault {
  return value !== undefined && "message" in value;
}

/**
 * Returns a post's front matter block as written (`block`, delimiters included) and the YAML inside it, or
 * `undefined` when the file does not start with one that can be read.
 */
export function splitFrontMatter(source: string, options: { jekyll?: boolean } = {}): FrontMatterBlock | undefined {
  const read = readFrontMatterBlock(source, options);
  return isFrontMatterFault(read) ? undefined : read;
}

/**
 * Most values YAML aliases may expand to in one front matter block: a real post uses none, and the `yaml`
 * package's own limit stops a 1 KB "billion laughs" block in milliseconds instead of minutes.
 */
export const MAX_ALIAS_COUNT = 100;

/** Deepest nesting of `[…]` and `{…}` front matter may have; a real post needs two or three. */
export const MAX_NESTING = 100;

/**
 * Returns the offset at which `text` opens its `MAX_NESTING + 1`th unclosed bracket, if it does. Brackets in
 * quotes count too, so this can only overestimate: no real post comes near, and the YAML parser would take
 * seconds to overflow its stack on 100,000 of them.
 */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "[" || char === "{") depth++;
    else if ((char === "]" || char === "}") && depth > 0) depth--;
    if (depth > MAX_NESTING) return index;
  }
  return undefined;
}

/**
 * Returns front matter YAML as data, or the fault with it; `firstLine` is the file line the YAML starts on.
 * YAML 1.2's core schema keeps timestamps as text (`title: 2023-12-31` stays a title, `2024-13-45` is not
 * rolled into 2025), duplicate keys and unknown tags (`!!js/function`) are errors, and aliases are bounded.
 */
function parseFrontMatterYaml(text: string, firstLine = 2): { data: unknown } | FrontMatterFault {
  const tooDeep = tooDeepAt(text);
  if (tooDeep !== undefined) {
    return {
      line: firstLine + (text.slice(0, tooDeep).match(/\n/g)?.length ?? 0),
      message: `front matter is not valid YAML: its lists and maps nest more than ${MAX_NESTING} deep`,
    };
  }
  const document = parseDocument(text, { schema: "core", uniqueKeys: true, prettyErrors: true, strict: true });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) {
    const line = (problem.linePos?.[0].line ?? 1) + firstLine - 1;
    return {
      line,
      message: `front matter is not valid YAML: ${problem.message.split(" at line")[0] ?? problem.message}`,
    };
  }
  try {
    return { data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      const alias = text.search(/(^|[\s[{,:])\*[^\s,\]}]/);
      const line = alias === -1 ? firstLine : firstLine + (text.slice(0, alias + 1).match(/\n/g)?.length ?? 0);
      return {
        line,
        message: `front matter is not valid YAML: its aliases (*name) expand to more than ${MAX_ALIAS_COUNT} values`,
      };
    }
    throw error;
  }
}

/** A post's front matter block as written (delimiters included), its YAML, and what the YAML says. */
export interface FrontMatter {
  block: string;
  yaml: string;
  data: Record<string, unknown>;
}

/**
 * Returns a post's front matter read into data, `undefined` when the file has none, or the fault that stops it
 * being read (YAML that is not a set of `key: value` lines among them): the one reader of the post check and
 * Astro's content loader.
 */
export function readFrontMatter(source: string): FrontMatter | FrontMatterFault | undefined {
  const block = readFrontMatterBlock(source);
  if (block === undefined || isFrontMatterFault(block)) return block;
  const parsed = parseFrontMatterYaml(block.yaml);
  if ("message" in parsed) return parsed;
  if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data))
    return { line: 2, message: "front matter must be a set of `key: value` lines" };
  return { ...block, data: parsed.data as Record<string, unknown> };
}
