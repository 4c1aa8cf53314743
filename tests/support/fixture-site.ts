import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { projectRoot } from "../../scripts/support/project.ts";

export { projectRoot };

/** Where the global setup builds the fixture site: the seed post, `tests/fixtures/posts` and the multilingual posts. */
export const fixtureDist = join(projectRoot, "tests/.output/fixture-dist");

/** The folders the fixture site reads posts from. */
export const fixturePostDirs = "src/content/posts:tests/fixtures/posts:tests/fixtures/multilingual-posts";

/** Returns the text of an element as a reader sees it: entities decoded, white space collapsed. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A built page, parsed. */
export interface BuiltPage {
  html: string;
  document: HTMLElement;
  all(selector: string): HTMLElement[];
  text(selector: string): string;
  attr(selector: string, name: string): string | undefined;
}

/** Returns the built file at a site path such as `/posts/x/`, parsed as HTML. */
export function builtPage(sitePath: string): BuiltPage {
  return builtPage.fromHtml(readBuilt(sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath));
}

/** Returns HTML text parsed as a built page. */
builtPage.fromHtml = (html: string): BuiltPage => {
  const document = parse(html);
  return {
    html,
    document,
    all: (selector) => document.querySelectorAll(selector),
    text: (selector) => textOf(document.querySelector(selector)),
    attr: (selector, name) => document.querySelector(selector)?.getAttribute(name),
  };
};

/** Returns the text of a built file. */
export function readBuilt(sitePath: string): string {
  const file = join(fixtureDist, decodeURIComponent(sitePath));
  if (!existsSync(file)) throw new Error(`The fixture build has no ${sitePath}`);
  return readFileSync(file, "utf8");
}
