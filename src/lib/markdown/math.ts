/**
 * Markdown plugin and check: TeX in posts (`$$…$$`, `$…$`) rendered by KaTeX to MathML at build time, which every
 * current browser lays out in its own math font. KaTeX's HTML output would need its stylesheet and fonts and a
 * `style` attribute on nearly every box, which the Content-Security-Policy would then have to allow.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import katex from "katex";
import {
  htmlToHast,
  markdownToMdast,
  mdxToMdast,
  type Features,
  type HastNode,
  type HastPluginDefinition,
} from "satteri";

/** A formula KaTeX rejects, or math written so it would swallow the rest of the post: its 1-based line and why. */
export interface TexProblem {
  line: number;
  message: string;
}

/** Returns Sätteri's `math` feature: `$$…$$` always, `$…$` only when `singleDollar` (off for blogs that write prices). */
export function mathFeature(singleDollar: boolean): NonNullable<Features["math"]> {
  return { singleDollarTextMath: singleDollar };
}

function katexMathml(tex: string, displayMode: boolean): string {
  const mathml = katex.renderToString(tex, { displayMode, throwOnError: true, output: "mathml", strict: "ignore" });
  // The box KaTeX's HTML output puts a displayed formula in, which the stylesheet lets scroll when it is too wide.
  return displayMode ? `<span class="katex-display">${mathml}</span>` : mathml;
}

/**
 * Returns KaTeX's MathML for `tex`, or throws KaTeX's `ParseError`. Lenient where MathJax, which the
 * Jekyll blogs posts come from used, was: no complaints about TeX that LaTeX frowns on (`strict: "ignore"`),
 * and an environment KaTeX allows only in display mode (`align`) written inline is shown displayed.
 */
export function renderTex(tex: string, displayMode: boolean): string {
  try {
    return katexMathml(tex, displayMode);
  } catch (error) {
    if (displayMode || !(error instanceof katex.ParseError) || !/only in display mode/.test(error.rawMessage)) {
      throw error;
    }
    return katexMathml(tex, true);
  }
}

/** Returns what KaTeX says is wrong with `tex` (its message and the offset in `tex`), or `undefined` when it renders. */
function texError(tex: string, displayMode: boolean): { message: string; position: number } | undefined {
  try {
    renderTex(tex, displayMode);
    return undefined;
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    const oneLine = tex.replace(/\s+/g, " ").trim();
    const shown = oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
    return {
      message: `KaTeX cannot render \`${shown}\`: ${error.rawMessage}`,
      position: Number.isInteger(error.position) ? error.position : 0,
    };
  }
}

/** Why a `$$` line followed by TeX is refused, rather than rendered up to the end of the post. */
const TEXT_AFTER_OPENING =
  "display math: text after the opening $$ makes the rest of the post math; put $$ alone on the lines before and after the TeX, or write $$…$$ on one line";

/** Returns the 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line++;
  return line;
}

/**
 * Returns the line in `source` of the error at `position` in `tex`, a formula whose node starts at
 * `nodeOffset`: exact when the TeX stands in the source as written (it does unless a list or quote
 * indents it), else the node's first line.
 */
function texErrorLine(source: string, nodeOffset: number, tex: string, position: number): number {
  const texOffset = source.indexOf(tex, nodeOffset);
  // "Unexpected end of input" is reported past the last character: on the TeX's last line, not the next.
  return lineAt(source, texOffset === -1 ? nodeOffset : texOffset + Math.min(position, Math.max(0, tex.length - 1)));
}

/** Returns whether the display math starting at `offset` has text after its opening `$$` (Sätteri reads it as the block's "meta"). */
function hasTextAfterOpening(source: string, offset: number): boolean {
  const lineEnd = source.indexOf("\n", offset);
  return /^\s*\$\$+\s*\S/.test(source.slice(offset, lineEnd === -1 ? undefined : lineEnd));
}

/**
 * Returns whether inline math is displayed: `$$…$$` alone in its paragraph is, as kramdown (Jekyll's
 * Markdown) shows it; `$…$`, or `$$…$$` among words, is not.
 */
function isDisplayedInline(source: string, offset: number, aloneInParagraph: boolean): boolean {
  return aloneInParagraph && source.startsWith("$$", offset);
}

interface MdastLike {
  type: string;
  value?: string;
  lang?: string | null | undefined;
  position?: { start: { offset?: number | undefined; line: number } } | undefined;
  children?: MdastLike[];
}

/** Returns whether `paragraph` holds `child` and nothing else but blank text. */
function holdsOnly(paragraph: MdastLike | undefined, child: object): boolean {
  return (
    paragraph?.type === "paragraph" &&
    (paragraph.children ?? []).every((node) => node === child || (node.type === "text" && !node.value?.trim()))
  );
}

function formulaProblems(source: string, node: MdastLike, parent: MdastLike | undefined): TexProblem[] {
  const offset = node.position?.start.offset ?? 0;
  if (node.type === "math" && hasTextAfterOpening(source, offset)) {
    return [{ line: lineAt(source, offset), message: TEXT_AFTER_OPENING }];
  }
  const tex = node.value ?? "";
  const display = node.type === "math" || isDisplayedInline(source, offset, holdsOnly(parent, node));
  const error = texError(tex, display);
  return error ? [{ line: texErrorLine(source, offset, tex, error.position), message: error.message }] : [];
}

function walkMath(source: string, node: MdastLike, parent: MdastLike | undefined, found: TexProblem[]): void {
  if (node.type === "math" || node.type === "inlineMath") found.push(...formulaProblems(source, node, parent));
  if (node.type === "code" && node.lang === "math")
    found.push(...formulaProblems(source, { ...node, type: "math" }, parent));
  for (const child of node.children ?? []) walkMath(source, child, node, found);
}

/**
 * Returns every formula in a post file that would stop the build, with its line in the file. `source` is
 * the whole file, front matter included; `.mdx` files are read as MDX (a file that is not valid MDX has
 * its syntax error reported by itself, so nothing here).
 */
export function texProblems(source: string, options: { mdx: boolean; singleDollar: boolean }): TexProblem[] {
  // Most posts hold no math: no dollar and no ```math block, no parse.
  if (!source.includes("$") && !/^\s*(`{3,}|~{3,})\s*math\b/m.test(source)) return [];
  const parse = options.mdx ? mdxToMdast : markdownToMdast;
  let tree: MdastLike;
  try {
    tree = parse(source, { features: { math: mathFeature(options.singleDollar) } });
  } catch {
    return [];
  }
  const found: TexProblem[] = [];
  walkMath(source, tree, undefined, found);
  return found;
}

function classNames(node: Readonly<HastNode>): unknown[] {
  const value = node.type === "element" ? node.properties["className"] : undefined;
  return Array.isArray(value) ? value : [];
}

/**
 * KaTeX's HTML as hast nodes. `<math>` needs no `xmlns` in HTML: the parser puts it in MathML's namespace.
 * The search index skips formulas: their text (`x2x^2`, MathML, drawing and TeX run together) would only
 * clutter results.
 */
function texToHast(tex: string, displayMode: boolean): HastNode[] {
  const root = htmlToHast(renderTex(tex, displayMode), { fragment: true });
  const nodes = "children" in root ? (root.children as HastNode[]) : [];
  const dropXmlns = (node: HastNode): void => {
    if (node.type !== "element") return;
    delete node.properties[":xmlns"];
    delete node.properties["xmlns"];
    for (const child of node.children) dropXmlns(child);
  };
  nodes.forEach(dropXmlns);
  for (const node of nodes) if (node.type === "element") node.properties["dataPagefindIgnore"] = "";
  return nodes;
}

/**
 * Returns the post file and its line for line `line` of `source`, the text the processor was given:
 * Astro hands it the body without the front matter, so the file has that many more lines before it.
 */
function fileLine(fileURL: URL | undefined, source: string, line: number): string {
  if (!fileURL) return `(post):${line}`;
  const file = fileURLToPath(fileURL);
  try {
    const extraLines = readFileSync(file, "utf8").split("\n").length - source.split("\n").length;
    return `${file}:${line + Math.max(0, extraLines)}`;
  } catch {
    return `${file}:${line}`;
  }
}

/** Returns whether an inline `code` element is the only thing in its paragraph but blank text. */
function aloneInParagraph(parent: Readonly<HastNode> | undefined): boolean {
  if (parent?.type !== "element" || parent.tagName !== "p") return false;
  const others = parent.children.filter((child) => !(child.type === "text" && !child.value.trim()));
  return others.length === 1;
}

/**
 * Returns a Sätteri (Markdown and MDX) plugin that replaces each formula Sätteri's `math` feature found
 * (`code.math-inline`, `pre > code.math-display`, and a fenced ```math block) with KaTeX's HTML+MathML,
 * and marks the post as holding math so its page links KaTeX's stylesheet. A formula KaTeX rejects stops
 * the build with `file:line` and KaTeX's message (`npm run check` and the build's first step report the
 * same, for every post at once). It runs before the heading plugins, so an anchor and its id are made
 * from the same text.
 */
export function mathPlugin(): HastPluginDefinition {
  return {
    name: "blog:math",
    options: { position: true },
    element: {
      filter: ["pre", "code"],
      visit(node, ctx) {
        const isBlock = node.tagName === "pre";
        const code = isBlock
          ? node.children.find((child) => child.type === "element" && child.tagName === "code")
          : classNames(node).includes("math-inline")
            ? node
            : undefined;
        if (!code || !classNames(code).includes("language-math")) return;
        const offset = node.position?.start.offset ?? 0;
        const tex = ctx.textContent(code).replace(/\n$/, "");
        const display = isBlock || isDisplayedInline(ctx.source, offset, aloneInParagraph(ctx.parent(node)));
        const fail = (line: number, message: string, cause?: unknown): never => {
          throw new Error(`${fileLine(ctx.fileURL, ctx.source, line)}: ${message}`, { cause });
        };
        if (isBlock && classNames(code).includes("math-display") && hasTextAfterOpening(ctx.source, offset)) {
          fail(lineAt(ctx.source, offset), TEXT_AFTER_OPENING);
        }
        let rendered: HastNode[] = [];
        try {
          rendered = texToHast(tex, display);
        } catch (error) {
          if (!(error instanceof katex.ParseError)) throw error;
          const problem = texError(tex, display);
          fail(
            texErrorLine(ctx.source, offset, tex, problem?.position ?? 0),
            problem?.message ?? error.rawMessage,
            error,
          );
        }
        ctx.replaceNode(node, rendered);
      },
    },
  };
}
