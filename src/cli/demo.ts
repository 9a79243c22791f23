import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { simpleGit } from "simple-git";
import { GitStateStore } from "../adapters/local/git-state-store.ts";
import { LocalReporter } from "../adapters/local/local-reporter.ts";
import { systemClock } from "../adapters/local/system-clock.ts";
import { MemoryCatalog } from "../adapters/memory/memory-catalog.ts";
import { ScriptedRunner } from "../adapters/memory/scripted-runner.ts";
import { stateLine } from "../core/deployment-summary.ts";
import { Engine } from "../engine/engine.ts";
import type { DeploymentEvent } from "../engine/engine-types.ts";
import { deploymentSpecOf } from "../manifest/deployment-spec-of.ts";
import { loadManifest } from "../manifest/load-manifest.ts";
import { formatSourceError } from "../manifest/source-error.ts";
import { formatTable } from "./format-table.ts";

/**
 * `npm run demo`: a temporary git repository with one deployment per built-in lifecycle, merged
 * the way a pull request is, driven through the real engine onto a real `ferry/state` branch.
 * Stages are answered by an in-memory runner for now (local processes come with the runner
 * issue); the second website release fails its health check and is rolled back.
 */
const examples = fileURLToPath(new URL("../../examples/", import.meta.url));
const deployments = { website: "standard", fleet: "rolling", "orders-stack": "stack-migration", vps: "setup-deploy", "preview-42": "preview" } as const;
const identity = ["user.name=ferry demo", "user.email=demo@ferry.invalid", "init.defaultBranch=main", "commit.gpgsign=false"];

const repo = mkdtempSync(join(tmpdir(), "ferry-demo-"));
const git = simpleGit({ baseDir: repo, config: identity });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};

/** Commits on a branch and merges it into main with a merge commit, as GitHub's merge button does. */
async function merge(branch: string, files: Record<string, string>, title: string): Promise<string> {
  await git.checkoutLocalBranch(branch);
  for (const [path, text] of Object.entries(files)) write(path, text);
  await git.add(Object.keys(files));
  await git.commit(title);
  await git.checkout("main");
  await git.merge(["--no-ff", "-m", `Merge pull request from ${branch}\n\n${title}`, branch]);
  return (await git.revparse(["HEAD"])).trim();
}

await git.init();
write("README.md", "# demo service\n");
await git.add("README.md");
await git.commit("initial commit");

const manifests: Record<string, string> = {};
for (const [name, lifecycle] of Object.entries(deployments)) manifests[`.ferry/deployments/${name}.yml`] = readFileSync(join(examples, `${lifecycle}.yml`), "utf8");
const v1 = await merge("add-deployments", { ...manifests, "site/index.html": "<h1>v1</h1>\n" }, "Add ferry deployments");

const specs = Object.entries(manifests).map(([file, text]) => {
  const loaded = loadManifest(text, file);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatSourceError).join("\n"));
  return deploymentSpecOf(loaded.manifest, loaded.lifecycle);
});

let badVersion = "";
const runner = new ScriptedRunner((request) => {
  if (request.deployment === "website" && request.stage === "health-check" && request.version === badVersion) return { ok: false, message: "GET /health answered 503 three times" };
  return { ok: true };
}, systemClock);
const store = new GitStateStore(repo);
const engine = new Engine({ store, catalog: new MemoryCatalog(specs), runner, reporter: new LocalReporter((line) => console.log(`  ${line}`)), clock: systemClock });
runner.connect((events) => engine.submit(events));

/** Waits until the engine has written everything and no stage is still running. */
async function settle(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    await engine.idle();
    await runner.idle();
    await engine.idle();
    const snapshot = await store.read(Object.keys(deployments));
    const moving = [...snapshot.deployments.values()].some((d) => d.kind === "ok" && d.state.stages.some((s) => s.status === "dispatching" || s.status === "running"));
    if (!moving) return;
  }
  throw new Error("the demo did not settle");
}

let n = 0;
const event = (deployment: string, type: "pause" | "deploy", version?: string): DeploymentEvent => ({
  deployment,
  event: type === "deploy" ? { type, id: `demo-${++n}`, at: systemClock.now(), actor: "octocat", cause: "merge", version: version! } : { type, id: `demo-${++n}`, at: systemClock.now(), actor: "octocat", cause: "cli" },
});

console.log(`ferry demo — repository ${repo}\n`);
console.log(`1. Merged "Add ferry deployments" (${v1.slice(0, 7)}); every deployment deploys it:`);
await engine.submit(Object.keys(deployments).map((d) => event(d, "deploy", v1)));
await settle();

badVersion = await merge("website-v2", { "site/index.html": "<h1>v2</h1>\n" }, "Website v2");
console.log(`\n2. Merged "Website v2" (${badVersion.slice(0, 7)}); its health check fails, so ferry rolls back to ${v1.slice(0, 7)}:`);
await engine.submit([event("website", "deploy", badVersion)]);
await settle();

console.log("\n3. Pausing preview-42 (the `ferry:pause` label, locally):");
await engine.submit([event("preview-42", "pause")]);
await settle();

const snapshot = await store.read(Object.keys(deployments));
const rows = Object.entries(deployments).map(([name, lifecycle]) => {
  const read = snapshot.deployments.get(name);
  if (read?.kind !== "ok") return [name, lifecycle, read?.kind ?? "absent", "", ""];
  const s = read.state;
  return [name, lifecycle, stateLine(s), s.updatedAt.slice(11, 19), s.error ? `${s.error.step}: ${s.error.message}` : ""];
});
console.log("\nStatus");
console.log(formatTable(["DEPLOYMENT", "LIFECYCLE", "STATE", "SINCE", "LAST ERROR"], rows));

console.log("\nHistory of website (the ferry/state branch's git log is the audit log)");
for (const commit of await store.history("website", 10)) console.log(`  ${commit.sha.slice(0, 7)}  ${commit.subject}`);

console.log(`\nInspect it yourself:\n  git -C ${repo} log --oneline ferry/state\n  git -C ${repo} show ferry/state:deployments/website.json\n  git -C ${repo} show ferry/state:reports/website.md`);
