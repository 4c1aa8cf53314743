/** What a check reports: one problem a line, precise enough to fix without opening anything else. */
/** One thing wrong with one post, precise enough to fix without opening anything else. */
export interface PostProblem {
  /** Path of the post file, relative to the project root. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number | undefined;
  /** Front matter key, such as `tags` or `tags.1`, when the problem is in one. */
  field?: string | undefined;
  message: string;
  /** A warning is reported but stops nothing; every other problem stops the build. */
  severity?: "warning" | undefined;
}

/** Returns whether a problem stops the build (everything but warnings). */
export function isError(problem: PostProblem): boolean {
  return problem.severity !== "warning";
}

/** Returns one line a problem, `file:line: field: message`, as editors and terminals link them. */
export function formatProblems(problems: readonly PostProblem[]): string {
  return problems
    .map((problem) => {
      const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
      if (!isError(problem)) return `${place}: warning: ${problem.message}`;
      return problem.field ? `${place}: ${problem.field}: ${problem.message}` : `${place}: ${problem.message}`;
    })
    .join("\n");
}
