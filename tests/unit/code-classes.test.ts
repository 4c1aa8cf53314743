import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element, Nodes } from "hast";
import { describe, expect, it } from "vitest";
import {
  CODE_STYLESHEET_FILE,
  codeClasses,
  codeStylesheet,
  highlightCode,
} from "../../src/lib/markdown/code-classes.ts";
import { lineNumbers } from "../../src/lib/markdown/line-numbers.ts";
import { projectRoot } from "../../scripts/support/project.ts";

const highlight = await highlightCode();

const projectFile = (path: string) => readFileSync(join(projectRoot, path), "utf8");

/** Real code in the languages a blog shows: the project's own files, and a unified diff as `git diff` writes it. */
const samples: [string, string][] = [
  ["markdown", projectFile("src/content/posts/2024-12-01-fastapi-vs-django.md")],
  ["javascript", projectFile("astro.config.mjs")],
  ["typescript", projectFile("src/lib/outputs/csp.ts")],
  ["css", projectFile("src/styles/global.css")],
  ["yaml", projectFile(".github/workflows/deploy.yml")],
  ["toml", projectFile("netlify.toml")],
  ["astro", projectFile("src/layouts/BaseLayout.astro")],
  ["json", projectFile("tsconfig.json")],
  ["sh", "npm install && npm run build\nBASE_PATH=/blog/ npm run build # a sub-path\n"],
  [
    "diff",
    'diff --git a/src/site.config.ts b/src/site.config.ts\n--- a/src/site.config.ts\n+++ b/src/site.config.ts\n@@ -20,3 +20,3 @@\n-  title: "Field Notes",\n+  title: "Field Notes, Again",\n   postsPerPage: 10,\n',
  ],
];

function elements(node: Nodes | undefined): Element[] {
  if (node === undefined || !("children" in node)) return [];
  const below = (node.children as Nodes[]).flatMap(elements);
  return node.type === "element" ? [node, ...below] : below;
}

const stylesheet = codeStylesheet();
const ruleClasses = new Set([...stylesheet.matchAll(/\.astro-code \.([a-z]+\d*) \{/g)].map((match) => match[1]));

describe("code highlighted as classes", () => {
  it("leaves no style attribute on any element, in any sample language", async () => {
    for (const [lang, code] of samples) {
      const styled = elements(await highlight(code, lang)).filter((node) => node.properties["style"] !== undefined);
      expect(styled, lang).toEqual([]);
    }
  });

  it("uses only classes the stylesheet has a rule for, and colours tokens in both themes", async () => {
    const used = new Set<string>();
    for (const [lang, code] of samples) {
      for (const node of elements(await highlight(code, lang)))
        for (const name of String(node.properties["class"] ?? "").split(" ")) used.add(name);
    }
    const tokenClasses = [...used].filter((name) => !["", "astro-code", "line"].includes(name));
    expect(tokenClasses.filter((name) => !ruleClasses.has(name))).toEqual([]);
    expect(tokenClasses.some((name) => /^l\d+$/.test(name)) && tokenClasses.some((name) => /^d\d+$/.test(name))).toBe(
      true,
    );
    // The Markdown sample's bold text and the diff's unselectable +/- markers are classes too.
    expect(tokenClasses).toEqual(expect.arrayContaining(["lw", "dw", "ns"]));
  });

  it("gives a keyword its theme colour in light and dark", async () => {
    const [from] = elements(await highlight("from fastapi import FastAPI", "python")).filter(
      (node) => node.children[0]?.type === "text" && node.children[0].value === "from",
    );
    const classes = String(from?.properties["class"]).split(" ");
    const rule = (name: string | undefined) => new RegExp(`\\.astro-code \\.${name ?? "?"} \\{ color: (#[0-9a-f]{6})`);
    // github-light-high-contrast's and github-dark-high-contrast's keyword red.
    expect(stylesheet.match(rule(classes.find((name) => name.startsWith("l"))))?.[1]).toBe("#a0111f");
    expect(stylesheet.match(rule(classes.find((name) => name.startsWith("d"))))?.[1]).toBe("#ff9492");
  });

  /** Runs the transformer alone over one token span with `style`, as Shiki hands it a block. */
  function transformToken(style: string): Element {
    const transformer = codeClasses();
    const span: Element = { type: "element", tagName: "span", properties: { style }, children: [] };
    const pre: Element = { type: "element", tagName: "pre", properties: {}, children: [span] };
    const context = { options: { lang: "python" } } as ThisParameterType<NonNullable<typeof transformer.root>>;
    transformer.root?.call(context, { type: "root", children: [pre] });
    return span;
  }

  it("drops the resets Shiki writes when one theme styles a token and the other does not", () => {
    // Seen in a build of this project's astro.config.mjs: bold in one theme, `inherit` in the other.
    const span = transformToken(
      "--shiki-light:#A0111F;--shiki-light-font-weight:inherit;--shiki-dark-font-weight:bold",
    );
    expect(span.properties).toEqual({ class: "l9 dw" });
  });

  it("keeps the classes other transformers give a block, such as line numbers, and drops the theme names", async () => {
    const numbered = await highlightCode([lineNumbers()]);
    const pre = await numbered("x = 1\ny = 2", "python", "showLineNumbers");
    expect(pre?.type === "element" ? pre.properties["class"] : undefined).toBe("astro-code line-numbers");
  });

  it("refuses a style it has no class for, naming it, rather than dropping a colour", () => {
    expect(() => transformToken("--shiki-light:#123456")).toThrow(/"--shiki-light: #123456" in a python code block/);
  });
});

describe(CODE_STYLESHEET_FILE, () => {
  it("is what `npm run code-theme` writes from the current themes", () => {
    expect(projectFile(CODE_STYLESHEET_FILE), "run `npm run code-theme` to regenerate it").toBe(stylesheet);
  });
});
