/** The reading phase of the post check: every post file read as strict UTF-8, and the files that only look like posts. */
import { readFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { join } from "node:path";
import { listMisnamedPostFiles, listPostFiles } from "../content/post-files.ts";
import type { PostProblem } from "./problems.ts";

/** Returns the 1-based line of the first byte sequence in `bytes` that is not UTF-8. */
function firstNonUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    if (!isUtf8(bytes.subarray(start, index))) return line;
    line++;
    start = index + 1;
  }
  return line;
}

/** Returns a file's text, or the problem that it is not UTF-8 (a Latin-1 `Café` would publish as `Caf�`). */
export function decodePostFile(file: string, bytes: Uint8Array): { text: string } | { problem: PostProblem } {
  if (isUtf8(bytes)) return { text: new TextDecoder("utf-8").decode(bytes) };
  return {
    problem: {
      file,
      line: firstNonUtf8Line(bytes),
      message: "not valid UTF-8 text (saved as Latin-1 or Windows-1252?): save the file as UTF-8",
    },
  };
}

/**
 * Returns the text of every post file under `root` in `folders` (the files Astro's loader reads), and the
 * problems found reading them: files that are not UTF-8, and files skipped for their extension's spelling.
 */
export function readPostSources(
  root: string,
  folders: readonly string[],
): { sources: Map<string, string>; problems: PostProblem[] } {
  const sources = new Map<string, string>();
  const problems: PostProblem[] = [];
  const postFiles = listPostFiles(root, folders);
  for (const file of postFiles) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(root, file));
    } catch (error) {
      // A dangling symlink or an unreadable file: reported, and every other file still checked.
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({ file, message: `cannot be read (${reason}): fix or remove the file` });
      continue;
    }
    const read = decodePostFile(file, bytes);
    if ("problem" in read) problems.push(read.problem);
    else sources.set(file, read.text);
  }
  for (const file of listMisnamedPostFiles(root, folders, postFiles)) {
    const extension = file.slice(file.lastIndexOf(".") + 1);
    problems.push({
      file,
      message: `".${extension}" is not read as a post (only .md, .mdx and .markdown are): rename it to end in .${extension.toLowerCase()}`,
    });
  }
  return { sources, problems };
}
