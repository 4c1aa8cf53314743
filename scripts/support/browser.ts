import { chromium, type Browser } from "playwright-core";

/** The Debian Chromium the tests and scripts drive; `.ci/run` installs it. Nothing here downloads a browser. */
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Flags for headless Chromium on a closed network: no sandbox (root), no background connections. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium with `CHROMIUM_FLAGS`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS });
}
