/** `site.data` of a Jekyll site: every file of `_data/` (YAML, JSON, CSV, TSV, nested folders) as Jekyll reads it. */
import { parse as parseCsv } from "csv-parse/sync";
import yaml from "js-yaml";

/** A file of `_data/`, its path relative to `_data/`. */
export interface DataFile {
  path: string;
  text: string;
}

/** Returns one data file's value, or throws with what is wrong in it. */
function readDataFile(file: DataFile): unknown {
  const extension = /\.(\w+)$/.exec(file.path)?.[1]?.toLowerCase();
  if (extension === "yml" || extension === "yaml") return yaml.load(file.text);
  if (extension === "json") return JSON.parse(file.text) as unknown;
  if (extension === "csv" || extension === "tsv") {
    return parseCsv(file.text, { columns: true, skip_empty_lines: true, delimiter: extension === "tsv" ? "\t" : "," });
  }
  return undefined;
}

/**
 * Returns `site.data`: `_data/releases.yml` as `releases`, `_data/team/core.csv` as `team.core` (each CSV row an
 * object keyed by the header), and notes on files that could not be read.
 */
export function readSiteData(files: readonly DataFile[]): { data: Record<string, unknown>; notes: string[] } {
  const data: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = readDataFile(file);
    } catch (error) {
      notes.push(
        `_data/${file.path} could not be read (${(error as Error).message.split("\n")[0]}): site.data leaves it out.`,
      );
      continue;
    }
    if (value === undefined) continue;
    const keys = file.path.replace(/\.\w+$/, "").split("/");
    let folder = data;
    for (const key of keys.slice(0, -1)) {
      const next = folder[key];
      folder = (
        next !== null && typeof next === "object" && !Array.isArray(next) ? next : (folder[key] = {})
      ) as Record<string, unknown>;
    }
    folder[keys.at(-1) ?? file.path] = value;
  }
  return { data, notes };
}
