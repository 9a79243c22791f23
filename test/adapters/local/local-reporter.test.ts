import { describe, expect, it } from "vitest";
import { GitStateStore } from "../../../src/adapters/local/git-state-store.ts";
import { LocalReporter } from "../../../src/adapters/local/local-reporter.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import type { DeploymentState } from "../../../src/core/deployment-state.ts";
import type { DeploymentView } from "../../../src/ports/reporter.ts";
import { engineWith, events, specFor } from "../../support/engine-fixture.ts";
import { tempRepo } from "../../support/temp-repo.ts";

/** Prints like the terminal would, and can die once before printing, as a killed process would. */
class RecordingReporter extends LocalReporter {
  readonly lines: string[] = [];
  crashNext = false;
  constructor() {
    super((line) => this.lines.push(line));
  }
  override async report(views: readonly DeploymentView[]): Promise<void> {
    if (this.crashNext) {
      this.crashNext = false;
      throw new Error("died before reporting");
    }
    return super.report(views);
  }
}

async function stateOf(store: GitStateStore, name: string): Promise<DeploymentState> {
  const read = (await store.read([name])).deployments.get(name);
  if (read?.kind !== "ok") throw new Error("no state");
  return read.state;
}

describe("LocalReporter with the git state store", () => {
  it("prints each change and commits reports/<name>.md with the check-run Markdown, failed step and error included", async () => {
    const repo = await tempRepo();
    const store = new GitStateStore(repo);
    const reporter = new RecordingReporter();
    const { engine } = engineWith(store, [specFor("web", "standard", ["install"])], { reporter });
    await engine.submit([events.deploy("web", "c0ffee1")]);
    await engine.idle();
    expect(reporter.lines[0]).toBe(
      "web: installing on c0ffee1 (run 1) (requested → validating → fetching → preparing → installing)",
    );
    await engine.submit([
      events.stage("web", "stage.failed", await stateOf(store, "web"), "install.sh: exit 3 (disk full)"),
    ]);
    expect(reporter.lines.at(-1)).toBe(
      "web: failed on c0ffee1 (run 1) (installing → rollback_needed → failed) — install: install.sh: exit 3 (disk full)",
    );
    const report = (await runGit(repo, ["show", "ferry/state:reports/web.md"])).stdout;
    expect(report).toContain("# web");
    expect(report).toContain("### ❌ Failed: `c0ffee1` failed `install` (install.sh: exit 3 (disk full))");
    expect(report).toContain("**Run 1 (`c0ffee1`): install failed** in `installing`");
    expect(report).toContain("install.sh: exit 3 (disk full)");
    expect(report).toContain("class failed current");
  });

  it("a crash between the commit and the terminal report is repaired by the next event", async () => {
    const repo = await tempRepo();
    const store = new GitStateStore(repo);
    const reporter = new RecordingReporter();
    const { engine } = engineWith(store, [specFor("web", "standard", ["install"])], { reporter });
    reporter.crashNext = true;
    await engine.submit([events.deploy("web", "c0ffee1")]);
    await engine.idle();
    // The commit stands; the report of it was lost with the crash. A dispatch records nothing, so
    // the stage's result is the next event, and its report shows the state as it now is.
    expect(reporter.lines).toEqual([]);
    expect((await stateOf(store, "web")).regions.main!.state).toBe("installing");
    await engine.submit([events.stage("web", "stage.succeeded", await stateOf(store, "web"))]);
    await engine.idle();
    expect(reporter.lines).toEqual([
      "web: running on c0ffee1 (run 1) (installing → activating → health_checking → running)",
    ]);
  });
});
