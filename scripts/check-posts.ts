// `npm run check`: every problem with every post, in one run, without building the site.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkPosts } from "../src/lib/checks/post-check.ts";
import { formatProblems, isError } from "../src/lib/checks/problems.ts";
import { listPostFiles, postFolders } from "../src/lib/content/post-files.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const folders = postFolders();
const files = listPostFiles(root, folders);
const posts = (count: number) => `${count} post${count === 1 ? "" : "s"}`;
console.log(`Checking ${posts(files.length)} in ${folders.join(", ")}…`);

const found = checkPosts(new Map(files.map((file) => [file, readFileSync(root + file, "utf8")])));
if (found.length > 0) console.log(formatProblems(found));
// Warnings are shown and stop nothing.
const problems = found.filter(isError);

const badFiles = new Set(problems.map((problem) => problem.file)).size;
console.log(
  problems.length === 0
    ? `No problems in ${posts(files.length)}.`
    : `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${badFiles} of ${posts(files.length)}.`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
