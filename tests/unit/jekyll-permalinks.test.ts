import { describe, expect, it } from "vitest";
import {
  escapePath,
  jekyllSlugify,
  jekyllUrl,
  permalinkTemplate,
  placeholders,
  type PermalinkPost,
} from "../../src/lib/import/jekyll/permalinks.ts";

// 2016-03-01 10:00 in Berlin: 04:00 that Tuesday in New York.
const hello: PermalinkPost = {
  slug: "hello-world",
  basename: "2016-03-01-hello-world",
  categories: ["Jekyll", "Meta"],
  date: new Date("2016-03-01T09:00:00Z"),
  timeZone: "America/New_York",
};

describe("permalinkTemplate", () => {
  it("expands Jekyll's built-in styles and keeps a custom pattern", () => {
    expect(permalinkTemplate(undefined)).toBe("/:categories/:year/:month/:day/:title:output_ext");
    expect(permalinkTemplate("date")).toBe("/:categories/:year/:month/:day/:title:output_ext");
    expect(permalinkTemplate("pretty")).toBe("/:categories/:year/:month/:day/:title/");
    expect(permalinkTemplate(":pretty")).toBe("/:categories/:year/:month/:day/:title/");
    expect(permalinkTemplate("ordinal")).toBe("/:categories/:year/:y_day/:title:output_ext");
    expect(permalinkTemplate("none")).toBe("/:categories/:title:output_ext");
    expect(permalinkTemplate("weekdate")).toBe("/:categories/:year/W:week/:short_day/:title:output_ext");
    expect(permalinkTemplate("/blog/:year/:title/")).toBe("/blog/:year/:title/");
  });
});

describe("jekyllSlugify", () => {
  it("matches the examples in Jekyll's Utils.slugify", () => {
    expect(jekyllSlugify("The _config.yml file")).toBe("the-config-yml-file");
    expect(jekyllSlugify("The _config.yml file", "pretty")).toBe("the-_config.yml-file");
    expect(jekyllSlugify("The _config.yml file", "pretty", true)).toBe("The-_config.yml-file");
  });

  it("keeps letters of any script and drops leading and trailing hyphens", () => {
    expect(jekyllSlugify("  Café à la carte! ")).toBe("café-à-la-carte");
    expect(jekyllSlugify("Ünïcode Title", "pretty", true)).toBe("Ünïcode-Title");
  });
});

describe("escapePath", () => {
  it("percent-encodes what a URL path cannot carry, as UTF-8, and nothing else", () => {
    expect(escapePath("/web dev/café")).toBe("/web%20dev/caf%C3%A9");
    expect(escapePath("/a-b._~!$&'()*+,;=:@/c")).toBe("/a-b._~!$&'()*+,;=:@/c");
    expect(escapePath("50%?#")).toBe("50%25%3F%23");
  });
});

describe("jekyllUrl", () => {
  it("builds each built-in style's URL", () => {
    expect(jekyllUrl(permalinkTemplate("date"), hello)).toBe("/jekyll/meta/2016/03/01/hello-world.html");
    expect(jekyllUrl(permalinkTemplate("pretty"), hello)).toBe("/jekyll/meta/2016/03/01/hello-world/");
    // 31 days of January, 29 of February 2016, then March 1st.
    expect(jekyllUrl(permalinkTemplate("ordinal"), hello)).toBe("/jekyll/meta/2016/061/hello-world.html");
    expect(jekyllUrl(permalinkTemplate("none"), hello)).toBe("/jekyll/meta/hello-world.html");
    expect(jekyllUrl(permalinkTemplate("weekdate"), hello)).toBe("/jekyll/meta/2016/W09/Tue/hello-world.html");
  });

  it("leaves out :categories, and the slashes around it, when a post has none", () => {
    expect(jekyllUrl(permalinkTemplate("date"), { ...hello, categories: [] })).toBe("/2016/03/01/hello-world.html");
  });

  it("reads the date in the Jekyll site's time zone", () => {
    const lateInBerlin = { ...hello, date: new Date("2016-03-01T01:30:00Z") };
    expect(jekyllUrl("/:year/:month/:day/:title/", lateInBerlin)).toBe("/2016/02/29/hello-world/");
    expect(jekyllUrl("/:year/:month/:day/:title/", { ...lateInBerlin, timeZone: "UTC" })).toBe(
      "/2016/03/01/hello-world/",
    );
  });

  it("keeps the case of the file name in :title, lowercases :slug, and dates :name", () => {
    const mixed = { ...hello, slug: "Mixed-Case", basename: "2017-01-01-Mixed-Case", categories: [] };
    expect(jekyllUrl("/:title/", mixed)).toBe("/Mixed-Case/");
    expect(jekyllUrl("/:slug/", mixed)).toBe("/mixed-case/");
    expect(jekyllUrl("/:name:output_ext", mixed)).toBe("/2017-01-01-mixed-case.html");
  });

  it("lowercases categories, drops repeats and escapes spaces as Jekyll 4 does", () => {
    const spaced = { ...hello, categories: ["Web Dev", "web dev", "Ruby"] };
    expect(jekyllUrl("/:categories/:title.html", spaced)).toBe("/web%20dev/ruby/hello-world.html");
  });

  it("fills every date placeholder", () => {
    expect(placeholders(hello)).toMatchObject({
      year: "2016",
      month: "03",
      day: "01",
      hour: "04",
      minute: "00",
      second: "00",
      i_day: "1",
      i_month: "3",
      short_month: "Mar",
      long_month: "March",
      short_year: "16",
      y_day: "061",
      w_year: "2016",
      week: "09",
      w_day: "2",
      short_day: "Tue",
      long_day: "Tuesday",
      collection: "posts",
      path: "/2016-03-01-hello-world",
    });
  });

  it("reads a placeholder followed by an underscore, and cleans the path as Jekyll's sanitize_url", () => {
    expect(jekyllUrl("/:month_:day/:title", hello)).toBe("/03_01/hello-world");
    expect(jekyllUrl("blog//../:title/", hello)).toBe("/blog/hello-world/");
  });

  it("refuses a placeholder Jekyll does not know", () => {
    expect(() => jekyllUrl("/:year/:nonsense/", hello)).toThrow(":nonsense");
  });
});
