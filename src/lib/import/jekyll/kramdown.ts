/**
 * kramdown's additions to Markdown, which this blog's CommonMark renderer would print as text:
 * attribute lists (`{:.class}`, `{: #id}`, `{:toc}`), extensions (`{::options /}`, `{::comment}`,
 * `{::nomarkdown}`) and header IDs. Each is dropped or unwrapped, and reported. Code is never touched.
 */
import type { BodyConversion } from "./liquid.ts";

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const BLOCK_IAL = /^ {0,3}\{:(?!:)\s*([^}]*)\}\s*$/;
const ALD = /^ {0,3}\{:[\w-]+:[^}]*\}\s*$/;
const OPTIONS = /^\s*\{::options\b[^}]*\/\}\s*$/;
const EXTENSION_OPEN = /^\s*\{::(comment|nomarkdown)\b[^}]*\}\s*$/;
const EXTENSION_CLOSE = /^\s*\{:\/(comment|nomarkdown)?\}\s*$/;
const SPAN_IAL = /\s?\{:\s*(?:[.#][^}]*|[\w-]+=(?:"[^"]*"|'[^']*'|\S+)[^}]*)\}/g;
const HEADER_ID = /^(#{1,6}\s.*?)\s*\{#([\w-]+)\}\s*$/;
const TOC_ITEM = /^\s*(?:[*+-]|\d+\.)\s+.*$/;
const CODE_LANGUAGE_IAL = /^\{:\s*(?:\.language-([\w+#-]+)|lang="([\w+#-]+)")\s*\}$/;

/** Applies `replace` to the parts of a line outside inline code spans. */
function outsideInlineCode(line: string, replace: (text: string) => string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : replace(part)))
    .join("");
}

/** Returns `body` (Markdown) without kramdown's syntax extensions, with what was dropped or needs a look. */
export function convertKramdown(body: string): BodyConversion {
  const changes: string[] = [];
  const attention: string[] = [];
  const lines = body.split("\n");
  const out: string[] = [];
  let fenceMarker: string | undefined;
  let fenceOpenIndex = -1;
  let extension: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (fenceMarker !== undefined) {
      out.push(line);
      const close = line.trim();
      if (close.startsWith(fenceMarker) && /^(`+|~+)$/.test(close) && close[0] === fenceMarker[0]) {
        fenceMarker = undefined;
        // kramdown names a code block's language in an attribute list on the line after it.
        const language = CODE_LANGUAGE_IAL.exec((lines[index + 1] ?? "").trim());
        const opening = FENCE_OPEN.exec(out[fenceOpenIndex] ?? "");
        if (language && opening && opening[3]?.trim() === "") {
          out[fenceOpenIndex] = `${opening[1]}${opening[2]}${language[1] ?? language[2]}`;
          changes.push("code block language moved from {: .language-…} onto its fence");
          index++;
        }
      }
      continue;
    }
    if (extension !== undefined) {
      if (EXTENSION_CLOSE.test(line)) {
        extension = undefined;
        continue;
      }
      if (extension === "nomarkdown") out.push(line);
      continue;
    }
    const opening = FENCE_OPEN.exec(line);
    if (opening) {
      fenceMarker = opening[2];
      fenceOpenIndex = out.length;
      out.push(line);
      continue;
    }
    if (OPTIONS.test(line)) {
      changes.push("kramdown {::options /} dropped");
      continue;
    }
    const extensionOpen = EXTENSION_OPEN.exec(line);
    if (extensionOpen) {
      extension = extensionOpen[1];
      changes.push(
        extension === "comment" ? "kramdown {::comment} block dropped" : "kramdown {::nomarkdown} kept as raw HTML",
      );
      continue;
    }
    if (ALD.test(line)) {
      changes.push("kramdown attribute list definition dropped");
      continue;
    }
    const blockIal = BLOCK_IAL.exec(line);
    if (blockIal) {
      const attributes = (blockIal[1] ?? "").trim();
      if (attributes === "toc") {
        // `* TOC` (or `1. Contents`) is the list kramdown replaces with the table of contents.
        if (TOC_ITEM.test(out.at(-1) ?? "")) out.pop();
        changes.push("kramdown table of contents ({:toc}) dropped");
      } else if (/(^|\s)\./.test(attributes)) {
        attention.push(`kramdown class {: ${attributes}} dropped: the blog has no style for it`);
      } else changes.push(`kramdown attribute list {: ${attributes}} dropped`);
      continue;
    }
    let converted = line;
    const headerId = HEADER_ID.exec(converted);
    if (headerId) {
      converted = headerId[1] ?? converted;
      changes.push(`heading id {#${headerId[2]}} dropped: the heading gets an id from its text`);
    }
    converted = outsideInlineCode(converted, (text) =>
      text.replace(SPAN_IAL, (ial) => {
        if (/\{:\s*\.|\s\./.test(ial))
          attention.push(`kramdown class ${ial.trim()} dropped: the blog has no style for it`);
        else changes.push(`kramdown attribute list ${ial.trim()} dropped`);
        return "";
      }),
    );
    if (/<[a-z][^>]*\smarkdown=["']?(1|block|span)/i.test(converted)) {
      attention.push(
        'HTML with markdown="…" inside a line: kramdown rendered the Markdown inside it; CommonMark does not',
      );
    }
    out.push(converted);
  }
  if (fenceMarker !== undefined) attention.push("a fenced code block is never closed");
  return { text: out.join("\n"), changes, attention };
}
