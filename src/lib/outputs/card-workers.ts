/** Social cards drawn on worker threads, so drawing never holds up page rendering. */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CardFontFile } from "./card-fonts.ts";
import { encodeIndexedPng } from "./card-png.ts";

/**
 * Draws social cards on worker threads. satori and resvg are synchronous and CPU-bound, so on the main thread they
 * held up every other page; here they run beside it while Astro (with `build.concurrency` above 1) renders pages.
 * The PNG is written as an indexed-colour image (src/lib/outputs/card-png.ts) when the card has at most 256
 * colours, as every card of this design does: that took the encoding from about 16 ms to a few.
 */

/**
 * At most one worker per core, and never more than the cards Astro can ask for at once (`build.concurrency` in
 * astro.config.mjs): each worker holds its own satori, resvg and fonts (about 0.3 GB while drawing).
 */
const MAX_WORKERS = Math.max(1, Math.min(availableParallelism(), 4));

/**
 * Cards a worker draws before a new one takes its place. A worker's memory grows by about 6 MB per card, two
 * 1200×630 RGBA buffers of resvg's, even when its heap is collected after every card; only the worker's end returns
 * it. Drawing 1,000 cards on two workers peaked at 1.40 GB of memory in 18.2 s; replacing each worker after 60
 * cards, at 0.83–1.01 GB in 18.9–20.9 s (a new worker loads satori, resvg and its fonts again).
 */
const CARDS_PER_WORKER = 60;

/** What a worker needs once: the resolved packages, so the bundled build and the dev server load the same ones. */
interface WorkerSetup {
  satoriPath: string;
  resvgPath: string;
  width: number;
  height: number;
}

// A worker made from source text rather than a file: Astro bundles this module into its build output, where no
// file of ours would sit beside it, while the packages resolve the same from the source and from the bundle.
// Fonts arrive as file paths with each card (a card loads only the subsets its text needs); each file is read
// once per worker, and each set of files is handed to satori as the same array, which satori parses once.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const zlib = require("node:zlib");
const satori = require(workerData.satoriPath).default;
const { Resvg } = require(workerData.resvgPath);
const { width, height } = workerData;
// A bundler that keeps function names may wrap inner functions in its __name helper, which the worker lacks.
const __name = (fn) => fn;
const encodeIndexedPng = ${encodeIndexedPng.toString()};
const fileData = new Map();
const fontSets = new Map();
function fontsFor(files) {
  const key = files.map((file) => file.path + "@" + file.weight).join("|");
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = files.map((file) => {
      let data = fileData.get(file.path);
      if (!data) {
        const bytes = readFileSync(file.path);
        data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        fileData.set(file.path, data);
      }
      return { name: file.family, data, weight: file.weight, style: "normal" };
    });
    fontSets.set(key, fonts);
  }
  return fonts;
}
parentPort.on("message", async ({ id, element, fonts }) => {
  try {
    const svg = await satori(element, { width, height, fonts: fontsFor(fonts) });
    const image = new Resvg(svg, { fitTo: { mode: "width", value: width } }).render();
    const png = encodeIndexedPng(image.width, image.height, image.pixels, zlib) ?? image.asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
`;

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface CardWorker {
  worker: Worker;
  jobs: Map<number, Job>;
  exited: boolean;
  /** Cards handed to this worker so far. */
  handed: number;
  /** Replaced: it ends once its last card is drawn. */
  retired: boolean;
  /** Settles when the worker has ended. */
  ended: Promise<void>;
}

type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

const require = createRequire(import.meta.url);

function startWorker(setup: WorkerSetup): CardWorker {
  const worker = new Worker(workerSource, { eval: true, workerData: setup });
  const ended = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  const cardWorker: CardWorker = { worker, jobs: new Map(), exited: false, handed: 0, retired: false, ended };
  // An idle worker must not keep the build (or the dev server's exit) waiting.
  worker.unref();
  worker.on("message", (reply: Reply) => {
    const job = cardWorker.jobs.get(reply.id);
    cardWorker.jobs.delete(reply.id);
    if (cardWorker.jobs.size === 0) {
      worker.unref();
      if (cardWorker.retired) void worker.terminate();
    }
    if ("error" in reply) job?.reject(new Error(`social card: ${reply.error}`));
    else job?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
  });
  const rejectAll = (error: Error) => {
    for (const job of cardWorker.jobs.values()) job.reject(error);
    cardWorker.jobs.clear();
  };
  worker.on("error", rejectAll);
  // A worker that stops without an error (killed, out of memory) must not leave its cards waiting forever.
  worker.on("exit", (code: number) => {
    cardWorker.exited = true;
    rejectAll(new Error(`social card: the drawing worker stopped (exit code ${code})`));
  });
  return cardWorker;
}

/** Ends `cardWorker` once the cards it was handed are drawn; it is sent no more. */
function retire(cardWorker: CardWorker): void {
  cardWorker.retired = true;
  if (cardWorker.jobs.size === 0) void cardWorker.worker.terminate();
}

export interface CardWorkers {
  /** Returns the PNG that satori and resvg draw for `element` (a satori element tree) with the font files `fonts`. */
  draw(element: object, fonts?: readonly CardFontFile[]): Promise<Buffer>;
  /** Stops every worker; cards still being drawn are rejected. */
  close(): Promise<void>;
  /** How many workers were started so far, and how many are running now. */
  counts(): { started: number; running: number };
}

/** Hands `cardWorker` the card `element` to draw; resolves with its PNG. */
function send(cardWorker: CardWorker, id: number, element: object, fonts: readonly CardFontFile[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    cardWorker.jobs.set(id, { resolve, reject });
    cardWorker.worker.ref();
    cardWorker.worker.postMessage({ id, element, fonts });
  });
}

/**
 * Starts the workers, each loaded with satori and resvg, and hands them cards in turn. Each worker is replaced after
 * `cardsPerWorker` cards, or when it stopped; its successor starts once it has ended, so no more than one worker
 * per slot ever runs.
 */
export function startCardWorkers(
  setup: Omit<WorkerSetup, "satoriPath" | "resvgPath">,
  cardsPerWorker = CARDS_PER_WORKER,
): CardWorkers {
  const fullSetup: WorkerSetup = {
    ...setup,
    satoriPath: require.resolve("satori"),
    resvgPath: require.resolve("@resvg/resvg-js"),
  };
  const running = new Set<CardWorker>();
  let started = 0;
  const start = (): CardWorker => {
    const cardWorker = startWorker(fullSetup);
    started += 1;
    running.add(cardWorker);
    void cardWorker.ended.then(() => running.delete(cardWorker));
    return cardWorker;
  };
  /** Returns the worker a slot's next card goes to, counting the card: its current one, or that one's successor. */
  const nextWorker = async (current: CardWorker): Promise<CardWorker> => {
    let chosen = current;
    if (current.exited || current.handed >= cardsPerWorker) {
      retire(current);
      await current.ended;
      chosen = start();
    }
    chosen.handed += 1;
    return chosen;
  };
  // Each slot's cards are handed in order, one promise after another.
  const slots: Promise<CardWorker>[] = Array.from({ length: MAX_WORKERS }, () => Promise.resolve(start()));
  let nextJobId = 0;
  return {
    draw(element, fonts = []) {
      const id = nextJobId++;
      const index = id % slots.length;
      const slot = (slots[index] as Promise<CardWorker>).then(nextWorker);
      slots[index] = slot;
      return slot.then((cardWorker) => send(cardWorker, id, element, fonts));
    },
    async close() {
      await Promise.all([...running].map((cardWorker) => cardWorker.worker.terminate()));
    },
    counts: () => ({ started, running: running.size }),
  };
}
