import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { detachedCopy } from "../../src/lib/text/detached.ts";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Returns how many bytes of heap stay in use while `keep` holds what `make` returns, after collecting garbage. */
function heapHeldBy(make: () => string): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  // RegExp's legacy `RegExp.lastMatch` keeps the last string searched; a search of another moves it off the page.
  /./.exec(".");
  collectGarbage();
  const held = process.memoryUsage().heapUsed - before;
  expect(kept).toBe("2024-12-01T10:00:00.000Z");
  return held;
}

/** A 40 MB page with a date in it; the date is cut out of it with a regex, as the sitemap reads a built page. */
const dateOfLargePage = () =>
  /content="([^"]+)"/.exec(`${"<p>x</p>".repeat(5_000_000)}<meta content="2024-12-01T10:00:00.000Z">`)?.[1] ?? "";

describe("detachedCopy", () => {
  it("returns the same text, surrogate pairs included", () => {
    expect(detachedCopy("2024-12-01T10:00:00.000Z")).toBe("2024-12-01T10:00:00.000Z");
    expect(detachedCopy("日本語 😀 — ok")).toBe("日本語 😀 — ok");
    expect(detachedCopy("")).toBe("");
  });

  it("keeps only its own characters alive, where the text cut from a page keeps the page", () => {
    expect(heapHeldBy(dateOfLargePage)).toBeGreaterThan(30_000_000);
    expect(heapHeldBy(() => detachedCopy(dateOfLargePage()))).toBeLessThan(1_000_000);
  });
});
