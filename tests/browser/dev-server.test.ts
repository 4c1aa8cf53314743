import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDev, type AstroServer } from "../../scripts/support/astro-server.ts";
import { fixturePostDirs, projectRoot } from "../support/fixture-site.ts";

let server: AstroServer;

beforeAll(async () => {
  server = await startDev({ BLOG_POSTS_DIRS: fixturePostDirs });
});

afterAll(async () => {
  await server?.stop();
});

async function fetchText(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(server.origin + path);
  return { status: response.status, text: await response.text() };
}

describe("npm run dev", () => {
  it("shows a draft, marked as a draft", async () => {
    const { status, text } = await fetchText("/posts/unpublished-draft/");
    expect(status).toBe(200);
    expect(text).toContain("An unpublished draft");
    expect(text).toMatch(/<strong class="badge"[^>]*>Draft<\/strong>/);
  });

  it("shows a scheduled post, marked, and lists both on the home page", async () => {
    expect((await fetchText("/posts/from-the-future/")).text).toMatch(/<strong class="badge"[^>]*>Scheduled<\/strong>/);
    const home = (await fetchText("/")).text;
    expect(home).toContain("An unpublished draft");
    expect(home).toContain("A post from the future");
  });
});

describe("npm run dev, when a post is saved with a mistake", () => {
  const folder = "tests/.output/dev-posts";
  const post = join(projectRoot, folder, "2024-05-05-saved-later.md");
  let devServer: AstroServer;

  beforeAll(async () => {
    rmSync(join(projectRoot, folder), { recursive: true, force: true });
    mkdirSync(join(projectRoot, folder), { recursive: true });
    writeFileSync(post, "---\ntitle: Saved later\ndate: 2024-05-05\n---\nFine at first.\n");
    devServer = await startDev({ BLOG_POSTS_DIRS: folder });
  });

  afterAll(async () => {
    await devServer?.stop();
  });

  it("names the file, line and field in the terminal, as the build would", async () => {
    writeFileSync(post, "---\ntitle: Saved later\ndate: 2024-13-45\n---\nMonth thirteen.\n");
    const expected = `${folder}/2024-05-05-saved-later.md:3: date: expected a date such as 2024-12-01`;
    await expect.poll(() => devServer.output(), { timeout: 15_000, interval: 250 }).toContain(expected);
  });
});
