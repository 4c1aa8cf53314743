/** The one shape of a post that the checks across posts, the redirect check and the Jekyll importer share. */

/** What the checks across posts know of one post: its file, its address and the names and old paths it claims. */
export interface CheckedPost {
  /** Path of the post file, relative to the project root. */
  file: string;
  /** The post's slug: its address is `/posts/<slug>/`. */
  slug: string;
  /** Tag names as written; left out where only the post's address and old paths matter. */
  tags?: readonly string[] | undefined;
  /** Category names as written; left out where only the post's address and old paths matter. */
  categories?: readonly string[] | undefined;
  /** Old addresses (`redirect_from`), each a site path. */
  redirectFrom: readonly string[];
}
