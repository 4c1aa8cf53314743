/** Slugs: a post's from its file name, a tag's or category's from its name. */
import { slug as githubSlug } from "github-slugger";
import { site } from "../../site.config.ts";
import { canonicalLanguage } from "../text/languages.ts";
import { languageSegment } from "../urls/urls.ts";
import { postFileStem } from "./post-files.ts";

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
  const slug = githubSlug(spoken.trim().replace(/\s+/g, " ")).replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
  // A name of emoji or symbols alone still needs a URL: spell its code points.
  const readable = slug || [...name.trim()].map((character) => `u${character.codePointAt(0)?.toString(16)}`).join("-");
  return limitLength(readable);
}

/** Longest slug we write: a folder name must stay well under the 255 bytes file systems allow. */
const MAX_SLUG_LENGTH = 80;

/** Returns `slug` cut to `MAX_SLUG_LENGTH` characters, ending in a hash of the whole so long slugs stay distinct. */
function limitLength(slug: string): string {
  const characters = [...slug];
  if (characters.length <= MAX_SLUG_LENGTH) return slug;
  let hash = 0x811c9dc5;
  for (const character of characters) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const suffix = `-${hash.toString(36)}`;
  return (
    characters
      .slice(0, MAX_SLUG_LENGTH - suffix.length)
      .join("")
      .replace(/-$/, "") + suffix
  );
}

/** Returns the post slug for a content file path: `2024/2024-12-01-my-post.md` gives `my-post`. */
export function postSlugFromPath(filePath: string): string {
  return limitLength(githubSlug(postFileStem(filePath).replace(JEKYLL_DATE_PREFIX, "").normalize("NFC")));
}

/**
 * Returns the content collection id of a post file: its slug, prefixed with its language's folder (`ja/x`) when
 * its front matter's `lang` is not the site's, so translations with one file name are distinct entries. A `lang`
 * that is no language tag is left for the schema to report; the id then uses it as written.
 */
export function postIdFromPath(filePath: string, lang: unknown): string {
  const slug = postSlugFromPath(filePath);
  if (typeof lang !== "string") return slug;
  const canonical = canonicalLanguage(lang) ?? lang;
  return canonical === site.lang ? slug : `${languageSegment(canonical)}/${slug}`;
}

/** Returns the translation key a post has without `translation_key`: its file name without the extension. */
export function fileTranslationKey(filePath: string): string {
  return postFileStem(filePath);
}

/** Returns the `YYYY-MM-DD` date a Jekyll-style file name starts with, if it has one. */
export function dateFromPath(filePath: string): string | undefined {
  const fileName = filePath.split("/").at(-1) ?? filePath;
  return JEKYLL_DATE_PREFIX.exec(fileName)?.[1];
}

/** Returns `names` with each tag or category once: the first spelling of each slug, in order. */
export function uniqueBySlug(names: readonly string[]): string[] {
  const bySlug = new Map<string, string>();
  for (const name of names) if (!bySlug.has(termSlug(name))) bySlug.set(termSlug(name), name);
  return [...bySlug.values()];
}
