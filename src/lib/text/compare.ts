/** Orders strings by code point, as `sort()` does, so every build and machine orders them the same way. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
