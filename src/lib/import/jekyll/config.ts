/** What the importer reads from a Jekyll site's `_config.yml`. */
import yaml from "js-yaml";
import { isKnownTimeZone } from "./dates.ts";
import { PERMALINK_STYLES, permalinkTemplate } from "./permalinks.ts";

/** One `defaults` entry of `_config.yml`: front matter values for the files its scope covers. */
export interface JekyllDefault {
  path: string;
  type: string | undefined;
  values: Record<string, unknown>;
}

/** The settings of a Jekyll site that decide its posts' URLs and dates. */
export interface JekyllConfig {
  /** The posts' URL template, built-in styles expanded. */
  permalink: string;
  /** How the template was chosen, for the report: `pretty`, `/:year/:title/`, or `date (Jekyll's default)`. */
  permalinkSetting: string;
  /** The IANA time zone Jekyll built in; UTC when `_config.yml` sets none. */
  timeZone: string;
  /** Whether `_config.yml` named a time zone. */
  timeZoneSet: boolean;
  /** `baseurl` without a trailing slash: `""` or `/blog`. */
  baseurl: string;
  /** `url` without a trailing slash: `""` or `https://example.org`. */
  url: string;
  defaults: JekyllDefault[];
  /** jekyll-feed's `feed.path`, when set. */
  feedPath: string | undefined;
  /** File extensions (without the dot) Jekyll reads as Markdown. */
  markdownExtensions: string[];
  plugins: string[];
  /** Every key of `_config.yml` as written: `site.*` in Liquid. */
  site: Record<string, unknown>;
}

const asText = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * Returns the settings in `_config.yml`'s text (Jekyll's defaults for any it leaves out, or for a
 * missing file), and notes for the report on what was assumed.
 */
export function readJekyllConfig(text: string | undefined): { config: JekyllConfig; notes: string[] } {
  const notes: string[] = [];
  let data: Record<string, unknown> = {};
  if (text === undefined) notes.push("No _config.yml: Jekyll's defaults assumed (permalink: date, no timezone).");
  else {
    try {
      data = asRecord(yaml.load(text, { schema: yaml.CORE_SCHEMA })) ?? {};
    } catch (error) {
      notes.push(
        `_config.yml is not valid YAML (${(error as Error).message.split("\n")[0]}): Jekyll's defaults assumed.`,
      );
    }
  }
  const collectionPermalink = asText(asRecord(asRecord(data["collections"])?.["posts"])?.["permalink"]);
  const sitePermalink = asText(data["permalink"]);
  const setting = collectionPermalink ?? sitePermalink;
  const permalinkSetting = setting ?? "date (Jekyll's default)";
  if (setting !== undefined && !setting.includes("/") && !(setting.replace(/^:/, "") in PERMALINK_STYLES)) {
    notes.push(`permalink: ${setting} is neither a built-in style nor a path; read as a path.`);
  }

  let timeZone = "UTC";
  const zone = asText(data["timezone"]);
  if (zone === undefined) {
    notes.push(
      "_config.yml sets no timezone: Jekyll used the build machine's, and dates without an offset are read as UTC. If old URLs carry the wrong day, set timezone and import again.",
    );
  } else if (!isKnownTimeZone(zone)) {
    notes.push(`timezone: ${zone} is not a time zone this importer knows; dates read as UTC.`);
  } else timeZone = zone;

  const defaults = (Array.isArray(data["defaults"]) ? data["defaults"] : []).flatMap((entry): JekyllDefault[] => {
    const record = asRecord(entry);
    const values = asRecord(record?.["values"]);
    if (!values) return [];
    const scope = asRecord(record?.["scope"]) ?? {};
    return [{ path: asText(scope["path"]) ?? "", type: asText(scope["type"]), values }];
  });

  const markdownExt = asText(data["markdown_ext"]) ?? "markdown,mkdown,mkdn,mkd,md";
  const plugins = [data["plugins"], data["gems"]].flatMap((list) =>
    Array.isArray(list) ? list.flatMap((name) => asText(name) ?? []) : [],
  );
  return {
    config: {
      permalink: permalinkTemplate(setting),
      permalinkSetting,
      timeZone,
      timeZoneSet: zone !== undefined && timeZone === zone,
      baseurl: (asText(data["baseurl"]) ?? "").replace(/\/+$/, ""),
      url: (asText(data["url"]) ?? "").replace(/\/+$/, ""),
      defaults,
      feedPath: asText(asRecord(data["feed"])?.["path"]),
      markdownExtensions: markdownExt.split(",").map((ext) => ext.trim().replace(/^\./, "").toLowerCase()),
      plugins,
      site: data,
    },
    notes,
  };
}

/**
 * Returns the front matter defaults that apply to the post at `path` (relative to the site root). As
 * in Jekyll, a longer scope path, then a scope with a type, wins; glob scopes are not matched.
 */
export function defaultsFor(config: JekyllConfig, path: string, draft: boolean): Record<string, unknown> {
  const scopePath = (entry: JekyllDefault) => entry.path.replace(/^\.?\//, "").replace(/\/+$/, "");
  const applying = config.defaults.filter((entry) => {
    if (entry.type !== undefined && entry.type !== "posts" && !(draft && entry.type === "drafts")) return false;
    const scope = scopePath(entry);
    return scope === "" || path === scope || path.startsWith(`${scope}/`);
  });
  const specificity = (entry: JekyllDefault) => scopePath(entry).length * 2 + (entry.type === undefined ? 0 : 1);
  const merged: Record<string, unknown> = {};
  for (const entry of applying.sort((a, b) => specificity(a) - specificity(b))) Object.assign(merged, entry.values);
  return merged;
}
