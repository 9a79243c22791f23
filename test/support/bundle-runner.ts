import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { runGit } from "../../src/adapters/local/run-git.ts";
import type { GitHubStandin } from "./github-standin/index.ts";
import type { RunView } from "./github-standin/workflow-runner.ts";

const BUNDLE = join(resolve(import.meta.dirname, "../.."), "dist/action.js");

/**
 * Checkouts made, by repository and version: a commit's checkout is the same every time, so a later run at that
 * version starts from a copy of it instead of three git processes and a fetch. Never handed out themselves, so no job
 * can change one; bounded, as a file dispatches runs at a few versions only.
 */
const checkouts = new Map<string, Promise<string>>();
const MAX_CHECKOUTS = 32;

/** What one job printed and wrote to its summary, and the environment it ran in: what people read on the run's page. */
export interface BundleJob {
  readonly log: string;
  readonly summary: string;
  readonly environment: string;
}

export interface BundleRunnerOptions {
  /** Each environment's secrets, as GitHub would hold them. */
  readonly environmentSecrets?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Told about each job once it has run. */
  readonly onJob?: (runId: number, job: BundleJob) => void;
}

/**
 * A runner for the stand-in's ferry-stage runs, as a GitHub-hosted runner would be: it checks out
 * the run's version (one commit, as actions/checkout does), reads the workflow's job as Actions
 * would (its environment, the ferry step's `with:`), runs the real bundled Action
 * (`dist/action.js`) and concludes by its exit code.
 */
export function bundleRunner(
  gh: GitHubStandin,
  options: BundleRunnerOptions = {},
): (run: RunView) => Promise<"success" | "failure"> {
  /** The expressions the stage workflow uses, evaluated as Actions would for this run. */
  function evaluate(value: string, run: RunView, secrets: Readonly<Record<string, string>>): string {
    return value
      .replace(/\$\{\{\s*inputs\.([a-z_]+)\s*\}\}/g, (_m, input: string) => String(run.inputs[input] ?? ""))
      .replace(/\$\{\{\s*toJSON\(secrets\)\s*\}\}/g, () => JSON.stringify(secrets));
  }

  /**
   * What the runner makes of the workflow's job for this run: its environment (whose secrets the
   * secrets context then holds, with the job's token) and the `with:` of the ferry step as the
   * action's INPUT_* variables.
   */
  async function jobOf(
    run: RunView,
  ): Promise<{ readonly environment: string; readonly inputs: Record<string, string> }> {
    const text = await gh.readFile(run.owner, run.repo, run.sha, run.workflowPath);
    const doc = parse(text!) as {
      jobs: Record<string, { environment?: string; steps: { with?: Record<string, string> }[] }>;
    };
    const job = Object.values(doc.jobs).find((j) => j.steps.some((s) => s.with?.["command"] !== undefined))!;
    const environment = evaluate(job.environment ?? "", run, {});
    const secrets = { github_token: run.token, ...options.environmentSecrets?.[environment] };
    const step = job.steps.find((s) => s.with?.["command"] !== undefined)!;
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(step.with!))
      inputs[`INPUT_${name.toUpperCase()}`] = evaluate(String(value), run, secrets);
    return { environment, inputs };
  }

  /** Checks out the run's `version` input in `workspace`: a copy of the checkout of that commit. */
  async function checkout(workspace: string, run: RunView): Promise<void> {
    const version = String(run.inputs["version"]);
    // The clone URL carries a new token each time: the repository is named without it.
    const key = `${gh.baseUrl}/${run.owner}/${run.repo} ${version}`;
    let made = checkouts.get(key);
    if (!made) {
      made = fetchCommit(mkdtempSync(join(tmpdir(), "ferry-e2e-checkout-")), gh.cloneUrl(run.owner, run.repo), version);
      if (checkouts.size < MAX_CHECKOUTS) {
        checkouts.set(key, made);
        // A failed fetch is not kept: the next run at that version fetches again.
        made.catch(() => checkouts.delete(key));
      }
    }
    cpSync(await made, workspace, { recursive: true });
  }

  /** What a runner does with a ferry-stage run: check out the version, run the action, conclude by its exit code. */
  return async function executeRun(run: RunView): Promise<"success" | "failure"> {
    const workspace = mkdtempSync(join(tmpdir(), "ferry-e2e-ws-"));
    const files = mkdtempSync(join(tmpdir(), "ferry-e2e-job-"));
    const summary = join(files, "summary");
    writeFileSync(summary, "");
    try {
      // What actions/checkout does with `ref: <sha>`: a new repository that fetches that one commit, no history or
      // other branches (a full clone would also carry ferry/state's history, which grows with every test).
      const [job] = await Promise.all([jobOf(run), checkout(workspace, run)]);
      const runnerEnv = Object.fromEntries(Object.entries(run.env).filter(([k]) => !k.startsWith("INPUT_")));
      const env = {
        PATH: process.env["PATH"] ?? "/usr/bin:/bin",
        HOME: process.env["HOME"] ?? tmpdir(),
        ...runnerEnv,
        GITHUB_WORKSPACE: workspace,
        GITHUB_STEP_SUMMARY: summary,
        ...job.inputs,
      };
      let log = "";
      const code = await new Promise<number | null>((done) => {
        const child = spawn(process.execPath, [BUNDLE], { cwd: workspace, env, stdio: ["ignore", "pipe", "ignore"] });
        child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
        child.on("close", done);
      });
      options.onJob?.(run.id, { log, summary: readFileSync(summary, "utf8"), environment: job.environment });
      return code === 0 ? "success" : "failure";
    } finally {
      rmSync(workspace, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    }
  };
}

/** What actions/checkout does with `ref: <sha>`: a new repository in `dir` that fetches that one commit, detached. */
async function fetchCommit(dir: string, url: string, version: string): Promise<string> {
  await runGit(dir, ["init", "--quiet"]);
  await runGit(dir, ["fetch", "--quiet", "--no-tags", "--depth=1", url, version]);
  await runGit(dir, ["-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", "FETCH_HEAD"]);
  return dir;
}
