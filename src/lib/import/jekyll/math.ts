/**
 * Math as kramdown and MathJax read it, written as this blog's math: `$$…$$` alone in a paragraph is
 * display math, `$$…$$` in a line is inline (`$…$` here), and MathJax's `\\(…\\)` and `\\[…\\]` (two
 * backslashes in the source, one after Markdown) become `$…$` and `$$…$$` with the TeX MathJax saw.
 * A lone `$`, text to kramdown, is escaped so the blog does not read it as math. Code is never touched.
 */
import type { BodyConversion } from "./liquid.ts";
import { outsideCode } from "./markdown-code.ts";

const MATH = /\$\$([\s\S]+?)\$\$|\\\\\[([\s\S]+?)\\\\\]|\\\\\(([\s\S]+?)\\\\\)|\\\$|\$/g;

/** Returns TeX as MathJax saw it after Markdown: Markdown's backslash escapes undone (`\\` is `\`, `\_` is `_`). */
function afterMarkdownEscapes(tex: string): string {
  return tex.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, "$1");
}

/** Returns whether the match at `index..end` of `text` is alone in its paragraph. */
function aloneInParagraph(text: string, index: number, end: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(end);
  const lineBefore = before.slice(before.lastIndexOf("\n") + 1);
  const lineAfter = after.split("\n", 1)[0] ?? "";
  const paragraphBefore = /(^|\n)[ \t]*\n?$/.test(before) || /^[ \t>]*$/.test(lineBefore);
  return paragraphBefore && /^[ \t]*$/.test(lineAfter) && /^[ \t>]*$/.test(lineBefore);
}

/** Returns display math as a block of its own lines, quoted like the line it started on. */
function displayBlock(tex: string, text: string, index: number): string {
  const lineBefore = text.slice(text.lastIndexOf("\n", index - 1) + 1, index);
  const lead = /^[ \t>]*$/.test(lineBefore) ? "" : "\n\n";
  return `${lead}$$\n${tex.trim()}\n$$`;
}

/** Returns `body` (Markdown) with kramdown's and MathJax's math delimiters written as this blog's. */
export function convertMath(body: string): BodyConversion {
  const changes: string[] = [];
  const text = outsideCode(body, (chunk) =>
    chunk.replace(MATH, (whole, kramdown?: string, display?: string, inline?: string, offset = 0) => {
      const index = offset as number;
      if (kramdown !== undefined) {
        if (aloneInParagraph(chunk, index, index + whole.length)) {
          changes.push("display math $$…$$ kept as a math block");
          return displayBlock(kramdown, chunk, index);
        }
        changes.push("inline math $$…$$ written $…$");
        return `$${kramdown.trim()}$`;
      }
      if (display !== undefined) {
        changes.push("MathJax \\\\[…\\\\] written $$…$$");
        return displayBlock(afterMarkdownEscapes(display), chunk, index);
      }
      if (inline !== undefined) {
        changes.push("MathJax \\\\(…\\\\) written $…$");
        return `$${afterMarkdownEscapes(inline).trim()}$`;
      }
      if (whole === "$") {
        changes.push("a lone $ escaped, so it is not read as math");
        return "\\$";
      }
      return whole;
    }),
  );
  return { text, changes, attention: [] };
}
