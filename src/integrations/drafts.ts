import type { AstroIntegration } from "astro";

/**
 * Tells the post query whether unpublished posts (drafts, scheduled) may be shown: only under
 * `astro dev`. Keyed on the command, not on NODE_ENV or the Vite mode, which a shell or test
 * runner can set to anything, so no setting can leak a draft into a production build.
 */
export function draftPreview(): AstroIntegration {
  return {
    name: "blog:draft-preview",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { "import.meta.env.BLOG_SHOW_UNPUBLISHED": JSON.stringify(command === "dev") } },
        });
      },
    },
  };
}
