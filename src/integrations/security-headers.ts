import { globSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { siteWidePolicy } from "../lib/csp.ts";

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/**
 * Appends the site-wide Content-Security-Policy to `_headers` (copied from `public/_headers`), so
 * hosts that read it send the same policy as header that each page carries in its `<meta>`.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: "blog:security-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = globSync("**/*.html", { cwd: root }).flatMap((file) => {
          const policy = CSP_META.exec(readFileSync(root + file, "utf8"))?.[1];
          return policy ? [policy] : [];
        });
        const headersFile = new URL("_headers", dir);
        const headers = readFileSync(headersFile, "utf8").trimEnd();
        writeFileSync(headersFile, `${headers}\n  Content-Security-Policy: ${siteWidePolicy(policies)}\n`);
        logger.info(`_headers carries the Content-Security-Policy of ${policies.length} pages.`);
      },
    },
  };
}
