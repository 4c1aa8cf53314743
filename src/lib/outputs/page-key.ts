/** Incremental builds: the key of a page is a digest of everything it is given (its params and props). */
import { createHash } from "node:crypto";

/** Digests of arrays and objects already seen: a post shared by many pages is hashed once per build. */
const digests = new WeakMap<object, string>();

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Returns the text that stands for `value` in its parent's digest; throws for what it cannot stand for. */
function token(value: unknown, path: string): string {
  if (value === undefined) return "u";
  if (value === null || typeof value === "boolean" || typeof value === "number" || typeof value === "string")
    return JSON.stringify(value);
  if (value instanceof Date) return `D${String(value.getTime())}`;
  if (typeof value === "object") return digestOf(value, path);
  throw new Error(`page key: cannot digest a ${typeof value} at ${path}; give the page plain data as props`);
}

/** Returns a digest of a value made of plain objects, arrays, maps, sets, dates and primitives, memoised per object. */
function digestOf(value: object, path: string): string {
  const known = digests.get(value);
  if (known !== undefined) return known;
  let text: string;
  if (Array.isArray(value))
    text = `[${value.map((item, index) => token(item, `${path}[${String(index)}]`)).join(",")}]`;
  else if (value instanceof Map)
    text = `M[${[...value].map(([key, item]) => `${token(key, path)}:${token(item, `${path}.get(…)`)}`).join(",")}]`;
  else if (value instanceof Set) text = `S[${[...value].map((item) => token(item, `${path}(set)`)).join(",")}]`;
  else if (isPlainObject(value))
    text = `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${token(value[key], `${path}.${key}`)}`)
      .join(",")}}`;
  else
    throw new Error(
      `page key: cannot digest a ${value.constructor.name} at ${path}; give the page plain data as props`,
    );
  const digest = sha256(text);
  digests.set(value, digest);
  return digest;
}

/**
 * Returns the key of a page made from `params` and `props`: a digest of every value in them, so a page is
 * rendered again whenever anything it is given changes (code, styles, config and packages are Astro's to track).
 */
export function pageKey(params: Record<string, string | undefined>, props: unknown): string {
  return sha256(`${token(params, "params")}|${token(props, "props")}`);
}

/** Returns the paths with a `cacheKey` each, so Astro's incremental build can reuse a page whose key is unchanged. */
export function withPageKeys<Path extends { params: Record<string, string | undefined>; props?: unknown }>(
  paths: Path[],
): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageKey(path.params, path.props) }));
}
