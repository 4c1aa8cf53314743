import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/support/project.ts";

/**
 * The layers of `src/lib`, bottom first (ARCHITECTURE.md): a file may import from its own folder and
 * from folders listed before its own, never after, so the arrows run one way.
 */
const LAYERS = ["text", "urls", "content", "markdown", "checks", "outputs", "authoring", "import"];

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|astro)$/.test(entry.name))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
}

/** Returns the project-relative files that `file` imports by relative path. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), "utf8");
  return [...text.matchAll(IMPORT)].map((match) =>
    relative(projectRoot, resolve(projectRoot, dirname(file), match[1] ?? "")),
  );
}

function layerOf(file: string): number {
  const folder = file.split("/")[2] ?? "";
  return LAYERS.indexOf(folder);
}

describe("the code's architecture", () => {
  const libFiles = sourceFiles("src/lib");

  it("puts every file of src/lib in a known layer", () => {
    expect(libFiles.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it("imports within src/lib only from the same layer or a lower one", () => {
    const upward = libFiles.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith("src/lib/") && layerOf(target) > layerOf(file))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it("has no import circles in src/ or scripts/", () => {
    const files = [...sourceFiles("src"), ...sourceFiles("scripts")];
    const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]));
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...path.slice(path.indexOf(file)), file].join(" -> "));
        return;
      }
      state.set(file, "open");
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });

  it("never imports the tests from src/ or scripts/", () => {
    const intoTests = [...sourceFiles("src"), ...sourceFiles("scripts")].flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith("tests/"))
        .map((target) => `${file} -> ${target}`),
    );
    expect(intoTests).toEqual([]);
  });

  it("names every layer and every code folder in ARCHITECTURE.md and the README's layout", () => {
    const architecture = readFileSync(join(projectRoot, "ARCHITECTURE.md"), "utf8");
    const readme = readFileSync(join(projectRoot, "README.md"), "utf8");
    const layerFolders = readdirSync(join(projectRoot, "src/lib"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(layerFolders.sort()).toEqual([...LAYERS].sort());
    for (const folder of layerFolders) {
      expect(architecture).toContain(`\`${folder}/`);
      expect(readme).toContain(`src/lib/${folder}/`);
    }
    for (const folder of ["src/pages/", "src/components/", "src/integrations/", "scripts/support/", "tests/unit/"]) {
      expect(architecture).toContain(folder);
      expect(readme).toContain(folder);
    }
  });

  it("finds the imports it checks (the rule above is not vacuous)", () => {
    expect(importsOf("src/lib/content/posts.ts")).toContain("src/lib/urls/urls.ts");
    expect(importsOf("scripts/audit.ts")).toContain("scripts/support/stats.ts");
  });
});
