// `npm run bench:import -- [--posts N] [--runs R]`: writes a Jekyll site of N posts (default 1,000) shaped on the
// fixture sites (Liquid reading _data/, Octopress tags, kramdown extras, math, translations in three languages,
// images), imports it with `npm run import:jekyll` into a scratch folder R times (default 3), and prints the
// median wall time of the whole command. The budget: under 10 s for 1,000 posts.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fail, readArguments } from "./support/cli.ts";
import { projectRoot } from "./support/project.ts";
import { median } from "./support/stats.ts";

const USAGE = "Usage: npm run bench:import -- [--posts N] [--runs R]";
const command = { name: "bench-jekyll-import", usage: USAGE };
const { values } = readArguments(command, {
  posts: { type: "string", default: "1000" },
  runs: { type: "string", default: "3" },
});
const postCount = Number(values.posts);
const runs = Number(values.runs);
if (!Number.isInteger(postCount) || postCount < 1 || !Number.isInteger(runs) || runs < 1) fail(command, USAGE);

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** Writes `text` at `path` under `root`, making its folders. */
function write(root: string, path: string, text: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Returns the body of the synthetic post `index`: every class of conversion, in a few hundred words. */
function body(index: number): string {
  return `{% assign release = site.data.releases | where: "version", "1.${index % 50}.0" | first %}
Release {{ release.version }} of {{ site.title }}, post {{ page.title | downcase }} :tada:.

![Figure](/images/figure-${index % 20}.png)

{% codeblock demo.rb lang:ruby %}
def step(x) = x * ${index}
{% endcodeblock %}

{% highlight js linenos %}
const total = [1, 2, 3].reduce((a, b) => a + b, ${index});
{% endhighlight %}

The loss $$L(\\theta_{${index}})$$ falls; a run costs $${index % 9}.

$$
\\begin{align}
a &= b \\\\
c &= d
\\end{align}
$$

Term ${index}
: Its definition.

*[API]: Application Programming Interface

The API answers.

| a | b |
|---|---|
| 1 | 2 |
|---|---|
| 3 | 4 |

1. First
  - nested
2. Second

{% for mirror in site.data.mirrors %}- [{{ mirror.name }}]({{ mirror.url }})
{% endfor %}
${"Paragraph text that makes the post as long as a real one, with a [link](/about/) now and then. ".repeat(20)}
`;
}

/** Writes a Jekyll site of `count` posts into `root`: a third of them in Japanese and German copies of English ones. */
function writeSite(root: string, count: number): void {
  write(
    root,
    "_config.yml",
    "title: Bench Site\nurl: https://bench.example.org\npermalink: pretty\ntimezone: UTC\nplugins: [jemoji]\n",
  );
  const releases = Array.from({ length: 50 }, (_, n) => `- version: 1.${n}.0\n  tag: v1_${n}_0\n`).join("");
  write(root, "_data/releases.yml", releases);
  write(root, "_data/mirrors.csv", "name,url\nAsia,https://asia.example.org/\nEurope,https://eu.example.org/\n");
  for (let n = 0; n < 20; n++) write(root, `images/figure-${n}.png`, PNG);
  const languages = ["en", "ja", "de"];
  for (let index = 0; index < count; index++) {
    const lang = languages[index % 3] ?? "en";
    const story = Math.floor(index / 3);
    const day = new Date(Date.UTC(2015, 0, 1) + story * 86_400_000).toISOString().slice(0, 10);
    const front = `---\nlayout: post\ntitle: "Post ${story} (${lang}) *notes*"\ndate: ${day} 10:00:00 +0000\nlang: ${lang}\ntags: [bench, t${story % 10}]\n---\n`;
    write(root, `${lang}/news/_posts/${day}-post-${story}.md`, front + body(index));
  }
}

const scratch = mkdtempSync(join(tmpdir(), "jekyll-bench-"));
try {
  const site = join(scratch, "site");
  writeSite(site, postCount);
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const out = join(scratch, `out-${run}`);
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      ["scripts/import-jekyll.ts", site, "--out", out, "--public", join(scratch, `public-${run}`)],
      { cwd: projectRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    seconds.push((performance.now() - started) / 1000);
    if (result.status !== 0 && result.status !== 2) fail(command, `the import failed:\n${result.stderr}`);
    const took = /^Took .*$/m.exec(result.stdout)?.[0] ?? "";
    console.log(
      `run ${run + 1}: ${seconds.at(-1)?.toFixed(2)} s wall (${took}) — ${result.stdout.trim().split("\n").at(-1)}`,
    );
  }
  console.log(
    `Imported ${postCount} posts: median ${median(seconds).toFixed(2)} s over ${runs} run(s) (budget: 10 s for 1,000).`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
