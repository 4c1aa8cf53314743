import { splitFrontMatter } from "../../src/lib/content/front-matter.ts";
import { postUrl } from "../../src/lib/urls/urls.ts";
import { createRandom, zipfSampler, type Random } from "./random.ts";

/**
 * A synthetic blog corpus shaped like the seed post (src/content/posts/2024-12-01-fastapi-vs-django.md):
 * about 800 words (code included, as the reading time counts them), 5 headings, 3 code blocks in
 * several languages, a table, a list, inline code and links to older posts; 2 to 5 tags out of 30,
 * one category out of 6, dated over the 10 years 2015–2024. Prose words follow Zipf's law over a
 * 40,000-word vocabulary (a few hundred real words, then made-up ones), with each tag adding its
 * own topic words, so the search index sees a realistic long tail. A pure function of its options.
 */
export interface CorpusOptions {
  /** How many posts to make. */
  posts: number;
  /** Seed of the pseudo-random generator; the same seed gives the same corpus. */
  seed?: number;
}

export interface CorpusPost {
  /** File name, Jekyll style: `2019-04-07-<slug>.md`. */
  fileName: string;
  /** The slug the site publishes the post at: `/posts/<slug>/`. */
  slug: string;
  /** The whole file: front matter and Markdown body. */
  content: string;
  /** Words in the body, counted as the site's reading time counts them. */
  words: number;
  date: string;
  tags: string[];
}

export interface Corpus {
  seed: number;
  posts: CorpusPost[];
  /** A word most posts contain: a search for it matches many pages. */
  commonWord: string;
  /** How many posts contain `commonWord`. */
  commonWordPosts: number;
  /** A word exactly one post contains. */
  rareWord: string;
  /** The slug of the post that contains `rareWord`. */
  rarePostSlug: string;
}

export const DEFAULT_SEED = 20241201;

/** Target words in a post body: uniform over this range, so about 800 on average. */
export const WORDS_MIN = 740;
export const WORDS_MAX = 860;

export const COMMON_WORD = "system";
/** Built from letters the made-up vocabulary never uses (q, z), so no other post can contain it. */
export const RARE_WORD = "quetzalcoatlus";

export const TAGS: readonly string[] = [
  "Python",
  "TypeScript",
  "JavaScript",
  "Go",
  "Rust",
  "C++",
  "C#",
  "Java",
  "Kotlin",
  "SQL",
  "PostgreSQL",
  "Redis",
  "Docker",
  "Kubernetes",
  "AWS",
  "Linux",
  "Git",
  "Testing",
  "Performance",
  "Security",
  "DevOps",
  "CI/CD",
  "APIs",
  "GraphQL",
  "React",
  "Node.js",
  "Machine Learning",
  "Data Engineering",
  "Observability",
  "Architecture",
];

export const CATEGORIES: readonly string[] = ["Backend", "Frontend", "Infrastructure", "Data", "Tooling", "Career"];

/** Frequent words first: their rank in this list is their rank in the Zipf draw. */
const REAL_WORDS = (
  "the of and to a in is that for it with as was on be this are by at or from you not have but an " +
  "we they which one all their can has there more if when will so what about into than them only " +
  "its also some other these could time would out then two like our first how each because may " +
  ` ${COMMON_WORD} data code service request server query cache user file test build version change problem way ` +
  "team function value error result process memory network model object method state event config " +
  "database client response field table index thread queue message worker job update release deploy " +
  "performance latency throughput production local remote library framework package module type " +
  "interface class instance record schema migration backup storage disk volume container image " +
  "cluster node pod load balancer proxy route endpoint handler middleware session token secret key " +
  "permission role policy audit log metric trace alert dashboard incident review design pattern " +
  "layer boundary contract dependency graph tree list array map set string number integer boolean " +
  "loop branch commit merge conflict pipeline stage step check lint format style rule review " +
  "simple small large fast slow safe clear easy hard real new old good better best common useful " +
  "practical careful explicit implicit stable flaky broken working typical default custom shared " +
  "usually often rarely always never still already almost quite really simply mostly probably " +
  "make use need want run start stop keep find read write call return handle try fail retry measure " +
  "compare choose decide learn show explain expect notice avoid prefer allow support replace move " +
  "after before while during without between under over again instead across against through"
)
  .split(/\s+/)
  .filter(Boolean);

const VOCABULARY_SIZE = 40_000;
const ZIPF_EXPONENT = 1.0;
/** Share of prose words drawn from the post's tags' topic words rather than the whole vocabulary. */
const TOPIC_SHARE = 0.12;

const TOPIC_WORDS: Record<string, readonly string[]> = Object.fromEntries(
  TAGS.map((tag) => [tag, topicWords(tag)] as const),
);

function topicWords(tag: string): string[] {
  const base = tag.toLowerCase().replace(/[^a-z]+/g, "");
  const shared: Record<string, string[]> = {
    python: ["pip", "virtualenv", "asyncio", "pydantic", "django", "fastapi", "pytest", "typing"],
    typescript: ["generics", "narrowing", "tsconfig", "declaration", "union", "inference", "strict", "compiler"],
    javascript: ["promise", "closure", "bundler", "prototype", "callback", "browser", "npm", "esm"],
    go: ["goroutine", "channel", "defer", "interface", "gofmt", "modules", "context", "mutex"],
    rust: ["borrow", "lifetime", "ownership", "cargo", "trait", "unsafe", "tokio", "clippy"],
    c: ["template", "pointer", "allocator", "destructor", "header", "linker", "undefined", "cmake"],
    java: ["jvm", "garbage", "spring", "maven", "gradle", "bytecode", "annotation", "hotspot"],
    kotlin: ["coroutine", "nullable", "android", "extension", "sealed", "gradle", "compose", "jvm"],
    sql: ["join", "predicate", "subquery", "aggregate", "transaction", "isolation", "cursor", "window"],
    postgresql: ["vacuum", "wal", "replica", "explain", "planner", "btree", "extension", "psql"],
    redis: ["eviction", "pubsub", "keyspace", "ttl", "sentinel", "pipeline", "sorted", "stream"],
    docker: ["dockerfile", "layer", "registry", "compose", "entrypoint", "buildkit", "multistage", "volume"],
    kubernetes: ["kubectl", "deployment", "ingress", "helm", "namespace", "daemonset", "operator", "probe"],
    aws: ["lambda", "bucket", "iam", "cloudwatch", "dynamodb", "region", "ec2", "terraform"],
    linux: ["kernel", "systemd", "cgroup", "syscall", "inode", "strace", "epoll", "ulimit"],
    git: ["rebase", "bisect", "reflog", "cherry", "stash", "submodule", "hook", "worktree"],
    testing: ["fixture", "mock", "assertion", "coverage", "snapshot", "property", "regression", "harness"],
    performance: ["profile", "flamegraph", "allocation", "benchmark", "hotspot", "percentile", "cpu", "budget"],
    security: ["csrf", "xss", "injection", "tls", "certificate", "sandbox", "threat", "rotation"],
    devops: ["runbook", "oncall", "rollback", "canary", "provisioning", "ansible", "uptime", "toil"],
    cicd: ["workflow", "artifact", "runner", "matrix", "cache", "gate", "promotion", "nightly"],
    apis: ["rest", "pagination", "idempotency", "versioning", "openapi", "webhook", "ratelimit", "status"],
    graphql: ["resolver", "mutation", "subscription", "fragment", "dataloader", "federation", "scalar", "directive"],
    react: ["component", "hook", "render", "props", "suspense", "reconciler", "jsx", "memo"],
    nodejs: ["eventloop", "stream", "buffer", "libuv", "worker", "require", "esm", "npm"],
    machinelearning: ["gradient", "embedding", "feature", "training", "inference", "tensor", "dataset", "overfit"],
    dataengineering: ["etl", "parquet", "warehouse", "partition", "airflow", "spark", "lineage", "batch"],
    observability: ["span", "exemplar", "cardinality", "opentelemetry", "histogram", "slo", "sampling", "logs"],
    architecture: ["monolith", "microservice", "coupling", "cohesion", "boundary", "saga", "outbox", "adr"],
  };
  return shared[base] ?? ["design"];
}

/** Made-up words for the long tail: syllables without q, x or z, deduplicated against real words. */
function madeUpWords(random: Random, count: number, taken: Set<string>): string[] {
  const onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "st", "tr"];
  const vowels = ["a", "e", "i", "o", "u", "ai", "ou"];
  const codas = ["", "", "", "n", "r", "s", "l", "t"];
  const words: string[] = [];
  while (words.length < count) {
    const syllables = random.int(2, 4);
    let word = "";
    for (let i = 0; i < syllables; i++) word += random.pick(onsets) + random.pick(vowels) + random.pick(codas);
    if (taken.has(word)) continue;
    taken.add(word);
    words.push(word);
  }
  return words;
}

const LANGUAGE_OF_TAG: Record<string, string> = {
  Python: "python",
  TypeScript: "ts",
  JavaScript: "js",
  "Node.js": "js",
  React: "tsx",
  Go: "go",
  Rust: "rust",
  "C++": "cpp",
  "C#": "csharp",
  Java: "java",
  Kotlin: "kotlin",
  SQL: "sql",
  PostgreSQL: "sql",
  Docker: "dockerfile",
  Kubernetes: "yaml",
  "CI/CD": "yaml",
  Linux: "bash",
  Git: "bash",
  GraphQL: "graphql",
};
const OTHER_LANGUAGES = ["python", "ts", "bash", "sql", "go", "json", "yaml"];

const TITLE_NOUNS = [
  "caching",
  "connection pooling",
  "error handling",
  "deployments",
  "migrations",
  "background jobs",
  "rate limiting",
  "logging",
  "configuration",
  "testing strategy",
  "memory usage",
  "cold starts",
  "schema design",
  "retries",
  "feature flags",
  "build times",
  "code review",
  "on-call",
  "pagination",
  "dependency upgrades",
];
const TITLE_PATTERNS: readonly ((tag: string, noun: string, other: string) => string)[] = [
  (tag, noun) => `A Practical Guide to ${noun} in ${tag}`,
  (tag, noun) => `${tag} ${noun} in Production`,
  (tag, noun) => `What I Learned About ${noun} with ${tag}`,
  (tag, noun) => `Debugging ${noun}: a ${tag} Story`,
  (tag, noun) => `Faster ${noun} with ${tag}`,
  (tag, noun, other) => `${tag} vs ${other}: ${noun} Compared`,
  (tag, noun) => `Notes on ${noun} and ${tag}`,
  (tag, noun) => `${noun} Without Tears: ${tag} Edition`,
];
const HEADINGS = [
  "The Quick Answer",
  "Why This Matters",
  "How It Works",
  "Setting It Up",
  "A Worked Example",
  "Measuring the Difference",
  "Common Pitfalls",
  "What Went Wrong",
  "The Fix",
  "Trade-offs",
  "In Production",
  "Testing It",
  "Alternatives",
  "Lessons Learned",
  "Further Reading",
];
const IDENTIFIERS = [
  "user",
  "order",
  "cache",
  "client",
  "config",
  "result",
  "items",
  "payload",
  "record",
  "session",
  "queue",
  "worker",
  "retries",
  "timeout",
  "limit",
  "offset",
  "total",
  "buffer",
  "handler",
  "request",
];

const ASCII_WORD = /[A-Za-z0-9]/;
const ANY_WORD = /[\p{L}\p{N}]/u;

/** Counts words as src/lib/reading.ts does for ASCII text: whitespace-separated tokens with a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (ASCII_WORD.test(token) || ANY_WORD.test(token)) count++;
  return count;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/\+/g, "p")
    .replace(/#/g, "sharp")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isoDay(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

const FIRST_DAY = Date.UTC(2015, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2024, 11, 31) / 86_400_000;

function codeBlock(random: Random, language: string): string {
  const id = () => random.pick(IDENTIFIERS);
  const n = () => random.int(1, 500);
  const [a, b, c] = [id(), id(), id()];
  const fn = `${random.pick(["load", "save", "fetch", "build", "check", "parse", "sync"])}${capitalize(id())}`;
  const lines: Record<string, () => string[]> = {
    python: () => [
      `def ${fn}(${a}, ${b}=None):`,
      `    """Return the ${c} for ${a}, retrying up to ${n()} times."""`,
      `    ${c} = ${a}.get("${b}", ${n()})`,
      `    if ${c} is None:`,
      `        raise ValueError("missing ${b}")`,
      `    for attempt in range(${n()}):`,
      `        logger.info("attempt %s of ${fn}", attempt)`,
      `    return {"${c}": ${c}, "count": ${n()}}`,
    ],
    ts: () => [
      `export async function ${fn}(${a}: string, ${b} = ${n()}): Promise<number> {`,
      `  const ${c} = await fetch(\`/api/${a}/\${${a}}\`);`,
      `  if (!${c}.ok) throw new Error(\`${fn} failed: \${${c}.status}\`);`,
      `  const body = (await ${c}.json()) as { total: number };`,
      `  return Math.min(body.total, ${b});`,
      `}`,
    ],
    tsx: () => [
      `export function ${capitalize(fn)}({ ${a} }: { ${a}: string[] }) {`,
      `  const [${b}, set${capitalize(b)}] = useState(${n()});`,
      `  return (`,
      `    <ul>`,
      `      {${a}.slice(0, ${b}).map((item) => <li key={item}>{item}</li>)}`,
      `    </ul>`,
      `  );`,
      `}`,
    ],
    js: () => [
      `export function ${fn}(${a}, ${b} = ${n()}) {`,
      `  const ${c} = new Map();`,
      `  for (const item of ${a}) ${c}.set(item.id, item);`,
      `  return [...${c}.values()].slice(0, ${b});`,
      `}`,
    ],
    go: () => [
      `func ${capitalize(fn)}(ctx context.Context, ${a} string) (int, error) {`,
      `\t${b}, err := store.Get(ctx, ${a})`,
      `\tif err != nil {`,
      `\t\treturn 0, fmt.Errorf("${fn}: %w", err)`,
      `\t}`,
      `\treturn len(${b}) + ${n()}, nil`,
      `}`,
    ],
    rust: () => [
      `pub fn ${fn.toLowerCase()}(${a}: &str) -> Result<usize, Error> {`,
      `    let ${b} = cache.get(${a}).ok_or(Error::Missing)?;`,
      `    let ${c}: Vec<_> = ${b}.iter().take(${n()}).collect();`,
      `    Ok(${c}.len())`,
      `}`,
    ],
    cpp: () => [
      `std::vector<int> ${fn}(const std::string& ${a}) {`,
      `    std::vector<int> ${b};`,
      `    ${b}.reserve(${n()});`,
      `    for (auto ch : ${a}) ${b}.push_back(static_cast<int>(ch));`,
      `    return ${b};`,
      `}`,
    ],
    csharp: () => [
      `public async Task<int> ${capitalize(fn)}Async(string ${a})`,
      `{`,
      `    var ${b} = await _db.Items.Where(x => x.Name == ${a}).ToListAsync();`,
      `    return ${b}.Count + ${n()};`,
      `}`,
    ],
    java: () => [
      `public int ${fn}(String ${a}) {`,
      `    List<String> ${b} = repository.findAll(${a});`,
      `    return ${b}.stream().filter(s -> s.length() > ${n()}).toList().size();`,
      `}`,
    ],
    kotlin: () => [
      `suspend fun ${fn}(${a}: String): Int {`,
      `    val ${b} = repository.load(${a}) ?: return ${n()}`,
      `    return ${b}.count { it.isActive }`,
      `}`,
    ],
    sql: () => [
      `SELECT ${a}.id, count(${b}.id) AS ${c}_count`,
      `FROM ${a}s AS ${a}`,
      `JOIN ${b}s AS ${b} ON ${b}.${a}_id = ${a}.id`,
      `WHERE ${a}.created_at > now() - interval '${n()} days'`,
      `GROUP BY ${a}.id`,
      `ORDER BY ${c}_count DESC`,
      `LIMIT ${n()};`,
    ],
    dockerfile: () => [
      `FROM node:24-slim AS build`,
      `WORKDIR /app`,
      `COPY package*.json ./`,
      `RUN npm ci --omit=dev`,
      `COPY . .`,
      `EXPOSE ${n()}`,
      `CMD ["node", "server.js"]`,
    ],
    yaml: () => [
      `${a}:`,
      `  name: ${fn}`,
      `  replicas: ${random.int(1, 9)}`,
      `  ${b}:`,
      `    timeout: ${n()}s`,
      `    retries: ${random.int(1, 5)}`,
      `  ${c}: [${id()}, ${id()}]`,
    ],
    bash: () => [
      `#!/usr/bin/env bash`,
      `set -euo pipefail`,
      `for ${a} in $(ls ./${b}); do`,
      `  echo "processing $${a}"`,
      `  ./bin/${fn} --limit ${n()} "$${a}"`,
      `done`,
    ],
    graphql: () => [
      `query ${capitalize(fn)}($${a}: ID!) {`,
      `  ${a}(id: $${a}) {`,
      `    ${b}(first: ${n()}) { edges { node { id ${c} } } }`,
      `  }`,
      `}`,
    ],
    json: () => [`{`, `  "${a}": ${n()},`, `  "${b}": "${fn}",`, `  "${c}": [${n()}, ${n()}, ${n()}]`, `}`],
  };
  const make = lines[language] ?? lines["json"]!;
  return ["```" + language, ...make(), "```"].join("\n");
}

function table(random: Random, word: () => string): string {
  const columns = random.int(3, 4);
  const rows = random.int(4, 6);
  const header = Array.from({ length: columns }, (_, i) => (i === 0 ? "Option" : capitalize(word())));
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (let r = 0; r < rows; r++) {
    const cells = Array.from({ length: columns }, (_, i) =>
      i === 0 ? capitalize(word()) : random.chance(0.5) ? `${random.int(1, 999)} ms` : word(),
    );
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** Returns the corpus for `options`: the same options always give the same posts, byte for byte. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(options.posts) || options.posts < 1) throw new Error("posts must be a positive integer");
  const random = createRandom(seed);
  const taken = new Set(REAL_WORDS);
  for (const words of Object.values(TOPIC_WORDS)) for (const word of words) taken.add(word);
  const vocabulary = [...new Set(REAL_WORDS), ...madeUpWords(random, VOCABULARY_SIZE - taken.size, taken)];
  const zipf = zipfSampler(random, vocabulary.length, ZIPF_EXPONENT);
  const rareIndex = Math.floor(options.posts / 2);

  const posts: CorpusPost[] = [];
  for (let index = 0; index < options.posts; index++) {
    const tags = random.sample(TAGS, random.int(2, 5));
    const topic = tags.flatMap((tag) => TOPIC_WORDS[tag] ?? []);
    const word = (): string => (random.chance(TOPIC_SHARE) ? random.pick(topic) : (vocabulary[zipf()] as string));
    const sentence = (length: number): string => {
      const words: string[] = [];
      for (let i = 0; i < length; i++) words.push(word());
      words[0] = capitalize(words[0] as string);
      if (length > 8 && random.chance(0.4)) words[random.int(3, length - 3)] += ",";
      return `${words.join(" ")}.`;
    };
    /** A paragraph of exactly `budget` words, sometimes with inline code, bold or a link to an older post. */
    const paragraph = (budget: number): string => {
      const parts: string[] = [];
      let left = budget;
      if (left > 12 && random.chance(0.3)) {
        parts.push(`Use \`${random.pick(IDENTIFIERS)}.${random.pick(IDENTIFIERS)}()\` with **${word()} ${word()}**.`);
        left -= 5;
      }
      if (left > 12 && index > 0 && random.chance(0.25)) {
        const older = posts[random.int(0, index - 1)] as CorpusPost;
        parts.push(`See [${word()} ${word()}](${postUrl(older.slug)}) too.`);
        left -= 4;
      }
      while (left > 0) {
        const length = Math.min(left, random.int(6, 22));
        parts.push(sentence(length));
        left -= length;
      }
      return parts.join(" ");
    };

    const [first, other] = [tags[0] as string, random.pick(TAGS.filter((tag) => tag !== tags[0]))];
    const title = random.pick(TITLE_PATTERNS)(first, random.pick(TITLE_NOUNS), other);
    const slug = `${slugify(title)}-${(index + 1).toString(36)}`;
    const date = isoDay(random.int(FIRST_DAY, LAST_DAY));
    const headings = random.sample(HEADINGS, 5);
    const languageOf = (tag: string | undefined) => (tag && LANGUAGE_OF_TAG[tag]) || random.pick(OTHER_LANGUAGES);
    const fixed = {
      headings: headings.map((heading, i) => `${i === 2 ? "###" : "##"} ${heading}`),
      table: table(random, word),
      code: [languageOf(tags[0]), languageOf(tags[1]), languageOf(random.pick(tags))].map((language) =>
        codeBlock(random, language),
      ),
      list: Array.from({ length: random.int(3, 5) }, () => `- ${sentence(random.int(4, 9))}`).join("\n"),
    };
    const fixedWords = countWords([...fixed.headings, fixed.table, ...fixed.code, fixed.list].join("\n"));
    const target = random.int(WORDS_MIN, WORDS_MAX);
    const paragraphs = 9;
    const proseBudget = Math.max(paragraphs * 10, target - fixedWords);
    const budgets = Array.from({ length: paragraphs }, () => 0.6 + random.next() * 0.8);
    const budgetSum = budgets.reduce((sum, b) => sum + b, 0);
    const wordsOf = budgets.map((b) => Math.max(8, Math.round((b / budgetSum) * proseBudget)));
    wordsOf[paragraphs - 1] = Math.max(8, proseBudget - wordsOf.slice(0, -1).reduce((sum, w) => sum + w, 0));
    const p = wordsOf.map(paragraph);
    if (index === rareIndex) p[0] = (p[0] as string).replace(/\S+\.$/, `${RARE_WORD}.`);
    const [h1, h2, h3, h4, h5] = fixed.headings;
    const [c1, c2, c3] = fixed.code;
    const body = [
      p[0],
      p[1],
      h1,
      p[2],
      fixed.table,
      p[3],
      h2,
      p[4],
      c1,
      h3,
      p[5],
      fixed.list,
      c2,
      h4,
      p[6],
      c3,
      p[7],
      h5,
      p[8],
    ].join("\n\n");
    const description = sentence(random.int(14, 24));
    const frontMatter = [
      "---",
      "layout: post",
      `title: ${JSON.stringify(title)}`,
      `date: ${date}`,
      `description: ${JSON.stringify(description)}`,
      `categories: [${random.pick(CATEGORIES)}]`,
      `tags: [${tags.map((tag) => JSON.stringify(tag)).join(", ")}]`,
      ...(random.chance(0.5) ? [`reading_time: ${Math.max(1, Math.ceil(target / 230))}`] : []),
      "---",
    ].join("\n");
    posts.push({
      fileName: `${date}-${slug}.md`,
      slug,
      content: `${frontMatter}\n\n${body}\n`,
      words: fixedWords + wordsOf.reduce((sum, w) => sum + w, 0),
      date,
      tags,
    });
  }
  const commonPattern = new RegExp(`\\b${COMMON_WORD}\\b`, "i");
  return {
    seed,
    posts,
    commonWord: COMMON_WORD,
    commonWordPosts: posts.filter((post) => commonPattern.test(postBody(post.content))).length,
    rareWord: RARE_WORD,
    rarePostSlug: (posts[rareIndex] as CorpusPost).slug,
  };
}

/** Returns the Markdown body of a post file (what follows the front matter). */
export function postBody(content: string): string {
  return content.slice(splitFrontMatter(content)?.block.length ?? 0);
}
