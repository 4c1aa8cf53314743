// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { draftPreview } from "./src/integrations/drafts.ts";
import { postCheck } from "./src/integrations/post-check.ts";
import { securityHeaders } from "./src/integrations/security-headers.ts";
import { blogSitemap } from "./src/integrations/sitemap.ts";
import { cspPolicy } from "./src/lib/outputs/csp.ts";
import { markdownConfig } from "./src/lib/markdown/pipeline.ts";
import { basePathFrom, site } from "./src/site.config.ts";
import { normalBasePath } from "./src/lib/urls/urls.ts";
import { buildCacheDir, publicDir, siteOutDir } from "./scripts/support/project.ts";

/** Sub-path hosting (`https://user.github.io/blog/`): set BASE_PATH=/blog/ at build time. */
const base = normalBasePath(basePathFrom(process.env.BASE_PATH));

export default defineConfig({
  site: site.url,
  base,
  // Build tests write fixture sites elsewhere so they never clobber the author's `dist/`.
  outDir: siteOutDir(),
  // The importer's build tests copy a Jekyll site's files into a public folder of their own.
  publicDir: publicDir(),
  // Astro's content cache; the tests give each build its own so every build they compare starts clean.
  cacheDir: buildCacheDir(),
  // One round trip to first paint: the stylesheet (about 2 KB gzipped) travels inside each page.
  // Several routes at a time, so pages render on the main thread while social cards are drawn on worker threads
  // (src/lib/outputs/card-workers.ts); with 1, every card held up the build for its whole drawing time.
  build: { inlineStylesheets: "always", concurrency: 4 },
  security: { csp: cspPolicy },
  // Post pages render their Markdown with the same config (outputs/post-content.ts), so the data store keeps no HTML.
  markdown: await markdownConfig(base),
  // Pages whose key (src/lib/outputs/page-key.ts), code and content are unchanged are copied from the last
  // build's output in the cache folder instead of rendered; scripts/build.ts forces a full build when code changed.
  experimental: { incrementalBuild: true },
  integrations: [postCheck(), draftPreview(), mdx(), blogSitemap(), securityHeaders()],
});
