// `npm run code-theme`: writes src/styles/code.css, the stylesheet that colours highlighted code, from the
// Shiki themes named in src/lib/markdown/code-classes.ts. Run it after changing a theme or upgrading Shiki;
// tests/unit/code-classes.test.ts fails while the file and the themes disagree.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CODE_STYLESHEET_FILE, codeStylesheet } from "../src/lib/markdown/code-classes.ts";
import { projectRoot } from "./support/project.ts";

writeFileSync(join(projectRoot, CODE_STYLESHEET_FILE), codeStylesheet());
console.log(`Wrote ${CODE_STYLESHEET_FILE}.`);
