import { globSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { builtPage, fixtureDist, readBuilt, textOf } from "../support/fixture-site.ts";

const MATH_POST = "/posts/lambda-calculus-booleans/";

describe("a post with math", () => {
  const page = builtPage(MATH_POST);

  it("shows every formula as MathML, with no TeX or math code left in the text", () => {
    const formulas = page.all("article math");
    expect(formulas).toHaveLength(6);
    expect(formulas.filter((formula) => formula.getAttribute("display") === "block")).toHaveLength(2);
    expect(page.all("article .katex-display > .katex > math[display='block']")).toHaveLength(2);
    expect(page.all("article code.language-math")).toHaveLength(0);
    const align = page.document.querySelector(".katex-display math mtable");
    expect(align?.querySelectorAll("mtr")).toHaveLength(2);
    // The words a reader sees outside code, MathML's TeX annotations aside (they are not shown).
    const shown = builtPage(MATH_POST);
    for (const hidden of shown.all("annotation, .prose code")) hidden.remove();
    expect(textOf(shown.document.querySelector(".prose"))).not.toMatch(/\$|\\[a-z]+/);
  });

  it("needs no stylesheet, font or style attribute for it, and a price written as code stays code", () => {
    expect(page.all('head link[rel="stylesheet"]')).toHaveLength(0);
    expect(page.all("article [style]")).toHaveLength(0);
    expect(page.text("article li:last-child code")).toBe("$5");
  });
});

describe("pages without math", () => {
  const pages = globSync("**/*.html", { cwd: fixtureDist }).filter(
    (file) => file !== "posts/lambda-calculus-booleans/index.html",
  );

  it("carry no MathML", () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const file of pages) {
      const html = readFileSync(join(fixtureDist, file), "utf8");
      expect(html, file).not.toContain("<math");
      expect(html, file).not.toContain('class="katex');
    }
  });
});

describe("math in the feed", () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });
  const items = xml.parse(readBuilt("/rss.xml")).rss.channel.item as { title: string; "content:encoded": string }[];
  const content = items.find((item) => item.title === "Booleans in the lambda calculus")?.["content:encoded"] ?? "";

  it("is carried as MathML, without KaTeX's HTML drawing (readers have no KaTeX stylesheet)", () => {
    const document = parse(content);
    expect(document.querySelectorAll("math")).toHaveLength(6);
    expect(document.querySelectorAll(".katex-html")).toHaveLength(0);
    expect(content).not.toContain("$$");
  });
});
