/** The Content-Security-Policy of every page and of `_headers`. */
import type { AstroUserConfig } from "astro";

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig["security"]>["csp"]>, boolean>;

/**
 * The site's Content-Security-Policy, in one place: Astro writes it into every page as a `<meta>`
 * (with hashes of the inline styles and scripts it emits) and the build writes the same policy into
 * `_headers` for hosts that read it. Scripts: only the site's own files, never inline ones unless
 * hashed; Pagefind needs `'wasm-unsafe-eval'` to start its WebAssembly search.
 */
export const cspPolicy = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "media-src 'self' https:",
    "frame-src https:",
    "object-src 'none'",
    "base-uri 'self'",
    // The search form falls back to a web search restricted to the site when JavaScript is off.
    "form-action 'self' https://duckduckgo.com",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  // No inline style at all but by hash: code is coloured by classes (code-classes.ts), math is MathML (math.ts).
  styleDirective: { resources: ["'self'"] },
} satisfies CspConfig;

/** Directives a `<meta>` policy cannot carry, so only the `_headers` policy has them. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'", "upgrade-insecure-requests"];

/**
 * Returns one policy that allows what every page's own policy allows: the union of each directive's
 * sources across `pagePolicies` (the `content` of each page's CSP `<meta>`), plus header-only directives.
 */
export function siteWidePolicy(pagePolicies: Iterable<string>): string {
  const sourcesByDirective = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const directive of policy.split(";")) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = sourcesByDirective.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      sourcesByDirective.set(name, known);
    }
  }
  const merged = [...sourcesByDirective].map(([name, sources]) => [name, ...[...sources].sort()].join(" "));
  return [...merged.sort(), ...HEADER_ONLY_DIRECTIVES].join("; ");
}
