import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDev, type AstroServer } from "../support/astro-server.ts";
import { fixturePostDirs } from "../support/fixture-site.ts";

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
