// `npm run check`: every problem with every post, in one run, without building the site.
import { fileURLToPath } from "node:url";
import { checkPostFolders } from "../src/lib/checks/post-check.ts";
import { formatProblems, isError } from "../src/lib/checks/problems.ts";
import { postFolders } from "../src/lib/content/post-files.ts";
import { site } from "../src/site.config.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const folders = postFolders();
const posts = (count: number) => `${count} post${count === 1 ? "" : "s"}`;
console.log(`Checking posts in ${folders.join(", ")}…`);

const { problems: found, fileCount } = checkPostFolders(root, folders, { refuseMdx: site.mdxPosts === "refuse" });
if (found.length > 0) console.log(formatProblems(found));
// Warnings are shown and stop nothing.
const problems = found.filter(isError);

const badFiles = new Set(problems.map((problem) => problem.file)).size;
console.log(
  problems.length === 0
    ? `No problems in ${posts(fileCount)}.`
    : `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${badFiles} of ${posts(fileCount)}.`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
