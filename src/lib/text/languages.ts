/**
 * Language tags (BCP 47) as the blog uses them: checked and canonical, written left to right or right to left,
 * named in their own language, numbers in their own digits. Everything here asks `Intl`, so no list of
 * languages is kept by hand.
 */

/** Scripts written right to left (ISO 15924), as `Intl.Locale#maximize` names a language's likely script. */
const RIGHT_TO_LEFT_SCRIPTS = new Set([
  "Adlm",
  "Arab",
  "Hebr",
  "Mand",
  "Mend",
  "Nkoo",
  "Rohg",
  "Samr",
  "Syrc",
  "Thaa",
  "Yezi",
]);

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * Returns the canonical spelling of a BCP 47 language tag (`pt-br` gives `pt-BR`, `zh-hant-tw` gives
 * `zh-Hant-TW`), or `undefined` when it is not one. Its language must be one `Intl` can name: BCP 47's syntax
 * also admits `english` and `jp` (Japan's country code), which are no languages.
 */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag.trim())[0];
    if (!canonical) return undefined;
    const { language } = new Intl.Locale(canonical);
    return /^[a-z]{2,3}$/.test(language) && LANGUAGE_NAMES.of(language) !== undefined ? canonical : undefined;
  } catch {
    // Not well-formed, or a language Intl refuses to name (`und`).
    return undefined;
  }
}

/** Returns the script a language is most likely written in (ISO 15924): `Latn` for `de`, `Jpan` for `ja`, `Arab` for `ar`. */
export function languageScript(lang: string): string {
  return new Intl.Locale(lang).maximize().script ?? "Zyyy";
}

/** Returns the writing direction of a language: `rtl` for Arabic, Hebrew, Persian, Urdu and other right-to-left scripts. */
export function textDirection(lang: string): "ltr" | "rtl" {
  return RIGHT_TO_LEFT_SCRIPTS.has(languageScript(lang)) ? "rtl" : "ltr";
}

/** Returns a language's name in that language, capitalised as a link label: `ja` gives 日本語, `es` gives Español. */
export function nativeLanguageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** Returns `value` written as `lang` writes numbers (`٦` in some Arabic locales, `6` in most). */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(value);
}
