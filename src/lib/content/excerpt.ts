/** A post's excerpt as Jekyll made it, as plain text: what lists, meta descriptions and feeds show when a post has no description. */
import { htmlToHast, markdownToMdast, mdxToMdast, type HastNode, type MdastNode } from "satteri";

/** How the blog reads a post's Markdown, so the excerpt shows the words the page shows. */
export interface ExcerptOptions {
  /** The post is MDX (`.mdx`). */
  mdx: boolean;
  /** Where the excerpt ends when the post holds it (Jekyll's `excerpt_separator`, e.g. `<!--more-->`). */
  separator: string;
  /** `$…$` is math (the site's `singleDollarMath`); either way its TeX is kept as text. */
  singleDollarMath: boolean;
}

/** Inline nodes whose text is not the post's words: footnote marks, images, raw HTML tags, MDX expressions. */
const SKIPPED = new Set([
  "footnoteReference",
  "image",
  "imageReference",
  "html",
  "mdxTextExpression",
  "mdxFlowExpression",
]);

/** Block nodes that are not prose: their text stays out of an excerpt cut at the separator. */
const NOT_PROSE = new Set(["code", "math", "footnoteDefinition", "definition", "yaml", "toml", "mdxjsEsm"]);

/**
 * Returns the words of `node`, without Markdown or HTML. With `limit` (an offset in the body), only the
 * words before it: a text node the limit cuts is cut there.
 */
function plainText(node: MdastNode, limit = Infinity): string {
  if (SKIPPED.has(node.type) || NOT_PROSE.has(node.type)) return "";
  if ("children" in node) {
    const words = (node.children as MdastNode[]).map((child) => plainText(child, limit)).join("");
    return node.type === "paragraph" || node.type === "heading" || node.type === "listItem" ? `${words} ` : words;
  }
  const start = node.position?.start.offset ?? 0;
  if (start >= limit) return "";
  if (node.type === "break") return " ";
  const value = "value" in node && typeof node.value === "string" ? node.value : "";
  return (node.position?.end.offset ?? 0) > limit ? value.slice(0, limit - start) : value;
}

function hastText(node: HastNode): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(hastText).join("") : "";
}

function firstHastParagraph(node: HastNode): HastNode | undefined {
  if (node.type === "element" && node.tagName === "p") return node;
  if (!("children" in node)) return undefined;
  for (const child of node.children) {
    const found = firstHastParagraph(child);
    if (found) return found;
  }
  return undefined;
}

/** Returns the words of a top-level block: a paragraph's, or those of the first `<p>` in a block of HTML. */
function blockText(block: MdastNode): string {
  if (block.type === "paragraph") return plainText(block);
  if (block.type === "html") {
    const paragraph = firstHastParagraph(htmlToHast(block.value, { fragment: true }));
    return paragraph ? hastText(paragraph) : "";
  }
  return "";
}

function collapse(text: string): string | undefined {
  return text.replace(/\s+/g, " ").trim() || undefined;
}

/**
 * Returns a post's excerpt as plain text, as Jekyll makes it: the text before the separator when the
 * body holds it, else the first paragraph (the first `<p>` of a post written in HTML); Markdown, HTML,
 * images and footnote marks left out, entities decoded, quotes and dashes as the page shows them.
 * `undefined` when the post has no words before any heading, code or list, or is not valid MDX.
 */
export function excerpt(body: string, options: ExcerptOptions): string | undefined {
  const parse = options.mdx ? mdxToMdast : markdownToMdast;
  const separatorAt = options.separator ? body.indexOf(options.separator) : -1;
  let root: MdastNode;
  try {
    root = parse(body, {
      features: { gfm: true, smartPunctuation: true, math: { singleDollarTextMath: options.singleDollarMath } },
      // Positions are read only to cut at the separator; without them Sätteri parses faster.
      position: separatorAt !== -1,
    });
  } catch {
    return undefined;
  }
  const blocks = "children" in root ? (root.children as MdastNode[]) : [];
  if (separatorAt !== -1) {
    return collapse(blocks.map((block) => plainText(block, separatorAt)).join(" "));
  }
  for (const block of blocks) {
    const text = collapse(blockText(block));
    if (text) return text;
  }
  return undefined;
}
