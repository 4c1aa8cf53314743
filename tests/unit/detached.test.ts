import { describe, expect, it } from "vitest";
import { detachedCopy } from "../../src/lib/text/detached.ts";

describe("detachedCopy", () => {
  it("returns the same text, surrogate pairs included", () => {
    expect(detachedCopy("2024-12-01T10:00:00.000Z")).toBe("2024-12-01T10:00:00.000Z");
    expect(detachedCopy("日本語 😀 — ok")).toBe("日本語 😀 — ok");
    expect(detachedCopy("")).toBe("");
  });
});
