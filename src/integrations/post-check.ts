import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { AstroError } from "astro/errors";
import { checkPostFolders } from "../lib/checks/post-check.ts";
import { formatProblems, isError, type PostProblem } from "../lib/checks/problems.ts";
import { nextScheduledDate, writeNextScheduled } from "../lib/checks/schedule.ts";
import { hasPostExtension, postFolders } from "../lib/content/post-files.ts";
import { site } from "../site.config.ts";

/** Returns the report of `problems`, or nothing when there are none. */
function report(problems: readonly PostProblem[], what: string): string | undefined {
  if (problems.length === 0) return undefined;
  return `${problems.length} ${what}${problems.length === 1 ? "" : "s"} in posts:\n${formatProblems(problems)}`;
}

/**
 * Checks every post under `root`; returns the report of errors and that of warnings (nothing when there are none),
 * and when the next scheduled post comes due.
 */
function checkAllPosts(root: string): {
  errors: string | undefined;
  warnings: string | undefined;
  nextScheduled: Date | undefined;
} {
  const checkedAt = new Date();
  const { problems, posts } = checkPostFolders(root, postFolders(), { refuseMdx: site.mdxPosts === "refuse" });
  return {
    errors: report(problems.filter(isError), "problem"),
    warnings: report(
      problems.filter((problem) => !isError(problem)),
      "warning",
    ),
    nextScheduled: nextScheduledDate(posts, checkedAt),
  };
}

/**
 * Checks every post before Astro reads any, so a build with bad posts stops at once and names every
 * problem in every file (Astro's own validation stops at the first, and lets YAML turn `2024-13-45`
 * into a date in 2025). The dev server reports them at start and again whenever a post is saved,
 * and keeps running so the author can fix and save.
 */
export function postCheck(): AstroIntegration {
  let root = "";
  const reportAll = (logger: AstroIntegrationLogger) => {
    const { errors, warnings } = checkAllPosts(root);
    if (errors) logger.error(errors);
    if (warnings) logger.warn(warnings);
  };
  return {
    name: "blog:post-check",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command === "build") {
          const { errors, warnings, nextScheduled } = checkAllPosts(root);
          if (errors) throw new AstroError(errors, "Fix these and build again; nothing was built.");
          if (warnings) logger.warn(warnings);
          writeNextScheduled(fileURLToPath(config.cacheDir), nextScheduled);
        }
        if (command === "dev") reportAll(logger);
      },
      "astro:server:setup": ({ server, logger }) => {
        const folders = postFolders();
        server.watcher.on("change", (file) => {
          const path = relative(root, file);
          if (folders.some((folder) => path.startsWith(`${folder}/`)) && hasPostExtension(path)) reportAll(logger);
        });
      },
    },
  };
}
