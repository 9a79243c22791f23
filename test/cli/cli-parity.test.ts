import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import { runGit } from "../../src/adapters/local/run-git.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import type { CliIo } from "../../src/cli/cli-io.ts";
import type { Clock } from "../../src/ports/clock.ts";
import { ferryProgram, runCli } from "../../src/cli/run-cli.ts";
import { LOCAL_WEB_MANIFEST as WEB } from "../support/cli-fixtures.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { syncedRepo } from "../support/synced-repo.ts";
import { commitFiles, tempRepo } from "../support/temp-repo.ts";

const ferry = (repo: string, ...args: string[]) => runFerryInProcess(["--repo", repo, ...args]);
const version = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

async function stateOf(repo: string, name: string): Promise<DeploymentState> {
  return JSON.parse((await runGit(repo, ["show", `ferry/state:deployments/${name}.json`])).stdout) as DeploymentState;
}

/** An io like a terminal's: `confirm` answers as told and records the questions. */
function terminalIo(answer: boolean | "never") {
  const io = {
    out: "",
    err: "",
    questions: [] as string[],
  };
  const cli: CliIo = {
    out: (text) => (io.out += `${text}\n`),
    err: (text) => (io.err += `${text}\n`),
    confirm: (question) => {
      io.questions.push(question);
      if (answer === "never") throw new Error(`asked ${question} although --yes was given`);
      return Promise.resolve(answer);
    },
  };
  return { io, cli };
}

/** A manifest whose install fails, so the first run ends failed (no good version to roll back to). */
const BROKEN = WEB.replace('echo "installing $FERRY_VERSION"', 'echo "no disk left" >&2; exit 3');

describe("ferry's CLI parity with gh and kubectl, in-process", () => {
  // web runs v2 (run 2) after v1 (run 1); broken failed its first run.
  let repo = "";
  let v1 = "";
  let v2 = "";
  beforeAll(async () => {
    repo = await tempRepo({ ".ferry/deployments/web.yml": WEB, ".ferry/deployments/broken.yml": BROKEN });
    v1 = (await runGit(repo, ["rev-parse", "HEAD"])).stdout.trim();
    expect((await ferry(repo, "sync")).code).toBe(1);
    v2 = await commitFiles(repo, { "site/index.html": "v2\n" }, "v2");
    expect((await ferry(repo, "deploy", "web", "--version", v2)).code).toBe(0);
  });

  it("--version and -V print the package's version; `deploy --version` stays the deploy's option", async () => {
    for (const flag of ["--version", "-V"])
      expect(await runFerryInProcess([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect((await ferry(repo, "--version")).stdout).toBe(`${version}\n`);
    expect((await runFerryInProcess(["--help"])).stdout).toContain("-V, --version");
  });

  it("status --json: machine fields, full shas, exact times; an object for one deployment", async () => {
    const all = JSON.parse((await ferry(repo, "status", "--json")).stdout) as { deployment: string }[];
    expect(all.map((r) => r.deployment)).toEqual(["broken", "web"]);
    const web = await ferry(repo, "status", "web", "--json");
    expect(web.code).toBe(0);
    const record = JSON.parse(web.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      deployment: "web",
      lifecycle: "standard",
      state: "running",
      regions: { main: { state: "running" } },
      outcome: "succeeded",
      version: v2,
      run: { id: 2, attempt: 1, kind: "deploy", cause: "cli" },
      paused: null,
      error: null,
    });
    expect(record["since"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const broken = JSON.parse((await ferry(repo, "status", "broken", "--json")).stdout) as Record<string, unknown>;
    expect(broken).toMatchObject({
      outcome: "failed",
      version: v1,
      error: { step: "install", state: "installing", run: 1 },
    });
    expect((broken["error"] as { message: string }).message).toContain("no disk left");
  });

  it("status: a table with OUTCOME and AGE; --exit-status exits 1 only when a shown deployment failed", async () => {
    const table = await ferry(repo, "status");
    expect(table.stdout.split("\n")[0]).toMatch(/^DEPLOYMENT +LIFECYCLE +STATE +OUTCOME +VERSION +AGE +LAST ERROR$/);
    expect(table.stdout).toMatch(
      new RegExp(`web +standard +running on ${v2.slice(0, 7)} \\(run 2\\) +succeeded +${v2.slice(0, 7)} +\\S`),
    );
    expect(table.code).toBe(0);
    expect((await ferry(repo, "status", "web", "--exit-status")).code).toBe(0);
    const failing = await ferry(repo, "status", "--exit-status");
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("broken");
    expect(failing.stderr).toBe("ferry: broken is failed\n");
    const unknown = await ferry(repo, "status", "nope");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown deployment "nope"; deployments: broken, web');
  });

  it("wait: 0 when the deployment rests, 1 when it failed, 124 when the timeout comes first, 2 for a state its lifecycle lacks", async () => {
    expect(await ferry(repo, "wait", "web")).toEqual({
      code: 0,
      stdout: `web: running on ${v2.slice(0, 7)} (run 2)\n`,
      stderr: "",
    });
    expect(JSON.parse((await ferry(repo, "wait", "web", "--for", "running", "--json")).stdout)).toMatchObject({
      state: "running",
      version: v2,
    });
    const failed = await ferry(repo, "wait", "broken");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("broken is failed (install:");
    // A clock that moves as the command sleeps: the second of waiting passes at once.
    const late = await runFerryInProcess(
      ["--repo", repo, "wait", "web", "--for", "deleted", "--timeout", "1s", "--interval", "0.2"],
      { clock: new ManualClock() },
    );
    expect(late.code).toBe(124);
    expect(late.stderr).toContain("timed out after 1 s waiting for web to be deleted");
    const typo = await ferry(repo, "wait", "web", "--for", "runing");
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('"runing" is not a state of web\'s lifecycle standard');
    expect((await ferry(repo, "wait", "web", "--timeout", "soon")).code).toBe(2);
  });

  it("logs: a run's stage logs in order; --stage, --failed and --run pick", async () => {
    const logs = await ferry(repo, "logs", "web");
    expect(logs.code).toBe(0);
    expect(logs.stdout).toMatch(/==> install \(run 2, attempt 1, succeeded\) <==\n[^]*?\ninstalling [0-9a-f]{40}\n/);
    expect(logs.stdout.indexOf("==> install")).toBeLessThan(logs.stdout.indexOf("==> health-check"));
    const first = await ferry(repo, "logs", "web", "--run", "1", "--stage", "install");
    expect(first.stdout).toContain(`installing ${v1}`);
    expect(first.stdout).not.toContain("health-check");
    expect((await ferry(repo, "logs", "web", "--failed")).stdout).toBe("no stage of run 2 of web failed\n");
    const failed = await ferry(repo, "logs", "broken", "--failed");
    expect(failed.stdout).toMatch(/==> install \(run 1, attempt 1, failed\) <==\n[^]*no disk left/);
    const none = await ferry(repo, "logs", "web", "--run", "99");
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("no logs of run 99 of web");
    const stage = await ferry(repo, "logs", "web", "--stage", "nope");
    expect(stage.stderr).toContain('has no log of stage "nope"; it has install, health-check');
  });

  it("history: AGE, STATUS and DESCRIPTION columns; --json keeps exact times", async () => {
    const history = await ferry(repo, "history", "web");
    const [header = "", , newest = ""] = history.stdout.split("\n");
    expect(header).toMatch(/^AGE +RUN +VERSION +STATUS +MOVE +DESCRIPTION$/);
    expect(newest).toMatch(/ 2 +\w{7} +succeeded +health_checking → running +stage\.succeeded by ferry$/);
    expect(history.stdout).toMatch(/requested → validating +deploy by \S/);
    const broken = await ferry(repo, "history", "broken");
    expect(broken.stdout).toMatch(
      /installing → rollback_needed +stage\.failed by ferry: install failed in installing: .*no disk left/,
    );
    const [row] = JSON.parse((await ferry(repo, "history", "web", "-n", "1", "--json")).stdout) as { at: string }[];
    expect(row?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("completion: bash, zsh and fish scripts from the command tree; another shell is a usage error", async () => {
    const bash = await runFerryInProcess(["completion", "bash"]);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain("complete -F _ferry ferry");
    expect(bash.stdout).toMatch(
      /"status"\) COMPREPLY=\(\$\(compgen -W "--json --exit-status --help \$\(ls \.ferry\/deployments/,
    );
    // What the shells offer from these scripts is tested in the shells themselves: completion-shells.test.ts.
    expect((await runFerryInProcess(["completion", "zsh"])).stdout).toMatch(
      /^#compdef ferry\nautoload -U \+X bashcompinit/,
    );
    const fish = (await runFerryInProcess(["completion", "fish"])).stdout;
    expect(fish).toContain("complete -c ferry -n '__ferry_count 0' -a wait -d 'wait until");
    expect(fish).toContain("complete -c ferry -n '__ferry_is logs' -l failed");
    expect((await runFerryInProcess(["completion", "powershell"])).code).toBe(2);
  });

  it("every command's --help has examples", async () => {
    const paths: string[][] = [[]];
    const walk = (command: Command, path: string[]) =>
      command.commands.forEach((c) => {
        paths.push([...path, c.name()]);
        walk(c, [...path, c.name()]);
      });
    walk(ferryProgram({ out: () => undefined, err: () => undefined }), []);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const help = await runFerryInProcess([...path, "--help"]);
      expect(help.code, path.join(" ")).toBe(0);
      expect(help.stdout, path.join(" ")).toMatch(/\nExamples:\n {2}# .+\n {2}\$ ferry /);
    }
  });
});

describe("actions: idempotent pause and resume, rollback --to, stop and drop confirm on a terminal", () => {
  it("pause and resume say when there is nothing to do and exit 0", async () => {
    const repo = await syncedRepo({ ".ferry/deployments/web.yml": WEB });
    expect((await ferry(repo, "pause", "web")).code).toBe(0);
    expect(await ferry(repo, "pause", "web")).toEqual({ code: 0, stdout: "web is already paused\n", stderr: "" });
    expect((await ferry(repo, "resume", "web")).code).toBe(0);
    expect(await ferry(repo, "resume", "web")).toEqual({ code: 0, stdout: "web is not paused\n", stderr: "" });
  });

  it("wait reads again after each interval: a stop made elsewhere while it waits ends it with 0", async () => {
    const repo = await syncedRepo({ ".ferry/deployments/web.yml": WEB });
    // wait's first sleep holds until web is stopped, so wait read it running before the stop and must read it again.
    let fellAsleep = () => {};
    const asleep = new Promise<void>((resolve) => (fellAsleep = resolve));
    let wake = () => {};
    const woken = new Promise<void>((resolve) => (wake = resolve));
    const manual = new ManualClock();
    const clock: Clock = {
      now: () => manual.now(),
      random: () => manual.random(),
      sleep: async (ms) => {
        fellAsleep();
        await woken;
        await manual.sleep(ms);
      },
    };
    const waiting = runFerryInProcess(["--repo", repo, "wait", "web", "--for", "deleted"], { clock });
    await asleep;
    expect((await ferry(repo, "stop", "web", "--yes")).code).toBe(0);
    wake();
    const waited = await waiting;
    expect(waited).toMatchObject({ code: 0, stderr: "" });
    expect(waited.stdout).toMatch(/^web: deleted\b/);
  });

  it("rollback --to returns to an earlier good version; another version is refused, naming the good ones", async () => {
    const repo = await syncedRepo({ ".ferry/deployments/web.yml": WEB });
    // The sync ran the merge at HEAD: web runs v1 (run 1).
    const v1 = (await runGit(repo, ["rev-parse", "HEAD"])).stdout.trim();
    expect((await stateOf(repo, "web")).run).toMatchObject({ id: 1, version: v1 });
    const v2 = await commitFiles(repo, { "a.txt": "2\n" }, "v2");
    expect((await ferry(repo, "deploy", "web")).code).toBe(0);
    const v3 = await commitFiles(repo, { "a.txt": "3\n" }, "v3");
    expect((await ferry(repo, "deploy", "web")).code).toBe(0);
    const refused = await ferry(repo, "rollback", "web", "--to", "HEAD");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`refused (not-a-good-version): ${v3} is not an earlier good version`);
    expect(refused.stderr).toContain(`earlier good versions: ${v2.slice(0, 7)} (run 2), ${v1.slice(0, 7)} (run 1)`);
    expect((await ferry(repo, "rollback", "web", "--to", "nope")).stderr).toContain('unknown version "nope" for --to');
    expect((await ferry(repo, "rollback", "web", "--to", v1.slice(0, 9))).code).toBe(0);
    expect((await stateOf(repo, "web")).run).toMatchObject({ kind: "rollback", version: v1, from: v3 });
  });

  it("stop asks on a terminal: no leaves everything as it was; --yes never asks; without a terminal it acts", async () => {
    const repo = await tempRepo({ ".ferry/deployments/web.yml": WEB, ".ferry/deployments/api.yml": WEB });
    expect((await ferry(repo, "sync")).code).toBe(0);
    const declined = terminalIo(false);
    expect(await runCli(["--repo", repo, "stop", "web"], declined.cli)).toBe(1);
    expect(declined.io.questions).toEqual([
      `Stop web (running on ${(await stateOf(repo, "web")).run?.version.slice(0, 7)} (run 1))?`,
    ]);
    expect(declined.io.err).toBe("ferry: stop web: not confirmed; nothing changed\n");
    expect((await stateOf(repo, "web")).regions["main"]?.state).toBe("running");
    const accepted = terminalIo(true);
    expect(await runCli(["--repo", repo, "stop", "web"], accepted.cli)).toBe(0);
    expect((await stateOf(repo, "web")).regions["main"]?.state).toBe("deleted");
    expect(await runCli(["--repo", repo, "stop", "api", "--yes"], terminalIo("never").cli)).toBe(0);
    expect((await stateOf(repo, "api")).regions["main"]?.state).toBe("deleted");
    const dropped = terminalIo(false);
    expect(await runCli(["--repo", repo, "drop", "api"], dropped.cli)).toBe(1);
    expect(dropped.io.questions[0]).toMatch(/^Drop api \(/);
  });
});
