import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { simpleGit } from "simple-git";
import { processIo } from "./cli-io.ts";
import { runCli } from "./run-cli.ts";

/**
 * `npm run demo`: local mode end to end. A temporary git repository gets one deployment per
 * built-in lifecycle, merged the way GitHub merges a pull request; `ferry sync` runs every stage
 * as a local process and records each state change on the real `ferry/state` branch. Then one
 * deployment is paused, a website release fails its health check and is rolled back, and the
 * status table and the website's history are printed. Last, `ferry fleet simulate` rolls a
 * version out over 20 simulated instances and rolls back a failing one. No GitHub account needed.
 */
const examples = fileURLToPath(new URL("../../examples/", import.meta.url));
const deployments = {
  website: "standard",
  fleet: "rolling",
  "orders-stack": "stack-migration",
  vps: "setup-deploy",
  "preview-42": "preview",
} as const;
const identity = [
  "user.name=ferry demo",
  "user.email=demo@ferry.invalid",
  "init.defaultBranch=main",
  "commit.gpgsign=false",
];

const repo = mkdtempSync(join(tmpdir(), "ferry-demo-"));
const git = simpleGit({ baseDir: repo, config: identity });

/** Commits on a branch and merges it into main with a merge commit, as GitHub's merge button does. */
async function merge(branch: string, files: Record<string, string>, title: string): Promise<string> {
  await git.checkoutLocalBranch(branch);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  await git.add(Object.keys(files));
  await git.commit(title);
  await git.checkout("main");
  await git.merge(["--no-ff", "-m", `Merge pull request from ${branch}\n\n${title}`, branch]);
  return (await git.revparse(["HEAD"])).trim();
}

/** Runs a ferry command as a person would type it, showing the command first. */
async function ferry(...args: string[]): Promise<number> {
  console.log(`\n$ ferry ${args.join(" ")}`);
  return runCli(["--repo", repo, ...args], processIo);
}

/**
 * The fleet simulation has a repository of its own and waits mostly on git and its rounds: it runs
 * beside the rest of the demo, and its output is printed in its place, at the end.
 */
const FLEET = ["fleet", "simulate", "--instances", "20", "--batch-size", "10", "--fail-rate", "0.15", "--seed", "7"];
const fleetOutput: string[] = [];
const fleet = runCli(FLEET, {
  out: (text) => fleetOutput.push(text),
  err: (text) => fleetOutput.push(text),
  terminal: processIo.terminal ?? false,
});

await git.init();
writeFileSync(join(repo, "README.md"), "# demo service\n");
await git.add("README.md");
await git.commit("initial commit");

console.log(`ferry demo — a temporary repository at ${repo}`);
const manifests = Object.fromEntries(
  Object.entries(deployments).map(([name, lifecycle]) => [
    `.ferry/deployments/${name}.yml`,
    readFileSync(join(examples, `${lifecycle}.yml`), "utf8"),
  ]),
);
const v1 = await merge(
  "add-deployments",
  { ...manifests, "site/index.html": "<h1>v1</h1>\n" },
  "Add ferry deployments",
);
console.log(`\n1. Merged "Add ferry deployments" (${v1.slice(0, 7)}): one deployment per built-in lifecycle.`);
await ferry("sync");

console.log("\n2. Pause the preview environment (what the ferry:pause label does):");
await ferry("pause", "preview-42");

const v2 = await merge(
  "website-v2",
  { "site/index.html": "<h1>v2</h1>\n", "site/BROKEN": "this release answers 503\n" },
  "Website v2",
);
console.log(
  `\n3. Merged "Website v2" (${v2.slice(0, 7)}); its health check fails, so ferry rolls back to ${v1.slice(0, 7)}:`,
);
await ferry("sync");

console.log("\n4. Where everything stands:");
await ferry("status");
await ferry("history", "website", "--limit", "8");

console.log(
  "\n5. A fleet: 20 instances whose agents heartbeat over ferry's HTTP API (simulated, on a repository of its own).\n   v1 rolls out 10 at a time; v2 breaks on some instances, its first batch crosses the failure threshold, and ferry rolls it back to v1:",
);
console.log(`\n$ ferry ${FLEET.join(" ")}`);
const fleetCode = await fleet;
for (const line of fleetOutput) process.stdout.write(line.endsWith("\n") ? line : `${line}\n`);
if (fleetCode !== 0) process.exitCode = fleetCode;

console.log(`\nInspect the state branch with plain git:
  git -C ${repo} log --oneline ferry/state
  git -C ${repo} show ferry/state:deployments/website.json
  git -C ${repo} show ferry/state:reports/website.md`);
