/**
 * Which font files a social card needs: Inter for Latin, Cyrillic and Greek, then a Noto font per script. Each
 * Fontsource package ships its font cut into subsets by Unicode range (listed in its `unicode.json`), so a card
 * loads only the subsets holding the characters its text uses: a Japanese title loads a few of Noto Sans JP's
 * 120 subsets, an English one none.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A Fontsource package the cards draw with, and the family name satori knows it by. */
interface FontPackage {
  name: string;
  family: string;
}

/** In the order a character is looked for: the first package with a subset covering it draws it. */
export const CARD_FONT_PACKAGES: readonly FontPackage[] = [
  { name: "@fontsource/inter", family: "Inter" },
  { name: "@fontsource/noto-sans-hebrew", family: "Noto Sans Hebrew" },
  { name: "@fontsource/noto-sans-arabic", family: "Noto Sans Arabic" },
  { name: "@fontsource/noto-sans-jp", family: "Noto Sans JP" },
  { name: "@fontsource/noto-sans-kr", family: "Noto Sans KR" },
  { name: "@fontsource/noto-sans-sc", family: "Noto Sans SC" },
  { name: "@fontsource/noto-emoji", family: "Noto Emoji" },
];

/** One subset file of one package: the code point ranges it covers. */
interface FontSubset {
  family: string;
  /** Path of the subset's file for weight 400; other weights replace the number. */
  fileFor: (weight: number) => string;
  ranges: [number, number][];
}

/** One font file a card needs, as satori takes it once read. */
export interface CardFontFile {
  family: string;
  weight: number;
  path: string;
}

const require = createRequire(import.meta.url);

/** Returns Fontsource's `U+0000-00FF,U+0131` as inclusive code point ranges. */
export function parseUnicodeRanges(text: string): [number, number][] {
  return text.split(",").map((part) => {
    const [start = "", end] = part.trim().replace(/^U\+/i, "").split("-");
    return [Number.parseInt(start, 16), Number.parseInt(end ?? start, 16)];
  });
}

/** Returns every subset of the packages, in lookup order. */
function loadSubsets(): FontSubset[] {
  return CARD_FONT_PACKAGES.flatMap(({ name, family }) => {
    const folder = dirname(require.resolve(`${name}/package.json`));
    const fileBase = name.replace(/^@fontsource\//, "");
    const subsets = JSON.parse(readFileSync(join(folder, "unicode.json"), "utf8")) as Record<string, string>;
    return Object.entries(subsets).map(([subset, ranges]) => {
      const id = subset.replace(/^\[(\d+)\]$/, "$1");
      return {
        // Each subset its own family: satori keeps one font per family and weight, and falls back through the
        // rest in order. Inter's Latin subset keeps the name the card's style asks for.
        family: family === "Inter" && id === "latin" ? family : `${family} ${id}`,
        fileFor: (weight: number) => join(folder, "files", `${fileBase}-${id}-${weight}-normal.woff`),
        ranges: parseUnicodeRanges(ranges),
      };
    });
  });
}

let subsetsOnce: FontSubset[] | undefined;

/** Characters that select no font of their own: joiners, variation selectors, spaces and controls. */
const NO_GLYPH = /[\p{Cc}\p{Cf}\p{Z}\u{FE00}-\u{FE0F}]/u;

/** Returns the subset that draws `codePoint`, the first in lookup order; undefined when no package has it. */
function subsetFor(codePoint: number, subsets: readonly FontSubset[]): FontSubset | undefined {
  return subsets.find((subset) => subset.ranges.some(([start, end]) => codePoint >= start && codePoint <= end));
}

/**
 * Returns the font files that draw `texts` at `weights`: Inter's Latin subset always (it sets the card's
 * metrics), then each subset some character needs, in lookup order, so satori falls back through them in turn.
 */
export function cardFontFiles(texts: readonly string[], weights: readonly number[]): CardFontFile[] {
  subsetsOnce ??= loadSubsets();
  const subsets = subsetsOnce;
  const needed = new Set<FontSubset>();
  const latin = subsetFor("a".codePointAt(0) ?? 0x61, subsets);
  if (latin) needed.add(latin);
  for (const text of texts) {
    for (const character of text) {
      if (NO_GLYPH.test(character)) continue;
      const subset = subsetFor(character.codePointAt(0) ?? 0, subsets);
      if (subset) needed.add(subset);
    }
  }
  const ordered = subsets.filter((subset) => needed.has(subset));
  return ordered.flatMap((subset) =>
    weights.map((weight) => ({ family: subset.family, weight, path: subset.fileFor(weight) })),
  );
}

/** Returns `rtl` when the first strongly directional character of `text` is Hebrew or Arabic script. */
export function directionOfText(text: string): "ltr" | "rtl" {
  const first = /[\p{Script=Hebrew}\p{Script=Arabic}\p{L}]/u.exec(text)?.[0] ?? "";
  return /[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(first) ? "rtl" : "ltr";
}
