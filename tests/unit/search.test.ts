import { describe, expect, it } from "vitest";
import { searchFilterValue } from "../../src/lib/outputs/search.ts";

describe("searchFilterValue", () => {
  it("leaves ordinary names alone", () => {
    expect(searchFilterValue("C++")).toBe("C++");
    expect(searchFilterValue("עברית")).toBe("עברית");
  });

  it("can form neither a tag nor an entity, however often it is decoded", () => {
    const value = searchFilterValue(`"><img src=x onerror=alert(1)> &amp;lt;b&amp;gt;`);
    expect(value).toBe(`"＞＜img src=x onerror=alert(1)＞ ＆amp;lt;b＆amp;gt;`);
    expect(value).not.toMatch(/[<>&]/);
  });
});
