import { slug as githubSlug } from "github-slugger";

/** Symbols that carry meaning in technical names and would otherwise vanish from a slug. */
const SPOKEN_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\+/g, " plus "],
  [/#/g, " sharp "],
  [/&/g, " and "],
  [/@/g, " at "],
  [/\//g, " "],
];

const JEKYLL_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})-/;

/**
 * Returns the URL slug of a tag or category name: lowercase, so `Python` and `python` share one,
 * and with `+`, `#`, `&` and `@` spelled out, so `C`, `C++` and `C#` stay three.
 */
export function termSlug(name: string): string {
  let spoken = name.normalize("NFC");
  for (const [symbol, word] of SPOKEN_SYMBOLS) spoken = spoken.replace(symbol, word);
  return githubSlug(spoken.trim().replace(/\s+/g, " ")).replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
}

/** Returns the post slug for a content file path: `2024/2024-12-01-my-post.md` gives `my-post`. */
export function postSlugFromPath(filePath: string): string {
  const fileName = filePath.split("/").at(-1) ?? filePath;
  const stem = fileName.replace(/.(md|mdx|markdown)$/i, "");
  return githubSlug(stem.replace(JEKYLL_DATE_PREFIX, "").normalize("NFC"));
}

/** Returns the `YYYY-MM-DD` date a Jekyll-style file name starts with, if it has one. */
export function dateFromPath(filePath: string): string | undefined {
  const fileName = filePath.split("/").at(-1) ?? filePath;
  return JEKYLL_DATE_PREFIX.exec(fileName)?.[1];
}
