import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { AstroError } from "astro/errors";
import { checkPosts } from "../lib/checks/post-check.ts";
import { formatProblems } from "../lib/checks/problems.ts";
import { listPostFiles, postFolders } from "../lib/content/post-files.ts";

/** Checks every post under `root`; returns the report, or nothing when all are fine. */
function checkAllPosts(root: string): string | undefined {
  const files = listPostFiles(root, postFolders());
  const problems = checkPosts(new Map(files.map((file) => [file, readFileSync(root + file, "utf8")])));
  if (problems.length === 0) return undefined;
  return `${problems.length} problem${problems.length === 1 ? "" : "s"} in posts:\n${formatProblems(problems)}`;
}

/**
 * Checks every post before Astro reads any, so a build with bad posts stops at once and names every
 * problem in every file (Astro's own validation stops at the first, and lets YAML turn `2024-13-45`
 * into a date in 2025). The dev server reports them at start and again whenever a post is saved,
 * and keeps running so the author can fix and save.
 */
export function postCheck(): AstroIntegration {
  let root = "";
  const report = (logger: AstroIntegrationLogger) => {
    const problems = checkAllPosts(root);
    if (problems) logger.error(problems);
  };
  return {
    name: "blog:post-check",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command === "build") {
          const problems = checkAllPosts(root);
          if (problems) throw new AstroError(problems, "Fix these and build again; nothing was built.");
        }
        if (command === "dev") report(logger);
      },
      "astro:server:setup": ({ server, logger }) => {
        const folders = postFolders();
        server.watcher.on("change", (file) => {
          const path = relative(root, file);
          if (folders.some((folder) => path.startsWith(`${folder}/`)) && /\.(md|mdx|markdown)$/.test(path))
            report(logger);
        });
      },
    },
  };
}
