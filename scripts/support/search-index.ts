import { join } from "node:path";
import * as pagefindService from "pagefind";
import { POST_PAGES_GLOB, SITE_FOLDERS } from "../../src/lib/urls/urls.ts";

/**
 * Writes the Pagefind index of a built site into its `pagefind/` folder and returns how many pages it read.
 * Only post pages are read: only they carry `data-pagefind-body`, so listings would add nothing but reading
 * time. Tags and categories become filters, the date a sort (all marked in the post layout). Each language
 * gets its own index, as each page's `<html lang>` says, so Japanese is segmented and German stemmed as such;
 * a search page loads the index of its own `<html lang>`.
 */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefindService.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const indexed = await index.addDirectory({ path: siteDir, glob: POST_PAGES_GLOB });
    if (indexed.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${indexed.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, SITE_FOLDERS.searchIndex) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: indexed.page_count };
  } finally {
    await pagefindService.close();
  }
}
