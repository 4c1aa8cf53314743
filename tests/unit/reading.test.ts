import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readingMinutes, wordCount, WORDS_PER_MINUTE } from "../../src/lib/content/reading.ts";

describe("wordCount", () => {
  it("counts words and code tokens but not bare punctuation", () => {
    expect(wordCount("Hello, world — again.")).toBe(3);
    expect(wordCount("| a | b |\n|---|---|\n```python\nx = 1\n```")).toBe(5);
  });

  it("counts each Han or kana character as a word", () => {
    expect(wordCount("日本語 text")).toBe(4);
  });
});

describe("readingMinutes", () => {
  it("rounds up to whole minutes at 230 words a minute", () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes("word ".repeat(230))).toBe(1);
    expect(readingMinutes("word ".repeat(231))).toBe(2);
    expect(readingMinutes("word ".repeat(1150))).toBe(5);
  });

  it("is never less than one minute", () => {
    expect(readingMinutes("")).toBe(1);
  });

  it("counts the seed post, code included", () => {
    const seed = readFileSync(
      new URL("../../src/content/posts/2024-12-01-fastapi-vs-django.md", import.meta.url),
      "utf8",
    );
    const body = seed.replace(/^---[\s\S]*?\n---\n/, "");
    // 569 words of prose, tables and code: three minutes (the author's front matter says 6).
    expect(wordCount(body)).toBe(569);
    expect(readingMinutes(body)).toBe(3);
  });
});
