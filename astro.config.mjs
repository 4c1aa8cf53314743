// @ts-check
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { draftPreview } from "./src/integrations/drafts.ts";
import { postCheck } from "./src/integrations/post-check.ts";
import { securityHeaders } from "./src/integrations/security-headers.ts";
import { blogSitemap } from "./src/integrations/sitemap.ts";
import { cspPolicy } from "./src/lib/outputs/csp.ts";
import { codeHighlighting } from "./src/lib/markdown/code-classes.ts";
import { headingAnchors } from "./src/lib/markdown/heading-anchors.ts";
import { completeHighlighting } from "./src/lib/markdown/complete-highlighting.ts";
import { lineNumbers } from "./src/lib/markdown/line-numbers.ts";
import { mathFeature, mathPlugin } from "./src/lib/markdown/math.ts";
import { postLinksPlugin } from "./src/lib/markdown/post-links.ts";
import { searchMarkupGuard } from "./src/lib/markdown/search-markup.ts";
import { tableScroll } from "./src/lib/markdown/table-scroll.ts";
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
  // (src/lib/card-workers.ts); with 1, every card held up the build for its whole drawing time.
  build: { inlineStylesheets: "always", concurrency: 4 },
  security: { csp: cspPolicy },
  markdown: {
    // Shiki runs as our own first plugin (where Astro would put it), with colours as classes (code-classes.ts):
    // left to Astro, it would write a `style` on every token and warn that the CSP must allow them.
    syntaxHighlight: false,
    processor: satteri({
      features: { math: mathFeature(site.singleDollarMath) },
      hastPlugins: [
        await codeHighlighting([completeHighlighting(), lineNumbers()]),
        searchMarkupGuard,
        mathPlugin(),
        headingAnchors,
        tableScroll,
        postLinksPlugin(base),
      ],
    }),
  },
  // Pages whose key (src/lib/outputs/page-key.ts), code and content are unchanged are copied from the last
  // build's output in the cache folder instead of rendered; scripts/build.ts forces a full build when code changed.
  experimental: { incrementalBuild: true },
  integrations: [postCheck(), draftPreview(), mdx(), blogSitemap(), securityHeaders()],
});
