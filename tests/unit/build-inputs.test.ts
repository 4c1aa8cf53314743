import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInputsKey } from "../../scripts/support/build-inputs.ts";

let root: string;
const env = { SITE_URL: "https://example.com", BLOG_OUT_DIR: "dist", PATH: "/usr/bin" };

function write(file: string, text: string): void {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "build-inputs-"));
  write("src/site.config.ts", 'export const site = { title: "Field Notes" };\n');
  write("src/components/PostMeta.astro", "<p>{minutes} min read</p>\n");
  write("src/styles/global.css", ":root { --accent: #0550ae; }\n");
  write("src/content/posts/2024-12-01-a.md", '---\ntitle: "A"\ndate: 2024-12-01\n---\nBody.\n');
  write("astro.config.mjs", "export default {};\n");
  write("package.json", '{ "name": "blog" }\n');
  write("package-lock.json", '{ "packages": { "node_modules/github-slugger": { "version": "2.0.0" } } }\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildInputsKey", () => {
  it("changes with each kind of code, config, package or environment edit alone", () => {
    const before = buildInputsKey(root, env);
    const edits: [string, () => void][] = [
      ["site.config.ts", () => write("src/site.config.ts", 'export const site = { title: "Renamed" };\n')],
      ["a component", () => write("src/components/PostMeta.astro", "<p>{minutes} minutes</p>\n")],
      ["CSS", () => write("src/styles/global.css", ":root { --accent: #0a3069; }\n")],
      ["a package version", () => write("package-lock.json", '{ "version": "2.0.1" }\n')],
      ["the config", () => write("astro.config.mjs", "export default { base: '/blog/' };\n")],
      ["a new file under src/", () => write("src/lib/new.ts", "export {};\n")],
    ];
    for (const [name, apply] of edits) {
      const snapshot = buildInputsKey(root, env);
      apply();
      expect(buildInputsKey(root, env), name).not.toBe(snapshot);
    }
    expect(buildInputsKey(root, { ...env, SITE_URL: "https://blog.example.org" })).not.toBe(buildInputsKey(root, env));
    expect(buildInputsKey(root, { ...env, BASE_PATH: "/blog/" })).not.toBe(buildInputsKey(root, env));
    expect(buildInputsKey(root, { ...env, MDX_POSTS: "refuse" })).not.toBe(buildInputsKey(root, env));
    expect(before).not.toBe(buildInputsKey(root, env));
  });

  it("does not change with a post, the output folder or unrelated variables: Astro tracks posts page by page", () => {
    const before = buildInputsKey(root, env);
    write("src/content/posts/2024-12-01-a.md", '---\ntitle: "A, retitled"\ndate: 2024-12-01\n---\nBody.\n');
    write("src/content/posts/2024-12-02-b.md", '---\ntitle: "B"\ndate: 2024-12-02\n---\nNew.\n');
    expect(buildInputsKey(root, { ...env, BLOG_OUT_DIR: "elsewhere", PATH: "/bin" })).toBe(before);
  });
});
