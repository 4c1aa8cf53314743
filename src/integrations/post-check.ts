import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { checkPosts, formatProblems } from "../lib/post-check.ts";
import { listPostFiles, postFolders } from "../lib/post-files.ts";

/**
 * Checks every post before Astro reads any, so a build with bad posts stops at once and names every
 * problem in every file (Astro's own validation stops at the first). The dev server only reports
 * them: it keeps running so the author can fix and save.
 */
export function postCheck(): AstroIntegration {
  return {
    name: "blog:post-check",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        if (command !== "build" && command !== "dev") return;
        const root = fileURLToPath(config.root);
        const files = listPostFiles(root, postFolders());
        const problems = checkPosts(new Map(files.map((file) => [file, readFileSync(root + file, "utf8")])));
        if (problems.length === 0) return;
        const report = `${problems.length} problem${problems.length === 1 ? "" : "s"} in posts:\n${formatProblems(problems)}`;
        if (command === "dev") logger.error(report);
        else throw new AstroError(report, "Fix these and build again; nothing was built.");
      },
    },
  };
}
