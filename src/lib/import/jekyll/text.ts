/**
 * Text of a Jekyll site as its reader saw it: titles as plain text (entities decoded, Markdown and HTML
 * marks removed) and jemoji's `:shortcodes:` as the emoji GitHub's table names.
 */
import { decodeHTML } from "entities";
import { gemoji } from "gemoji";
import { outsideCode } from "./markdown-code.ts";

let emojiByName: Map<string, string> | undefined;

/** Returns the emoji GitHub (and jemoji) names `name`, such as `tada`. */
export function emojiNamed(name: string): string | undefined {
  emojiByName ??= new Map(gemoji.flatMap((entry) => entry.names.map((alias) => [alias, entry.emoji] as const)));
  return emojiByName.get(name);
}

const SHORTCODE = /(?<![\w:]):([\w+-]+):(?![\w:])/g;

/** Returns `text` with every `:shortcode:` GitHub knows replaced by its emoji, and how many were. */
export function withEmoji(text: string): { text: string; count: number } {
  let count = 0;
  const replaced = text.replace(SHORTCODE, (whole, name: string) => {
    const emoji = emojiNamed(name);
    if (emoji === undefined) return whole;
    count++;
    return emoji;
  });
  return { text: replaced, count };
}

/** Returns a Markdown body with jemoji's shortcodes outside code as emoji, and how many there were. */
export function bodyWithEmoji(body: string): { text: string; count: number } {
  let count = 0;
  const text = outsideCode(body, (chunk) => {
    const converted = withEmoji(chunk);
    count += converted.count;
    return converted.text;
  });
  return { text, count };
}

/** Returns a title as its reader saw it: HTML entities decoded, Markdown emphasis, code and links and HTML tags removed. */
export function plainTitle(title: string, emoji: boolean): string {
  const text = decodeHTML(
    title
      .replace(/<[^>]*>/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
      .replace(/(?<![\w*])([*_])(?=\S)([\s\S]*?\S)\1(?![\w*])/g, "$2")
      .replace(/`([^`]*)`/g, "$1"),
  )
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return emoji ? withEmoji(text).text : text;
}
