/** The one shape of a post that the checks across posts, the redirect check and the Jekyll importer share. */

/** What the checks across posts know of one post: its file, its address and the names and old paths it claims. */
export interface CheckedPost {
  /** Path of the post file, relative to the project root. */
  file: string;
  /** The post's slug: its address is `/posts/<slug>/` (in the site's language). */
  slug: string;
  /** Tag names as written; left out where only the post's address and old paths matter. */
  tags?: readonly string[] | undefined;
  /** Category names as written; left out where only the post's address and old paths matter. */
  categories?: readonly string[] | undefined;
  /** Old addresses (`redirect_from`), each a site path. */
  redirectFrom: readonly string[];
  /** The post's language (canonical BCP 47); the site's when left out. Outside it, the address is `/<lang>/posts/<slug>/`. */
  lang?: string | undefined;
  /** The key its translations share: `translation_key`, else the file name; left out where translations do not matter. */
  translationKey?: string | undefined;
  /** Whether `translation_key` was written, rather than taken from the file name. */
  explicitKey?: boolean | undefined;
  /** When the post was published; left out where only its address and names matter. */
  date?: Date | undefined;
  /** Whether the post is a draft. */
  draft?: boolean | undefined;
}
