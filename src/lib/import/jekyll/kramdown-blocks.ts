/**
 * kramdown's block syntax that CommonMark reads otherwise: definition lists, abbreviations, table
 * section rows, nested lists indented less than their parent's text, HTML blocks with blank lines inside,
 * and `markdown="1"` HTML. Each pass turns one of them into what kramdown rendered. Code is never touched.
 */
import { escapeMarkup } from "../../text/markup.ts";
import { outsideCode } from "./markdown-code.ts";

/** A pass over the Markdown outside code: the new text, with what it changed. */
type Pass = (chunk: string, changes: string[]) => string;

const ABBREVIATION = /^ {0,3}\*\[([^\]\n]+)\]:[ \t]*(.*)$/gm;

/** kramdown's `*[CSS]: Cascading Style Sheets`: the definition line removed, each use an `<abbr>`. */
export const abbreviations: Pass = (chunk, changes) => {
  const titles = new Map<string, string>();
  let text = chunk.replace(ABBREVIATION, (_, term: string, title: string) => {
    titles.set(term.trim(), title.trim());
    return "\uE001";
  });
  text = text.replace(/\uE001\n?/g, "");
  for (const [term, title] of titles) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const use = new RegExp(`(?<![\\w/#.-])${escaped}(?![\\w-])(?![^<]*>)(?![^\\[]*\\]\\()`, "g");
    text = text.replace(use, `<abbr title="${escapeMarkup(title)}">${escapeMarkup(term)}</abbr>`);
    changes.push(`kramdown abbreviation *[${term}] written as <abbr>`);
  }
  return text;
};

const DEFINITION = /^ {0,3}:[ \t]+(.*)$/;

/** kramdown's definition lists (`term` then `: definition` lines) as `<dl>`, definitions rendered as Markdown. */
export const definitionLists: Pass = (chunk, changes) => {
  const lines = chunk.split("\n");
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const startsList = line.trim() !== "" && !DEFINITION.test(line) && DEFINITION.test(lines[index + 1] ?? "");
    if (!startsList || /^\s*([#>|*+-]|\d+\.)/.test(line)) {
      out.push(line);
      continue;
    }
    const items: string[] = [];
    while (index < lines.length) {
      const term = lines[index] ?? "";
      if (term.trim() === "" || !DEFINITION.test(lines[index + 1] ?? "")) break;
      items.push(`<dt>${term.trim()}</dt>`);
      index++;
      while (DEFINITION.test(lines[index] ?? "")) {
        const definition = [DEFINITION.exec(lines[index] ?? "")?.[1] ?? ""];
        index++;
        while (/^ {2,}\S/.test(lines[index] ?? "") && !DEFINITION.test(lines[index] ?? "")) {
          definition.push((lines[index] ?? "").trim());
          index++;
        }
        items.push(`<dd>\n\n${definition.join("\n")}\n\n</dd>`);
      }
      if ((lines[index] ?? "").trim() === "" && DEFINITION.test(lines[index + 2] ?? "")) index++;
    }
    index--;
    changes.push("kramdown definition list written as <dl>");
    out.push("<dl>", ...items, "</dl>");
  }
  return out.join("\n");
};

const TABLE_ROW = /^ {0,3}\|.*\|?\s*$/;
const SEPARATOR_ROW = /^ {0,3}\|?[ \t]*[-=:]+[-=:| \t+]*$/;

/** kramdown's table section (`|---|`) and footer (`|===|`) rows inside a table body, which GFM shows as text: removed. */
export const tableSectionRows: Pass = (chunk, changes) => {
  const lines = chunk.split("\n");
  return lines
    .filter((line, index) => {
      const inBody = index >= 2 && TABLE_ROW.test(lines[index - 1] ?? "") && TABLE_ROW.test(lines[index - 2] ?? "");
      const isSection = line.includes("|") && SEPARATOR_ROW.test(line) && inBody;
      if (isSection) changes.push("kramdown table section row removed (GFM tables have one body)");
      return !isSection;
    })
    .join("\n");
};

const ORDERED_ITEM = /^( *)(\d+[.)])( +)\S/;
const ANY_ITEM = /^( *)([*+-]|\d+[.)]) +\S/;

/** A list nested under a numbered item but indented less than the item's text: kramdown nests it, CommonMark does not. */
export const listIndentation: Pass = (chunk, changes) => {
  const lines = chunk.split("\n");
  let parent: { indent: number; content: number } | undefined;
  return lines
    .map((line) => {
      const ordered = ORDERED_ITEM.exec(line);
      const item = ANY_ITEM.exec(line);
      const indent = item?.[1]?.length ?? 0;
      if (ordered && (!parent || indent <= parent.indent)) {
        parent = { indent, content: indent + (ordered[2]?.length ?? 0) + (ordered[3]?.length ?? 0) };
        return line;
      }
      if (item && parent && indent > parent.indent && indent < parent.content) {
        changes.push("list nested under a numbered item indented to the item's text, as kramdown read it");
        return " ".repeat(parent.content) + line.slice(indent);
      }
      if (line.trim() !== "" && !/^\s/.test(line)) parent = undefined;
      return line;
    })
    .join("\n");
};

const HTML_BLOCK_OPEN =
  /^ {0,3}<(table|div|figure|section|aside|details|dl|ul|ol|blockquote|center|form|iframe|video|audio|svg|nav)\b([^>]*)>/i;

/** Returns the index of the line closing the HTML element opened at `start`, counting nested ones. */
function closingLine(lines: readonly string[], start: number, tag: string): number | undefined {
  let depth = 0;
  const open = new RegExp(`<${tag}\\b`, "gi");
  const close = new RegExp(`</${tag}\\s*>`, "gi");
  for (let index = start; index < lines.length; index++) {
    const line = lines[index] ?? "";
    depth += (line.match(open) ?? []).length - (line.match(close) ?? []).length;
    if (depth <= 0) return index;
  }
  return undefined;
}

/**
 * Returns lines of HTML without their blank lines, so CommonMark keeps them one HTML block; a blank line
 * inside `<pre>` becomes a space entity, keeping the preformatted text's lines.
 */
export function withoutBlankLines(lines: readonly string[]): string[] {
  let inPre = 0;
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (inPre > 0) out.push("&#32;");
    } else out.push(line);
    inPre = Math.max(0, inPre + (line.match(/<pre\b/gi) ?? []).length - (line.match(/<\/pre>/gi) ?? []).length);
  }
  return out;
}

/**
 * HTML blocks: one with `markdown="1"` gets blank lines inside its tags so its Markdown renders (as kramdown
 * rendered it); any other with blank lines inside loses them, so CommonMark keeps it one HTML block.
 */
export const htmlBlocks: Pass = (chunk, changes) => {
  const lines = chunk.split("\n");
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const open = HTML_BLOCK_OPEN.exec(line);
    const end = open ? closingLine(lines, index, open[1] ?? "") : undefined;
    if (!open || end === undefined || end === index) {
      out.push(line);
      continue;
    }
    const block = lines.slice(index, end + 1);
    if (/\smarkdown=["']?1["']?/i.test(open[2] ?? "")) {
      const first = line.replace(/\s+markdown=["']?1["']?/i, "");
      const inner = block.slice(1, -1);
      out.push(first, "", ...inner, "", block.at(-1) ?? "");
      changes.push('HTML with markdown="1": its Markdown renders, as kramdown rendered it');
    } else if (block.some((blockLine) => blockLine.trim() === "")) {
      out.push(...withoutBlankLines(block));
      changes.push(`blank lines inside an HTML <${open[1]}> removed, so it stays one HTML block`);
    } else out.push(...block);
    index = end;
  }
  return out.join("\n");
};

/** Returns `body` with kramdown's block extras written as CommonMark/GFM renders them the way kramdown did. */
export function convertKramdownBlocks(body: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  let text = body;
  for (const pass of [htmlBlocks, abbreviations, definitionLists, tableSectionRows, listIndentation]) {
    // Lines indented four spaces inside lists and HTML are not code to kramdown's block passes.
    text = outsideCode(text, (chunk) => pass(chunk, changes), { indentedCode: false });
  }
  return { text, changes };
}
