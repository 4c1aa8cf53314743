import { readFileSync } from "node:fs";

/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) that a summary needs. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by npm package (or `node:`, `(program)`, `(garbage collector)`, `project` for the blog's own code). */
  byPackage: { name: string; ms: number; share: number }[];
  /** Self time by function. */
  byFunction: { name: string; ms: number; share: number }[];
  /** Total (inclusive) time of functions whose name or file matches the focus patterns. */
  inclusive: { name: string; ms: number; share: number }[];
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node:";
  // WebAssembly frames: in an Astro build, Shiki's Oniguruma regex engine.
  if (url.startsWith("wasm")) return "(wasm)";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1] as string;
  return "project";
}

function shortUrl(url: string): string {
  const inModules = url.lastIndexOf("node_modules/");
  if (inModules >= 0) return url.slice(inModules + "node_modules/".length);
  const parts = url.split("/");
  return parts.slice(-2).join("/");
}

/** Summarises a CPU profile: where self time went by package and by function, top `limit` of each. */
export function summarizeProfile(file: string, limit = 15, focus: RegExp[] = []): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const selfMs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const totalMs = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const name = `${functionName || "(anonymous)"} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ""}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  // Inclusive time of focus functions: self time of each node counted once for every distinct focus ancestor.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  if (focus.length > 0) {
    for (const [id, ms] of selfMs) {
      const seen = new Set<string>();
      for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
        const frame = nodes.get(current)?.callFrame;
        if (!frame) break;
        const name = `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}`;
        if (!seen.has(name) && focus.some((pattern) => pattern.test(name))) {
          seen.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
        }
      }
    }
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
  return { totalMs, byPackage: top(byPackage), byFunction: top(byFunction), inclusive: top(inclusive) };
}

/** Formats a profile summary as text. */
export function formatProfile(summary: ProfileSummary): string {
  const line = (entry: { name: string; ms: number; share: number }) =>
    `  ${(entry.ms / 1000).toFixed(2).padStart(7)} s  ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.name}`;
  return [
    `CPU profile of the main build process: ${(summary.totalMs / 1000).toFixed(1)} s sampled`,
    "self time by package:",
    ...summary.byPackage.map(line),
    "self time by function:",
    ...summary.byFunction.map(line),
    ...(summary.inclusive.length ? ["total time of selected functions:", ...summary.inclusive.map(line)] : []),
  ].join("\n");
}
