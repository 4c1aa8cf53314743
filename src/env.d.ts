interface ImportMetaEnv {
  /** True only under `astro dev`: drafts and scheduled posts are shown, marked. Set by `src/integrations/drafts.ts`. */
  readonly BLOG_SHOW_UNPUBLISHED: boolean;
}
