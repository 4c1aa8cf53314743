import { describe, expect, it } from "vitest";
import { cspPolicy, siteWidePolicy } from "../../src/lib/outputs/csp.ts";

describe("cspPolicy", () => {
  it("allows no inline script and lets Pagefind start WebAssembly", () => {
    expect(cspPolicy.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe("siteWidePolicy", () => {
  it("unions each directive's sources across pages and adds header-only directives", () => {
    const policy = siteWidePolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'",
      "default-src 'self';script-src 'self' 'sha256-b';",
    ]);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });
});
