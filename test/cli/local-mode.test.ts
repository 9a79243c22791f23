import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runGit } from "../../src/adapters/local/run-git.ts";
import { childProcesses, waitFor } from "../support/processes.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { commitToStateBranch, stateHead } from "../support/state-branch.ts";
import { commitFiles, copyRepo, GIT_IDENTITY, tempRepo } from "../support/temp-repo.ts";

/** A manifest whose health check fails when the version carries `site/BROKEN`. */
const WEB = `lifecycle: standard
environment: production
triggers:
  branches: [main]
  paths: ["site/**"]
stages:
  install:
    steps:
      - run: echo "installing $FERRY_VERSION"
  health-check:
    steps:
      - run: test ! -f site/BROKEN || { echo "site reports BROKEN" >&2; exit 1; }
  rollback:
    steps:
      - run: echo "restoring $FERRY_VERSION"
`;

/** Merges a branch with these files into main with a merge commit, as GitHub's merge button does. */
async function merge(repo: string, branch: string, files: Record<string, string>): Promise<string> {
  const git = simpleGit({ baseDir: repo, config: GIT_IDENTITY });
  await git.checkoutLocalBranch(branch);
  await commitFiles(repo, files, `change on ${branch}`);
  await git.checkout("main");
  await git.merge(["--no-ff", "-m", `Merge pull request from ${branch}`, branch]);
  return (await git.revparse(["HEAD"])).trim();
}

const stateFile = async (repo: string, name: string) =>
  (await runGit(repo, ["show", `ferry/state:deployments/${name}.json`], { check: false })).stdout;

interface World {
  readonly repo: string;
  readonly v1: string;
}

/**
 * The repositories tests start from, built once for the file (each sync runs real stages, the slowest part of a
 * test); a test gets its own copy (`copyRepo`), so nothing one test does reaches another. One sync per hook keeps
 * each hook as short as a test.
 * - merged: a merge added the web deployment at `v1`; nothing synced yet.
 * - running: `merged` after a sync: web runs `v1` (run 1).
 * - rolledBack: `running`, then `v2` broke the health check and was rolled back: web runs `v1` again (run 3, rollback).
 */
const templates: { merged?: World; running?: World; rolledBack?: World & { readonly v2: string } } = {};
beforeAll(async () => {
  const repo = await tempRepo();
  const v1 = await merge(repo, "add-web", { ".ferry/deployments/web.yml": WEB, "site/index.html": "v1\n" });
  templates.merged = { repo: copyRepo(repo), v1 };
  expect((await runFerryInProcess(["--repo", repo, "sync"])).code).toBe(0);
  templates.running = { repo, v1 };
});
beforeAll(async () => {
  const { repo, v1 } = copyOf(templates.running);
  const v2 = await merge(repo, "break-site", { "site/BROKEN": "yes\n" });
  expect((await runFerryInProcess(["--repo", repo, "sync"])).code).toBe(1);
  templates.rolledBack = { repo, v1, v2 };
});

/** A copy of a template for one test. */
function copyOf<T extends World>(template: T | undefined): T {
  if (!template) throw new Error("the templates are built in beforeAll");
  return { ...template, repo: copyRepo(template.repo) };
}
const webMerged = () => copyOf(templates.merged);
const webRunning = () => copyOf(templates.running);
const webRolledBack = () => copyOf(templates.rolledBack);

// Commands run in this process, so the stages they start are this process's children: none may
// outlive its test. Children the worker had before the test (a transformer service) are not its own.
let childrenBefore: ReadonlySet<string> = new Set();
const newChildren = () => childProcesses().filter((child) => !childrenBefore.has(child));
beforeEach(() => {
  childrenBefore = new Set(childProcesses());
});
afterEach(async () => {
  await waitFor(() => newChildren().length === 0);
  expect(newChildren()).toEqual([]);
});

describe("ferry init and validate", () => {
  it("init writes the example manifest, the stage workflow and the app settings, and refuses to overwrite them", async () => {
    const repo = await tempRepo();
    const first = await runFerryInProcess(["--repo", repo, "init"]);
    expect(first.code).toBe(0);
    for (const path of [".ferry/deployments/web.yml", ".github/workflows/ferry-stage.yml", ".github/ferry.yml"])
      expect(first.stdout).toContain(`wrote ${path}`);
    writeFileSync(join(repo, ".github/ferry.yml"), "# mine\n");
    const second = await runFerryInProcess(["--repo", repo, "init"]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      "refusing to overwrite .ferry/deployments/web.yml, .github/workflows/ferry-stage.yml, .github/ferry.yml",
    );
    expect(readFileSync(join(repo, ".github/ferry.yml"), "utf8")).toBe("# mine\n");
    expect((await runFerryInProcess(["--repo", repo, "validate"])).stdout).toContain("1 deployment(s) valid");
  });

  it("validate prints file:line:col errors and exits 1; a repository without .ferry/ is refused", async () => {
    const repo = await tempRepo({
      ".ferry/deployments/web.yml":
        "lifecycle: standard\nstages:\n  install:\n    steps:\n      - run: echo\n    timeout: soon\n",
    });
    const bad = await runFerryInProcess(["--repo", repo, "validate"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^\.ferry\/deployments\/web\.yml:6:14 /m);
    const bare = await tempRepo();
    const none = await runFerryInProcess(["--repo", bare, "validate"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("has no .ferry/ folder");
  });
});

describe("ferry plan, sync, status, history, show and the label actions on a real repository", () => {
  it("plan is a dry run: it shows the transitions and writes nothing", async () => {
    const { repo } = webMerged();
    const planned = await runFerryInProcess(["--repo", repo, "plan", "--json"]);
    expect(planned.code).toBe(0);
    const plan = JSON.parse(planned.stdout) as {
      steps: { deployment: string; stages: string[]; transitions: string[] }[];
    };
    expect(plan.steps).toMatchObject([{ deployment: "web", stages: ["install"] }]);
    expect(plan.steps[0]!.transitions[0]).toBe("requested → validating");
    expect(await stateHead(repo)).toBe("");
  });

  it("sync deploys the merge with local processes, and a second sync has nothing to do", async () => {
    const { repo, v1 } = webMerged();
    const synced = await runFerryInProcess(["--repo", repo, "sync"]);
    expect(synced.code).toBe(0);
    expect(synced.stdout).toContain(`${v1.slice(0, 7)} merge: Merge pull request from add-web`);
    expect(synced.stdout).toContain(`web/install │ installing ${v1}`);
    expect(synced.stdout).toContain(`web: running on ${v1.slice(0, 7)} (run 1)`);
    expect((await runFerryInProcess(["--repo", repo, "sync"])).stdout).toContain(
      "nothing new on main since the last sync",
    );
    const status = JSON.parse((await runFerryInProcess(["--repo", repo, "status", "--json"])).stdout) as unknown[];
    expect(status).toMatchObject([
      {
        deployment: "web",
        state: "running",
        outcome: "succeeded",
        version: v1,
        run: { id: 1, attempt: 1, kind: "deploy" },
        error: null,
        description: `running on ${v1.slice(0, 7)} (run 1)`,
      },
    ]);
    const history = JSON.parse(
      (await runFerryInProcess(["--repo", repo, "history", "web", "--json"])).stdout,
    ) as unknown[];
    expect(history[0]).toMatchObject({
      from: "health_checking",
      to: "running",
      event: "stage.succeeded",
      run: 1,
      kind: "deploy",
      version: v1,
      outcome: "succeeded",
      error: null,
    });
    expect(history.at(-1)).toMatchObject({ from: "requested", to: "validating", event: "deploy", run: 1 });
    const shown = await runFerryInProcess(["--repo", repo, "show", "web"]);
    // A terminal gets the verdict and the timeline as text; the Markdown is behind --markdown.
    expect(shown.stdout).toContain(`web: ✅ Deployed ${v1.slice(0, 7)}`);
    // The manifest declares two of the run's stages (install, health-check); the lifecycle's optional others are skipped, not counted.
    expect(shown.stdout).toMatch(/, 2\/2 stages$/m);
    expect(shown.stdout).toMatch(/^STEP +STARTED \(UTC\) +TOOK +RESULT +LOG$/m);
    expect(shown.stdout).toMatch(
      /^installing \(install\) +\d\d:\d\d:\d\d +\S+ +✅ succeeded · .* file:\/\/\S+install\.log$/m,
    );
    expect(shown.stdout).not.toContain("```mermaid");
    const markdown = await runFerryInProcess(["--repo", repo, "show", "web", "--markdown"]);
    expect(markdown.stdout).toContain(`### ✅ Deployed \`${v1.slice(0, 7)}\``);
    expect(markdown.stdout).toContain("#### Timeline");
    expect(markdown.stdout).toContain("```mermaid");
  });

  it("a failing health check rolls back; sync says so and exits 1", async () => {
    const { repo, v1 } = webRunning();
    const v2 = await merge(repo, "break-site", { "site/BROKEN": "yes\n" });
    const synced = await runFerryInProcess(["--repo", repo, "sync"]);
    expect(synced.code).toBe(1);
    expect(synced.stderr).toContain("web (rolled back)");
    expect(synced.stdout).toContain(`web: rolling_back on ${v1.slice(0, 7)} (run 3, rollback)`);
    const state = JSON.parse(await stateFile(repo, "web")) as {
      run: { version: string; kind: string };
      error: { step: string; message: string };
      rolledBack: { version: string };
    };
    expect(state.run).toMatchObject({ version: v1, kind: "rollback" });
    expect(state.error).toMatchObject({ step: "health-check" });
    expect(state.error.message).toContain("site reports BROKEN");
    expect(state.rolledBack.version).toBe(v2);
    // history: the failed run reads as rolled back with its error, the rollback run as succeeded.
    const history = JSON.parse((await runFerryInProcess(["--repo", repo, "history", "web", "--json"])).stdout) as {
      run: number;
      outcome: string;
      to: string;
      error: { step: string } | null;
      version: string;
    }[];
    expect(history.find((h) => h.to === "rollback_needed")).toMatchObject({
      run: 2,
      version: v2,
      outcome: "rolled-back",
      error: { step: "health-check", state: "health_checking" },
    });
    expect(history.find((h) => h.to === "rolling_back")).toMatchObject({
      run: 3,
      kind: "rollback",
      outcome: "succeeded",
    });
    const shown = (await runFerryInProcess(["--repo", repo, "show", "web", "--markdown"])).stdout;
    expect(shown).toContain(`### ⚠️ Rolled back: \`${v2.slice(0, 7)}\` failed \`health-check\``);
    expect(shown).toMatch(/\[log of `health-check`\]\(file:\/\/.*web\/2-1-health-check\.log\)/);
    const text = (await runFerryInProcess(["--repo", repo, "show", "web"])).stdout;
    expect(text).toContain(`web: ⚠️ Rolled back: ${v2.slice(0, 7)} failed health-check`);
    expect(text).toMatch(/^rolled back: run 2 \(\w{7}\): health-check failed in health_checking/m);
    expect(text).toMatch(/^ {2}log: file:\/\/.*web\/2-1-health-check\.log$/m);
  });

  it("the label actions work locally: pause, resume, explicit deploy, stop; refusals (rollback, drop) exit 1", async () => {
    const { repo, v1 } = webRolledBack();
    expect((await runFerryInProcess(["--repo", repo, "pause", "web"])).code).toBe(0);
    expect((await runFerryInProcess(["--repo", repo, "status"])).stdout).toMatch(
      /web +standard +running on \w+ \(run 3, rollback\) — paused/,
    );
    expect((await runFerryInProcess(["--repo", repo, "resume", "web"])).code).toBe(0);
    // An explicit deploy redeploys even the version that runs now: a person asked for it.
    const explicit = await runFerryInProcess(["--repo", repo, "deploy", "web", "--version", v1]);
    expect(explicit.code).toBe(0);
    expect(JSON.parse(await stateFile(repo, "web"))).toMatchObject({
      run: { id: 4, version: v1, cause: "cli" },
      regions: { main: { state: "running" } },
    });
    // v2 never became good, so there is nothing before v1 to roll back to.
    const rollback = await runFerryInProcess(["--repo", repo, "rollback", "web"]);
    expect(rollback.code).toBe(1);
    expect(rollback.stderr).toContain("refused (no-previous-version)");
    const drop = await runFerryInProcess(["--repo", repo, "drop", "web"]);
    expect(drop.code).toBe(1);
    expect(drop.stderr).toContain("refused (not-allowed-in-state)");
    const stop = await runFerryInProcess(["--repo", repo, "stop", "web"]);
    expect(stop.code).toBe(0);
    expect(JSON.parse(await stateFile(repo, "web")).regions.main.state).toBe("deleted");
  });

  it("usage errors exit 2", async () => {
    const { repo } = webMerged();
    expect((await runFerryInProcess(["--repo", repo, "deploy"])).code).toBe(2);
    expect((await runFerryInProcess(["--repo", repo, "frobnicate"])).code).toBe(2);
  });
});

describe("bad input gets a clear message and changes nothing on the state branch", () => {
  it("an unknown deployment", async () => {
    const { repo } = webRunning();
    const head = await stateHead(repo);
    const result = await runFerryInProcess(["--repo", repo, "pause", "nope"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown deployment "nope"; deployments on main: web');
    expect(await stateHead(repo)).toBe(head);
  });

  it("an invalid manifest: reported at file:line:col, triggers nothing", async () => {
    const repo = await tempRepo();
    await merge(repo, "add-bad", { ".ferry/deployments/web.yml": "lifecycle: standard\nstages: {}\n" });
    const result = await runFerryInProcess(["--repo", repo, "sync"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\.ferry\/deployments\/web\.yml:\d+:\d+ /);
    expect(await stateFile(repo, "web")).toBe("");
  });

  it("a repository without .ferry/", async () => {
    const repo = await tempRepo();
    const result = await runFerryInProcess(["--repo", repo, "sync"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("has no .ferry/ on main; run `ferry init`");
    expect(await stateHead(repo)).toBe("");
  });

  it("a corrupt state file: shown as corrupt and blocked (status --exit-status, --json, wait exit 1), actions refused, the file left as it is", async () => {
    const { repo } = webRunning();
    const commit = await commitToStateBranch(
      repo,
      "deployments/web.json",
      '{"schemaVersion": 1, "deployment": "web", "regions": ',
      "hand edit",
    );
    const status = await runFerryInProcess(["--repo", repo, "status"]);
    expect(status.stdout).toMatch(/web +standard +corrupt state file \(not-json\) +blocked /);
    expect(status.code).toBe(0);
    const failing = await runFerryInProcess(["--repo", repo, "status", "--exit-status"]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe("ferry: web is blocked\n");
    const record = JSON.parse((await runFerryInProcess(["--repo", repo, "status", "web", "--json"])).stdout) as {
      error: { message: string };
    };
    expect(record).toMatchObject({ state: null, outcome: "blocked", version: null, error: { step: "state-file" } });
    expect(record.error.message).toContain("deployments/web.json is corrupt (not-json)");
    const waited = await runFerryInProcess(["--repo", repo, "wait", "web"]);
    expect(waited.code).toBe(1);
    expect(waited.stderr).toContain("ferry: web is blocked (state-file: deployments/web.json is corrupt (not-json)");
    const pause = await runFerryInProcess(["--repo", repo, "pause", "web"]);
    expect(pause.code).toBe(1);
    expect(pause.stderr).toContain("blocked: state file deployments/web.json is corrupt (not-json)");
    expect(await stateHead(repo)).toBe(commit);
  });

  it("a dirty working tree is never touched", async () => {
    const { repo } = webMerged();
    writeFileSync(join(repo, "site/index.html"), "local edit\n");
    writeFileSync(join(repo, "untracked.txt"), "mine\n");
    const git = simpleGit(repo);
    const before = { head: await git.revparse(["HEAD"]), status: (await git.status()).files };
    expect((await runFerryInProcess(["--repo", repo, "sync"])).code).toBe(0);
    expect(await git.revparse(["HEAD"])).toBe(before.head);
    expect((await git.status()).files).toEqual(before.status);
    expect(readFileSync(join(repo, "site/index.html"), "utf8")).toBe("local edit\n");
  });

  it("a state branch moved by someone else during a run: compare-and-swap, re-read, nothing lost", async () => {
    const repo = await tempRepo();
    // The install stage says it has started, then waits for the gate, so the other commit lands while it runs
    // however slow the machine is. A stage starts only after its run is committed, so ferry/state exists by then.
    const gates = mkdtempSync(join(tmpdir(), "ferry-gate-"));
    const started = join(gates, "started");
    const gate = join(gates, "open");
    const gated = WEB.replace(
      'echo "installing $FERRY_VERSION"',
      `touch ${started}; until [ -f ${gate} ]; do sleep 0.05; done; echo "installing $FERRY_VERSION"`,
    );
    await merge(repo, "add-web", { ".ferry/deployments/web.yml": gated });
    const running = runFerryInProcess(["--repo", repo, "sync"]);
    try {
      expect(await waitFor(() => existsSync(started), 45_000)).toBe(true);
      expect(await stateHead(repo)).not.toBe("");
      // Someone else commits to ferry/state while the install stage runs; losing a race to ferry's own
      // bookkeeping commit, they try again on the new head, as any compare-and-swap writer does.
      for (let attempt = 1; ; attempt++) {
        const landed = await commitToStateBranch(repo, "notes/other.txt", "someone else\n", "someone else").then(
          () => true,
          (error: unknown) => {
            if (attempt >= 10) throw error;
            return false;
          },
        );
        if (landed) break;
      }
    } finally {
      // Whatever failed above, the sync finishes inside this test, its stage with it.
      writeFileSync(gate, "");
      await running;
    }
    const result = await running;
    expect(result.code).toBe(0);
    expect((await runGit(repo, ["show", "ferry/state:notes/other.txt"])).stdout).toBe("someone else\n");
    expect(JSON.parse(await stateFile(repo, "web")).regions.main.state).toBe("running");
  });
});
