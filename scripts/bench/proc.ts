import { readdirSync, readFileSync } from "node:fs";

/** Bytes of one memory page, for the resident set sizes /proc reports in pages. */
const PAGE_SIZE = 4096;

interface ProcStat {
  pid: number;
  ppid: number;
  command: string;
  rssBytes: number;
}

/** Reads pid, parent pid and resident set size of every process from /proc; skips processes that exit meanwhile. */
function readProcesses(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let text: string;
    try {
      text = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    // The command name (field 2) is in parentheses and may contain spaces: fields after it are fixed.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // After the name: state(3) ppid(4) … rss(24), so ppid is at index 1 and rss at index 21.
    // Node names its main thread, and so its process, "MainThread".
    const comm = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
    const command = comm === "MainThread" ? "node" : comm;
    stats.push({ pid: Number(name), ppid: Number(fields[1]), command, rssBytes: Number(fields[21]) * PAGE_SIZE });
  }
  return stats;
}

/** Returns the summed resident set size of `rootPid` and all its descendants, and how many there are. */
export function treeRss(rootPid: number): {
  bytes: number;
  processes: number;
  largestBytes: number;
  byCommand: Map<string, number>;
} {
  const all = readProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const stat of all) {
    const list = children.get(stat.ppid) ?? [];
    list.push(stat);
    children.set(stat.ppid, list);
  }
  let bytes = 0;
  let processes = 0;
  let largestBytes = 0;
  const byCommand = new Map<string, number>();
  const root = all.find((stat) => stat.pid === rootPid);
  const queue = root ? [root] : [];
  while (queue.length > 0) {
    const stat = queue.pop() as ProcStat;
    bytes += stat.rssBytes;
    largestBytes = Math.max(largestBytes, stat.rssBytes);
    byCommand.set(stat.command, (byCommand.get(stat.command) ?? 0) + stat.rssBytes);
    processes++;
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return { bytes, processes, largestBytes, byCommand };
}

/**
 * Samples the memory of a process tree every `intervalMs` until stopped; returns the peak of the
 * summed resident set sizes (shared pages counted once per process, as `ps` would), the most
 * processes seen at once, and the peak of each command's own processes (node, pagefind, …).
 */
export function sampleTreeMemory(rootPid: number, intervalMs = 100) {
  let peakBytes = 0;
  let peakLargestBytes = 0;
  let maxProcesses = 0;
  let samples = 0;
  const peakByCommand: Record<string, number> = {};
  /** One sample a second: [ms since start, tree bytes, bytes by command]. */
  const timeline: [number, number, Record<string, number>][] = [];
  const started = performance.now();
  let lastKept = -Infinity;
  const sample = () => {
    const { bytes, processes, largestBytes, byCommand } = treeRss(rootPid);
    for (const [command, rss] of byCommand) peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, rss);
    if (processes === 0) return;
    samples++;
    peakBytes = Math.max(peakBytes, bytes);
    peakLargestBytes = Math.max(peakLargestBytes, largestBytes);
    maxProcesses = Math.max(maxProcesses, processes);
    const now = performance.now() - started;
    if (now - lastKept >= 1000) {
      lastKept = now;
      timeline.push([Math.round(now), bytes, Object.fromEntries(byCommand)]);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes, peakLargestBytes, maxProcesses, samples, peakByCommand, timeline };
    },
  };
}
