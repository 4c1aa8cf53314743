/** Where code is in a Markdown post, so conversions of text can leave it alone. */

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})/;

/**
 * Returns `text` with `convert` applied to each stretch of lines outside fenced code, with inline code
 * spans in it hidden from `convert` (put back as they were).
 */
export function outsideCode(
  text: string,
  convert: (chunk: string) => string,
  { indentedCode = true }: { indentedCode?: boolean } = {},
): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let chunk: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (chunk.length > 0) out.push(withoutInlineCode(chunk.join("\n"), convert, indentedCode));
    chunk = [];
  };
  for (const line of lines) {
    if (fence !== undefined) {
      out.push(line);
      const close = line.trim();
      if (close.startsWith(fence) && /^(`+|~+)$/.test(close)) fence = undefined;
      continue;
    }
    const opening = FENCE_OPEN.exec(line);
    if (opening) {
      flush();
      fence = opening[2];
      out.push(line);
      continue;
    }
    chunk.push(line);
  }
  flush();
  return out.join("\n");
}

/** Applies `convert` to `text` with its inline code spans (and indented code lines, unless told not to) hidden. */
function withoutInlineCode(text: string, convert: (chunk: string) => string, indentedCode: boolean): string {
  const kept: string[] = [];
  const code = indentedCode ? /(`+)[^`]*?\1|(?<=^|\n)(?: {4}|\t)[^\n]*/g : /(`+)[^`]*?\1/g;
  const hidden = text.replace(code, (code) => {
    kept.push(code);
    return `\uE000${kept.length - 1}\uE000`;
  });
  return convert(hidden).replace(/\uE000(\d+)\uE000/g, (_, index: string) => kept[Number(index)] ?? "");
}
