/** The importer's report: a few lines per post, notes on the site, and a one-line summary. */
import type { ImportedPost, ImportPlan } from "./convert.ts";

/** What the CLI did with a post the plan imports. */
export type WriteOutcome = "written" | "overwritten" | "would write" | "exists";

/** Counts for the summary line. */
export interface ImportCounts {
  imported: number;
  drafts: number;
  /** Imported posts with something for the author to look at. */
  flagged: number;
  failed: number;
  skipped: number;
}

/** Returns each distinct message once, with how many times it came up when more than once. */
export function tally(messages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, count]) => (count > 1 ? `${message} (×${count})` : message));
}

/** Returns the counts of a plan once written: posts left alone because they exist count as skipped. */
export function countOutcomes(plan: ImportPlan, outcomes: ReadonlyMap<string, WriteOutcome>): ImportCounts {
  const counts: ImportCounts = { imported: 0, drafts: 0, flagged: 0, failed: 0, skipped: 0 };
  for (const post of plan.posts) {
    if (post.status === "imported" && outcomes.get(post.source) !== "exists") {
      counts.imported++;
      if (post.draft) counts.drafts++;
      if (post.attention.length > 0) counts.flagged++;
    } else if (post.status === "failed") counts.failed++;
    else counts.skipped++;
  }
  return counts;
}

/** Returns the report lines for one post. */
export function postReport(post: ImportedPost, outcome: WriteOutcome | undefined, outFolder: string): string[] {
  if (post.status !== "imported") {
    return [`${post.status === "failed" ? "✗" : "-"} ${post.source}: ${post.status}: ${post.reason ?? ""}`];
  }
  const target = `${outFolder.replace(/\/+$/, "")}/${post.fileName}`;
  if (outcome === "exists") return [`- ${post.source}: ${target} exists; left as it is (--force overwrites it)`];
  const draft = post.draft ? " (draft)" : "";
  const verb = outcome === "would write" ? "would write" : outcome === "overwritten" ? "overwrote" : "wrote";
  const lines = [`${post.attention.length > 0 ? "!" : "✓"} ${post.source} → ${verb} ${target}${draft}`];
  lines.push(
    `    new URL: ${post.url}${post.oldUrls.length > 0 ? `, redirected from ${post.oldUrls.join(", ")}` : ""}`,
  );
  for (const change of tally(post.changes)) lines.push(`    changed: ${change}`);
  for (const item of tally(post.attention)) lines.push(`    check: ${item}`);
  return lines;
}

/** Returns the one-line summary, e.g. `Imported 12 posts (2 drafts): 3 flagged for review, 1 failed, 0 skipped.` */
export function summaryLine(counts: ImportCounts, dryRun: boolean): string {
  const posts = `${counts.imported} post${counts.imported === 1 ? "" : "s"}`;
  return `${dryRun ? "Would import" : "Imported"} ${posts} (${counts.drafts} draft${counts.drafts === 1 ? "" : "s"}): ${counts.flagged} flagged for review, ${counts.failed} failed, ${counts.skipped} skipped.`;
}

/** Returns the class of a report message: its wording without the particulars (a tag's arguments, quoted text, paths, numbers). */
export function messageClass(message: string): string {
  const general = message
    .replace(/\{%-?\s*(\w+)[\s\S]*?%\}/g, "{% $1 %}")
    .replace(/\{\{[\s\S]*?\}\}/g, "{{ … }}")
    .replace(/\{:[^}]*\}/g, "{:…}")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/(?<=^|[\s(])(?:https?:\/\/|\/)[^\s,;)]*/g, "…")
    .replace(/\([\w-]+\)|\b[\w-]+\/(?=\s)/g, "…")
    .replace(/\d+/g, "N")
    .replace(/N(?:[-:/. ]*[+-]?N)+/g, "N");
  // The particulars follow the first ": " of a message of several words ("old URL … not redirected: it is …").
  const cut = general.indexOf(": ");
  return cut > 0 && general.slice(0, cut).includes(" ") ? general.slice(0, cut) : general;
}

/** Counts of each class of change and of check over the posts that are imported, most frequent first. */
export interface ClassCounts {
  changes: [kind: string, count: number][];
  checks: [kind: string, count: number][];
}

/** Returns how often each class of change and of check came up in the imported posts. */
export function classCounts(plan: ImportPlan): ClassCounts {
  const count = (messages: string[]) => {
    const counts = new Map<string, number>();
    for (const message of messages) counts.set(messageClass(message), (counts.get(messageClass(message)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const imported = plan.posts.filter((post) => post.status === "imported");
  return {
    changes: count(imported.flatMap((post) => post.changes)),
    checks: count(imported.flatMap((post) => post.attention)),
  };
}

/** Returns the report's lines of counts per class of change and of check. */
export function classLines(counts: ClassCounts): string[] {
  const lines: string[] = [];
  if (counts.changes.length > 0)
    lines.push("Changes, by kind:", ...counts.changes.map(([kind, n]) => `  ${n} × ${kind}`));
  if (counts.checks.length > 0) lines.push("Checks, by kind:", ...counts.checks.map(([kind, n]) => `  ${n} × ${kind}`));
  return lines;
}
