/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Posts with fewer h2 sections than this read fine without a table of contents. */
const TOC_MIN_SECTIONS = 3;

/** Returns the h2 and h3 headings a post's table of contents lists, or none when it has too few h2 sections. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2).length;
  return sections >= TOC_MIN_SECTIONS ? headings.filter((heading) => heading.depth === 2 || heading.depth === 3) : [];
}
