import { readFile } from "node:fs/promises";
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { declaredAlternates, declaredLastModified, htmlFileForUrl } from "../lib/outputs/sitemap.ts";
import { normalBasePath } from "../lib/urls/urls.ts";

/**
 * `@astrojs/sitemap`, with each post's `lastmod` and language versions (`xhtml:link`) read from the page it built. Which pages exist and
 * when each changed is decided once, by the post query that rendered them; the sitemap only reports it.
 */
export function blogSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  let basePath = "/";
  const outDirRecorder: AstroIntegration = {
    name: "blog:sitemap-paths",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = config.outDir;
        basePath = normalBasePath(config.base);
      },
    },
  };
  return [
    outDirRecorder,
    sitemap({
      serialize: async (item) => {
        if (!outDir) return item;
        const html = await readFile(new URL(htmlFileForUrl(item.url, basePath), outDir), "utf8").catch(() => "");
        const lastmod = declaredLastModified(html);
        // Translations as each page declares them; @astrojs/sitemap's own `i18n` option pairs pages whose paths
        // differ only by a locale prefix, which misses translations with their own slugs.
        const links = declaredAlternates(html);
        return { ...item, ...(lastmod ? { lastmod } : {}), ...(links.length > 0 ? { links } : {}) };
      },
    }),
  ];
}
