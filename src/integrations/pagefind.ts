import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefindService from "pagefind";
import { site } from "../site.config.ts";

/**
 * Builds the Pagefind search index over the finished site as the last step of `astro build`, so
 * the one build command yields pages and index together. Only post pages are read (only they carry
 * `data-pagefind-body`, so listings would add nothing but reading time); tags and categories become filters.
 */
export function pagefind(): AstroIntegration {
  return {
    name: "blog:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const sitePath = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefindService.createIndex({ forceLanguage: site.lang });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const indexed = await index.addDirectory({ path: sitePath, glob: "posts/**/*.html" });
          if (indexed.errors.length > 0)
            throw new Error(`Pagefind could not index ${sitePath}: ${indexed.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL("pagefind/", dir)) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Search index written from ${indexed.page_count} HTML files in ${seconds}s.`);
        } finally {
          await pagefindService.close();
        }
      },
    },
  };
}
