import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { childEnv, projectRoot } from "./project.ts";

/** Returns a loopback port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A running `astro preview` or `astro dev` server. */
export interface AstroServer {
  origin: string;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** How long a server may take to say it listens (30 s unless given), and its port (a free one unless given). */
interface ServerOptions {
  startTimeoutMs?: number;
  port?: number;
}

/** Starts `astro preview` (what `npm run preview` runs) over `outDir` on a free loopback port. */
export function startPreview(outDir: string, env: Record<string, string> = {}): Promise<AstroServer> {
  return startAstroServer(["preview", "--ignore-lock"], { BLOG_OUT_DIR: outDir, ...env });
}

/** Starts `astro dev` (what `npm run dev` runs) on a free loopback port. */
export function startDev(env: Record<string, string> = {}, options: ServerOptions = {}): Promise<AstroServer> {
  return startAstroServer(["dev", "--ignore-lock"], env, options);
}

async function startAstroServer(
  command: string[],
  env: Record<string, string>,
  { startTimeoutMs = 30_000, port: givenPort }: ServerOptions = {},
): Promise<AstroServer> {
  const port = givenPort ?? (await freePort());
  const astro = join(projectRoot, "node_modules/astro/bin/astro.mjs");
  const child: ChildProcess = spawn(
    process.execPath,
    [astro, ...command, "--port", String(port), "--host", "127.0.0.1"],
    {
      cwd: projectRoot,
      env: childEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`astro ${command[0]} did not start in ${startTimeoutMs / 1000} s:\n${output}`)),
      startTimeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`astro ${command[0]} exited with ${code}:\n${output}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
