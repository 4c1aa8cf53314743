// `npm run new -- "My Post Title" [--tags a,b] [--mdx] [--dir folder]`: writes a draft post dated today
// (in the site's time zone) into the first posts folder, or `--dir`, and prints its path.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { calendarDay } from "../src/lib/content/dates.ts";
import { listPostFiles, postFolders } from "../src/lib/content/post-files.ts";
import { parseTagList, postWithSlug, scaffoldPost } from "../src/lib/authoring/scaffold.ts";
import { postUrl } from "../src/lib/urls/urls.ts";
import { site } from "../src/site.config.ts";
import { fail, readArguments } from "./support/cli.ts";

const USAGE = 'Usage: npm run new -- "My Post Title" [--tags a,b] [--mdx] [--dir folder]';
const command = { name: "new-post", usage: USAGE };
const root = fileURLToPath(new URL("../", import.meta.url));

const { values, positionals } = readArguments(command, {
  tags: { type: "string", default: "" },
  mdx: { type: "boolean", default: false },
  dir: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const tags = parseTagList(values.tags);
const post = (() => {
  try {
    return scaffoldPost({
      title: positionals.join(" "),
      day: calendarDay(new Date(), site.timeZone),
      tags,
      mdx: values.mdx,
    });
  } catch (error) {
    fail(command, `${(error as Error).message}\n${USAGE}`);
  }
})();

const folder = resolve(root, values.dir ?? postFolders()[0] ?? "src/content/posts");
const path = resolve(folder, post.fileName);
const shown = relative(process.cwd(), path);
if (existsSync(path)) fail(command, `${shown} already exists; nothing was written.`);
const folders = [...new Set([relative(root, folder), ...postFolders()])];
const clash = postWithSlug(post.slug, listPostFiles(root, folders));
if (clash)
  fail(command, `${clash} already has the URL ${postUrl(post.slug)}; choose another title. Nothing was written.`);

mkdirSync(folder, { recursive: true });
try {
  // `wx` creates the file or fails if it exists, in one step, so nothing is ever overwritten.
  writeFileSync(path, post.text, { flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EEXIST")
    fail(command, `${shown} already exists; nothing was written.`);
  throw error;
}

console.log(shown);
const tagged = tags.length > 0 ? `, tagged ${tags.join(", ")}` : "";
console.log(`Draft${tagged}: it will be published at ${postUrl(post.slug)} once you remove \`draft: true\`.`);
