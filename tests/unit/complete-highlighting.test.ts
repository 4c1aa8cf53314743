import { describe, expect, it } from "vitest";
import { completeHighlighting } from "../../src/lib/markdown/complete-highlighting.ts";

describe("complete highlighting", () => {
  it("lifts Shiki's per-line time limit, so a busy machine never leaves a line uncoloured", () => {
    const transformer = completeHighlighting();
    const options = { lang: "python", tokenizeTimeLimit: 500 };
    const code = transformer.preprocess?.call(
      {} as ThisParameterType<NonNullable<typeof transformer.preprocess>>,
      "print(1)",
      options as unknown as Parameters<NonNullable<typeof transformer.preprocess>>[1],
    );
    expect(options.tokenizeTimeLimit).toBe(0);
    expect(code).toBe("print(1)");
  });
});
