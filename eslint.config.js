// @ts-check
// `npm run lint`: typed typescript-eslint rules over every TypeScript file and the frontmatter of every
// `.astro` component, eslint-plugin-astro's rules over the components and their bundled `<script>`s.
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "dist.*/", ".astro/", "tests/.output/", ".bench/"]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  astro.configs["flat/recommended"],
  {
    files: ["**/*.astro"],
    languageOptions: {
      // astro-eslint-parser builds its own program from tsconfig.json; it has no project service.
      parserOptions: { projectService: false, project: true, extraFileExtensions: [".astro"] },
    },
    rules: {
      // Off -- the parser gives template markup no type, so every `.map((x) => <li>…</li>)` reads as "unsafe".
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // The `<script>`s of `.astro` files reach ESLint as virtual files (`Search.astro/1_1.ts`) that are in no
    // TypeScript program, so they get every rule but the typed ones (`astro check` type-checks them).
    files: ["**/*.astro/*.ts", "**/*.astro/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  {
    // Plain JavaScript here is configuration (`astro.config.mjs`, this file) run by Node, outside the
    // TypeScript program, so rules that need type information cannot run on it.
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      // Off -- tests walk parsed XML, JSON and YAML, typed `any`; their assertions are the check on its shape.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
);
