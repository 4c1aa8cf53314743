import { describe, expect, it } from "vitest";
import { paginate } from "../../src/lib/content/pagination.ts";
import { homeUrl, pageParam, tagUrl } from "../../src/lib/urls/urls.ts";

describe("paginate", () => {
  it("splits items into pages that link to their neighbours", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, homeUrl);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.newerUrl, page.olderUrl])).toEqual([
      [undefined, "/page/2/"],
      ["/", "/page/3/"],
      ["/page/2/", undefined],
    ]);
    expect(pages.every((page) => page.total === 3)).toBe(true);
  });

  it("always gives one page, even with nothing on it", () => {
    expect(paginate([], 10, homeUrl)).toEqual([
      { items: [], number: 1, total: 1, newerUrl: undefined, olderUrl: undefined },
    ]);
  });
});

describe("listing URLs", () => {
  it("keeps page 1 at the listing's own URL", () => {
    expect(tagUrl("python")).toBe("/tags/python/");
    expect(tagUrl("python", 2)).toBe("/tags/python/page/2/");
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe("page/3");
  });
});
