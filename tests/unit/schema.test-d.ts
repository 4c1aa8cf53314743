import { expectTypeOf, test } from "vitest";
import type { PostData } from "../../src/lib/content/schema.ts";

// Checked by `tsc` in `npm test`: what pages may rely on once the schema has run.
test("validated front matter has dates as instants and lists always present", () => {
  expectTypeOf<PostData["title"]>().toEqualTypeOf<string>();
  expectTypeOf<PostData["date"]>().toEqualTypeOf<Date>();
  expectTypeOf<PostData["updated"]>().toEqualTypeOf<Date | undefined>();
  expectTypeOf<PostData["tags"]>().toEqualTypeOf<string[]>();
  expectTypeOf<PostData["categories"]>().toEqualTypeOf<string[]>();
  expectTypeOf<PostData["reading_time"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<PostData["draft"]>().toEqualTypeOf<boolean>();
  expectTypeOf<PostData["redirect_from"]>().toEqualTypeOf<string[]>();
  expectTypeOf<PostData["author"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<PostData["lang"]>().toEqualTypeOf<string>();
  expectTypeOf<PostData["translation_key"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<PostData>().not.toHaveProperty("tgas");
});
