import { describe, expect, it } from "vitest";
import { canonicalLanguage, languageScript, nativeLanguageName, textDirection } from "../../src/lib/text/languages.ts";
import { minutesToRead, pageOf, uiStrings } from "../../src/lib/text/ui-strings.ts";

describe("canonicalLanguage", () => {
  it("spells a BCP 47 tag canonically", () => {
    expect(canonicalLanguage("ja")).toBe("ja");
    expect(canonicalLanguage("pt-br")).toBe("pt-BR");
    expect(canonicalLanguage("ZH-tw")).toBe("zh-TW");
    expect(canonicalLanguage("sr-latn")).toBe("sr-Latn");
  });

  it("refuses what is no language tag, including a language's English name", () => {
    expect(canonicalLanguage("en_US")).toBeUndefined();
    expect(canonicalLanguage("english")).toBeUndefined();
    expect(canonicalLanguage("jp")).toBeUndefined();
    expect(canonicalLanguage("und")).toBeUndefined();
    expect(canonicalLanguage("")).toBeUndefined();
  });
});

describe("textDirection", () => {
  it("is rtl for languages written in right-to-left scripts, by their likely script", () => {
    expect(["ar", "he", "fa", "ur", "yi", "ar-EG"].map(textDirection)).toEqual(Array(6).fill("rtl"));
    expect(["en", "ja", "de", "zh-TW", "pt-BR", "az-Arab"].map(textDirection)).toEqual([
      "ltr",
      "ltr",
      "ltr",
      "ltr",
      "ltr",
      "rtl",
    ]);
  });

  it("knows a language's script", () => {
    expect(languageScript("de")).toBe("Latn");
    expect(languageScript("ja")).toBe("Jpan");
  });
});

describe("nativeLanguageName", () => {
  it("names a language in itself, capitalised as a link label", () => {
    expect(["ja", "de", "es", "ar", "en"].map(nativeLanguageName)).toEqual([
      "日本語",
      "Deutsch",
      "Español",
      "العربية",
      "English",
    ]);
  });
});

describe("uiStrings", () => {
  it("has the post page's words for each language of its table", () => {
    expect(uiStrings("ja", "en").tags).toBe("タグ");
    expect(uiStrings("de", "en").newer).toBe("Neuer");
    expect(uiStrings("pt-BR", "en").alsoIn).toBe("Também em");
    expect(minutesToRead(6, "ja", "en")).toBe("6分で読めます");
    expect(minutesToRead(6, "en", "en")).toBe("6 min read");
    expect(pageOf(2, 3, "de", "en")).toBe("Seite 2 von 3");
    expect(pageOf(2, 3, "en", "en")).toBe("Page 2 of 3");
  });

  it("falls back to the site's language for a language it does not have, then to English", () => {
    expect(uiStrings("ko", "de").tags).toBe("Schlagwörter");
    expect(uiStrings("ko", "sw").tags).toBe("Tags");
  });
});
