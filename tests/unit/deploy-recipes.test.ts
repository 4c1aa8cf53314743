import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { projectRoot } from "../support/fixture-site.ts";

const read = (path: string) => readFileSync(join(projectRoot, path), "utf8");

/** The build command and output folder the README documents: its `npm run build` row. */
const documented = (() => {
  const row = /^\| `(npm run [^`]+)`\s*\|\s*production build into `([^`]+)\/`/m.exec(read("README.md"));
  if (!row) throw new Error("README.md no longer documents the production build command");
  return { command: row[1]!, outDir: row[2]! };
})();

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Workflow {
  on: { push?: { branches?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string | string[]; steps: Step[]; environment?: { name: string } }>;
}

const workflow = parseYaml(read(".github/workflows/deploy.yml")) as Workflow;
const buildSteps = workflow.jobs["build"]?.steps ?? [];
const action = (name: string) => buildSteps.find((step) => step.uses?.startsWith(`${name}@`));

/** Runs the workflow step that derives the base path and site URL, as Actions would, for a repository. */
function derivedSite(repository: string, variables: Record<string, string> = {}): Record<string, string> {
  const script = buildSteps.find((step) => step.id === "site")?.run;
  if (!script) throw new Error("deploy.yml has no step with id `site`");
  const folder = mkdtempSync(join(tmpdir(), "deploy-recipe-"));
  const outputFile = join(folder, "output");
  try {
    const result = spawnSync("bash", ["-e", "-c", script], {
      env: {
        PATH: process.env["PATH"],
        GITHUB_REPOSITORY: repository,
        GITHUB_REPOSITORY_OWNER: repository.split("/")[0],
        GITHUB_OUTPUT: outputFile,
        // Actions sets a step's `env` entries even when the variable they read is unset, as empty strings.
        BASE_PATH_OVERRIDE: variables["BASE_PATH"] ?? "",
        SITE_URL_OVERRIDE: variables["SITE_URL"] ?? "",
      },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`the step failed: ${result.stderr}`);
    const lines = readFileSync(outputFile, "utf8").trim().split("\n");
    return Object.fromEntries(lines.map((line) => line.split(/=(.*)/s).slice(0, 2)));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe("the GitHub Pages workflow", () => {
  it("deploys main with the permissions Pages needs", () => {
    expect(workflow.on.push?.branches).toEqual(["main"]);
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(workflow.jobs["deploy"]?.needs).toBe("build");
    expect(workflow.jobs["deploy"]?.environment?.name).toBe("github-pages");
    expect(workflow.jobs["deploy"]?.steps.some((step) => step.uses?.startsWith("actions/deploy-pages@"))).toBe(true);
  });

  it("installs with npm on Node 22 or later, then runs the README's build command and uploads its output", () => {
    expect(action("actions/checkout")).toBeDefined();
    expect(Number(action("actions/setup-node")?.with?.["node-version"])).toBeGreaterThanOrEqual(22);
    const install = buildSteps.findIndex((step) => /^npm install\b/.test(step.run ?? ""));
    const build = buildSteps.findIndex((step) => step.run === documented.command);
    expect(install).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(install);
    expect(buildSteps[build]?.env).toEqual({
      BASE_PATH: "${{ steps.site.outputs.base_path }}",
      SITE_URL: "${{ steps.site.outputs.site_url }}",
    });
    expect(documented).toEqual({ command: "npm run build", outDir: "dist" });
    expect(action("actions/upload-pages-artifact")?.with?.["path"]).toBe(documented.outDir);
  });

  it("serves a project repository under its name and a <owner>.github.io repository at the root", () => {
    expect(derivedSite("ada/field-notes")).toEqual({
      base_path: "/field-notes/",
      site_url: "https://ada.github.io",
    });
    expect(derivedSite("Ada/ada.github.io")).toEqual({ base_path: "/", site_url: "https://ada.github.io" });
    expect(derivedSite("Ada/Ada.GitHub.io")).toEqual({ base_path: "/", site_url: "https://ada.github.io" });
  });

  it("lets repository variables set a custom domain", () => {
    expect(derivedSite("ada/field-notes", { SITE_URL: "https://notes.example.org", BASE_PATH: "/" })).toEqual({
      base_path: "/",
      site_url: "https://notes.example.org",
    });
  });
});

describe("netlify.toml", () => {
  const netlify = parseToml(read("netlify.toml")) as {
    build: { command: string; publish: string; environment?: Record<string, string> };
    redirects: { from: string; to: string; status: number }[];
  };

  it("runs the README's build command and publishes its output", () => {
    expect(netlify.build.command).toBe(documented.command);
    expect(netlify.build.publish).toBe(documented.outDir);
    expect(Number(netlify.build.environment?.["NODE_VERSION"])).toBeGreaterThanOrEqual(22);
  });

  it("answers any path without a file with the site's 404 page and a 404 status", () => {
    expect(netlify.redirects).toContainEqual({ from: "/*", to: "/404.html", status: 404 });
  });
});

describe("the README's Cloudflare Pages settings", () => {
  const setting = (name: string) => new RegExp(`^\\| ${name}\\s*\\| \`([^\`]+)\``, "m").exec(read("README.md"))?.[1];

  it("use the same build command and output folder", () => {
    expect(setting("Build command")).toBe(documented.command);
    expect(setting("Build output directory")).toBe(documented.outDir);
  });
});
