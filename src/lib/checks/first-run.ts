/**
 * The first-run check: a fresh clone builds with the template's placeholder address, author and links. The build
 * says so once, naming the file and key to edit; on a CI host the placeholder address is an error, since a site
 * published there would point every canonical URL, feed and sitemap entry at someone else's domain.
 */
import type { SiteConfig } from "../../site.config.ts";

/** The file every placeholder is edited in, as the warning names it. */
export const SITE_CONFIG_FILE = "src/site.config.ts";

/** The values the template ships with: a site still carrying one of them has not been made its owner's yet. */
export const TEMPLATE_PLACEHOLDERS = {
  url: "https://example.com",
  authorName: "Blog Author",
  authorUrl: "https://example.com/about/",
  linkUrl: "https://github.com/",
} as const;

/** One thing still left as the template has it. */
export interface Placeholder {
  /** Where to change it: a key of `site` in site.config.ts, or an environment variable. */
  key: string;
  /** What it is now and what to put there instead. */
  message: string;
}

/** What the first-run check found: placeholders to warn about, and the error that stops a CI build, if any. */
export interface FirstRunReport {
  placeholders: Placeholder[];
  error: string | undefined;
}

/** Returns true when `url` is the template's address or another reserved example domain (RFC 2606). */
function isPlaceholderUrl(url: string): boolean {
  const host = URL.parse(url)?.hostname ?? "";
  return /(^|\.)example\.(com|org|net)$/.test(host) || host === "example";
}

/** Returns the placeholders in `config`, the site URL first. */
export function sitePlaceholders(config: SiteConfig, env: NodeJS.ProcessEnv): Placeholder[] {
  const found: Placeholder[] = [];
  const siteUrl = env["SITE_URL"];
  if (!siteUrl && isPlaceholderUrl(config.url))
    found.push({
      key: "SITE_URL",
      message: `not set, so every canonical URL, feed, sitemap entry and robots.txt names ${config.url}: set SITE_URL to the address readers use (or \`url\` in ${SITE_CONFIG_FILE})`,
    });
  else if (isPlaceholderUrl(config.url))
    found.push({ key: "SITE_URL", message: `${config.url} is an example address: set the address readers use` });
  if (config.author.name === TEMPLATE_PLACEHOLDERS.authorName)
    found.push({
      key: "author.name",
      message: `"${config.author.name}" is shown as the author in the footer, feeds and structured data: put your name`,
    });
  if (config.author.url !== undefined && isPlaceholderUrl(config.author.url))
    found.push({ key: "author.url", message: `${config.author.url} is an example address: your page, or remove it` });
  config.links.forEach((link, index) => {
    if (link.url === TEMPLATE_PLACEHOLDERS.linkUrl || isPlaceholderUrl(link.url))
      found.push({
        key: `links.${index}.url`,
        message: `the footer's "${link.label}" link goes to ${link.url}: your profile's address, or remove the link`,
      });
  });
  return found;
}

/**
 * Returns what the build should say before it starts. On CI (`CI` set, as GitHub Actions, Netlify and
 * Cloudflare Pages set it) a placeholder site URL is an error unless `ALLOW_PLACEHOLDER_URL=1`.
 */
export function firstRunReport(config: SiteConfig, env: NodeJS.ProcessEnv): FirstRunReport {
  const placeholders = sitePlaceholders(config, env);
  const onCi = Boolean(env["CI"]) && env["CI"] !== "false" && env["CI"] !== "0";
  const urlIsPlaceholder = placeholders.some((placeholder) => placeholder.key === "SITE_URL");
  const error =
    onCi && urlIsPlaceholder && env["ALLOW_PLACEHOLDER_URL"] !== "1"
      ? `SITE_URL is not set on this CI build, so the published site would name ${config.url} in every canonical URL, feed and sitemap. Set SITE_URL in the host's environment variables (or \`url\` in ${SITE_CONFIG_FILE}); ALLOW_PLACEHOLDER_URL=1 builds anyway.`
      : undefined;
  return { placeholders, error };
}

/** Returns the warning block the build prints, one line a placeholder; empty when nothing is left to set. */
export function formatFirstRunWarning(placeholders: readonly Placeholder[]): string {
  if (placeholders.length === 0) return "";
  const lines = placeholders.map(({ key, message }) =>
    key === "SITE_URL" ? `  SITE_URL (environment): ${message}` : `  ${SITE_CONFIG_FILE}: ${key}: ${message}`,
  );
  return [
    "┌ This site still carries the template's placeholders (see README, “Make it yours”):",
    ...lines,
    "└ The build goes on; the pages it writes name these placeholders.",
  ].join("\n");
}
