import { existsSync, globSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { siteWidePolicy } from "../lib/outputs/csp.ts";
import { detachedCopy } from "../lib/text/detached.ts";

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;
/** The line in `public/_headers` that the build replaces with the policy. */
const CSP_MARKER = "  # Content-Security-Policy: (written by the build)";

/**
 * Writes the site-wide Content-Security-Policy into `_headers` (copied from `public/_headers`, at its
 * marker line), so hosts that read it send as a header the policy each page carries in its `<meta>`.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: "blog:security-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Distinct policies only (a handful), as copies of their own: a policy cut from a page's HTML keeps all of it.
        const policies = new Set<string>();
        let pages = 0;
        for (const file of globSync("**/*.html", { cwd: root })) {
          const policy = CSP_META.exec(readFileSync(root + file, "utf8"))?.[1];
          if (!policy) continue;
          if (!policies.has(policy)) policies.add(detachedCopy(policy));
          pages += 1;
        }
        const headersFile = new URL("_headers", dir);
        const headers = existsSync(headersFile) ? readFileSync(headersFile, "utf8") : "";
        if (!headers.includes(CSP_MARKER)) {
          throw new Error(`public/_headers needs the line "${CSP_MARKER.trim()}" where the policy goes`);
        }
        writeFileSync(
          headersFile,
          headers.replace(CSP_MARKER, `  Content-Security-Policy: ${siteWidePolicy(policies)}`),
        );
        logger.info(`_headers carries the Content-Security-Policy of ${pages} pages.`);
      },
    },
  };
}
