/** KaTeX's stylesheet and fonts, served by the site itself: the CSP takes fonts from the site only, and pages with math link them. */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
/**
 * KaTeX's stylesheet with `font-display: swap`: a formula shows in a fallback font at once rather than
 * staying blank until KaTeX's fonts arrive. Its `url(fonts/…)` are relative, so the fonts sit beside it.
 */
const STYLESHEET = "katex/dist/katex-swap.min.css";

function fontsFolder(): string {
  return join(dirname(require.resolve(STYLESHEET)), "fonts");
}

/** Returns KaTeX's stylesheet, as the package ships it. */
export function mathStylesheet(): string {
  return readFileSync(require.resolve(STYLESHEET), "utf8");
}

/**
 * Returns the font files served beside the stylesheet: the WOFF2 ones, which every browser that renders
 * MathML takes first in each `@font-face`, so the WOFF and TTF copies (3 times the bytes) are never asked for.
 */
export function mathFontFiles(): string[] {
  return readdirSync(fontsFolder())
    .filter((file) => file.endsWith(".woff2"))
    .sort();
}

/** Returns one of KaTeX's font files, by name (one `mathFontFiles` lists). */
export function mathFont(file: string): Buffer {
  if (!mathFontFiles().includes(file)) throw new Error(`KaTeX has no font file ${file}`);
  return readFileSync(join(fontsFolder(), file));
}
