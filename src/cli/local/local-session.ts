import { loadCatalogAt, GitCatalog, type CatalogAt } from "../../adapters/local/git-catalog.ts";
import { branchTip, defaultBranch } from "../../adapters/local/commit-walker.ts";
import { GitObjectReader } from "../../adapters/local/git-object-reader.ts";
import { GitStateStore } from "../../adapters/local/git-state-store.ts";
import { recoverInterruptedStages } from "../../adapters/local/interrupted-stages.ts";
import { LocalReporter } from "../../adapters/local/local-reporter.ts";
import { ProcessRunner } from "../../adapters/local/process-runner.ts";
import { systemClock } from "../../adapters/local/system-clock.ts";
import type { FerryEvent } from "../../core/ferry-event.ts";
import { BUSY_KINDS } from "../../core/lifecycle.ts";
import { Engine } from "../../engine/engine.ts";
import type { Manifest } from "../../manifest/manifest.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { paint, paletteOf } from "../palette.ts";
import { StageProgress } from "./stage-progress.ts";

/**
 * Local mode's composition root: the `ferry/state` branch of a plain git repository, manifests
 * from its commits, stages as local processes, reports on the terminal. Nothing here touches the
 * working tree or the checked-out branch. Its reads of the repository (refs, manifests, state files)
 * share one `cat-file` process (GitObjectReader), its state writes one `fast-import` and one
 * `update-ref --stdin` (GitStateWriter); {@link close} ends them when the command is done.
 */
export class LocalSession {
  readonly store: GitStateStore;
  readonly catalog = new GitCatalog();
  readonly engine: Engine;
  readonly runner: ProcessRunner;
  /** Where the session writes: on a terminal, above the step list it redraws (see StageProgress). */
  readonly io: CliIo;
  private readonly progress: StageProgress;
  private readonly versions = new Map<string, Promise<CatalogAt>>();

  private constructor(
    readonly repo: string,
    readonly branch: string,
    io: CliIo,
    private readonly reader: GitObjectReader,
  ) {
    this.store = new GitStateStore(repo, reader);
    const progress = new StageProgress(io);
    this.progress = progress;
    this.io = progress.io;
    const palette = paletteOf(io);
    const reporter = new LocalReporter((line, tone) => this.io.out(`  ${tone ? paint(palette, tone, line) : line}`), {
      now: systemClock.now,
      retries: (deployment, waits) => progress.retries(deployment, waits),
    });
    this.runner = new ProcessRunner({
      repo,
      reader,
      manifests: async (version, deployment) => (await this.catalogAt(version)).manifests.get(deployment),
      submit: (events) => this.engine.submit(events),
      clock: systemClock,
      onOutput: (line, source) => progress.output(line, source),
      onStep: (step, source) => progress.step(step, source),
      onStageEnd: (source, result) => progress.stageEnd(source, result),
    });
    this.engine = new Engine({
      store: this.store,
      catalog: this.catalog,
      runner: this.runner,
      reporter,
      clock: systemClock,
    });
  }

  /** Opens a repository, refusing what is not one; `branch` defaults to main, master, or HEAD's branch. */
  static async open(repo: string, io: CliIo, branch?: string): Promise<LocalSession> {
    // git itself decides (worktrees and submodules have a `.git` file, not a folder); a missing folder makes spawn fail.
    const reader = new GitObjectReader(repo);
    const found = await defaultBranch(reader);
    if (found === undefined) {
      await reader.close();
      throw new CliFailure(`${repo} is not a git repository`);
    }
    const name = branch ?? found;
    return new LocalSession(repo, name, io, reader);
  }

  /**
   * Runs a command on a session of `repo` and closes it when the command ends, whatever way it ends: every
   * command that opens a session closes it, so its git reader and writer never outlive the command.
   */
  static async using<T>(
    repo: string,
    io: CliIo,
    branch: string | undefined,
    command: (session: LocalSession) => Promise<T>,
  ): Promise<T> {
    const session = await LocalSession.open(repo, io, branch);
    try {
      return await command(session);
    } finally {
      await session.close();
    }
  }

  /** Ends the session's git reader and writer; a later read or write starts them again (both also end when idle). */
  async close(): Promise<void> {
    await Promise.all([this.reader.close(), this.store.close()]);
  }

  /** The commit a revision names (sha, branch, tag, `HEAD~2`), or undefined when it names none. */
  async commitOf(rev: string): Promise<string | undefined> {
    // A leading "-" is never a revision (rev-parse would read an option), and a NUL cannot be one.
    if (rev === "" || rev.startsWith("-") || rev.includes("\0")) return undefined;
    return this.reader.commit(rev);
  }

  /** Manifests and lifecycles at a commit, loaded once per commit. */
  catalogAt(commit: string): Promise<CatalogAt> {
    let loaded = this.versions.get(commit);
    if (!loaded) {
      loaded = loadCatalogAt(this.reader, commit);
      this.versions.set(commit, loaded);
    }
    return loaded;
  }

  /** The catalog at the branch tip, taken into the engine's catalog; refuses a repository without `.ferry/`. */
  async catalogAtTip(): Promise<CatalogAt> {
    const tip = await branchTip(this.reader, this.branch);
    if (!tip) throw new CliFailure(`branch ${this.branch} does not exist in ${this.repo}`);
    const catalog = await this.catalogAt(tip);
    if (!catalog.hasFerryDir)
      throw new CliFailure(
        `${this.repo} has no .ferry/ on ${this.branch}; run \`ferry init\` to add an example deployment`,
      );
    this.catalog.update(catalog);
    return catalog;
  }

  /** The manifest of a deployment at the tip, or a clear failure naming the known ones. */
  async requireDeployment(name: string): Promise<Manifest> {
    const catalog = await this.catalogAtTip();
    const manifest = catalog.manifests.get(name) ?? this.catalog.manifest(name);
    if (!manifest) {
      const known = [...catalog.manifests.keys()].sort().join(", ") || "none";
      throw new CliFailure(`unknown deployment ${JSON.stringify(name)}; deployments on ${this.branch}: ${known}`);
    }
    return manifest;
  }

  /**
   * Cleans up after a ferry process that died during a stage (its process groups killed, its
   * worktree removed) and reports each such stage as interrupted: the engine runs it again at once
   * as a new attempt, or fails it when its manifest says `onInterrupt: fail`. Never waits for the
   * stage's deadline. Returns the deployments concerned, for `settle`.
   */
  async recoverInterrupted(): Promise<string[]> {
    const stages = await recoverInterruptedStages(this.repo, { records: await this.runner.stageRecords() });
    if (stages.length === 0) return [];
    await this.catalogAtTip();
    for (const s of stages)
      this.io.out(
        `${s.deployment}: stage ${s.stage} (run ${s.runId}, attempt ${s.attempt}) was interrupted by the end of an earlier ferry; its processes and worktree are cleaned up`,
      );
    const at = systemClock.now();
    const outcomes = await this.engine.submit(
      stages.map((s) => {
        const event: FerryEvent = {
          type: "stage.failed",
          id: `${s.key}:interrupted`,
          at,
          actor: "ferry",
          cause: "runner",
          stage: {
            runId: s.runId,
            attempt: s.attempt,
            stage: s.stage,
            externalId: s.key,
            message: s.message,
            interrupted: true,
          },
        };
        return { deployment: s.deployment, event };
      }),
    );
    // A record whose stage had already ended (ferry died just after reporting it) is stale: cleaned up, nothing more.
    for (const outcome of outcomes)
      if (outcome.kind !== "applied")
        this.io.out(`${outcome.deployment}: the interrupted stage had already ended; nothing to run again`);
    return [...new Set(stages.map((s) => s.deployment))];
  }

  /**
   * Runs stages until every named deployment rests (steady, failed, final or paused) or waits in a
   * `wait` state for someone (a canary's `promote`): waits for the engine and the runner, and fires
   * due timers (deadlines, retry backoffs) meanwhile.
   */
  async settle(deployments: readonly string[], maxMs = 30 * 60_000): Promise<void> {
    try {
      await this.settleAll(deployments, maxMs);
    } finally {
      this.progress.finish();
    }
  }

  private async settleAll(deployments: readonly string[], maxMs: number): Promise<void> {
    const started = Date.now();
    for (;;) {
      await this.engine.idle();
      await this.runner.idle();
      await this.engine.idle();
      if (!(await this.anyBusy(deployments))) return;
      if (Date.now() - started > maxMs)
        throw new CliFailure(`deployments still busy after ${Math.round(maxMs / 1000)} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await this.engine.fireDueTimers();
    }
  }

  private async anyBusy(deployments: readonly string[]): Promise<boolean> {
    const snapshot = await this.store.read(deployments);
    for (const [name, read] of snapshot.deployments) {
      if (read.kind !== "ok" || read.state.hold) continue;
      const spec = await this.catalog.get(name);
      if (!spec) continue;
      // Once the engine and runner are idle, a wait state waits for an event from outside: nothing local ends it.
      const busy = Object.entries(read.state.regions).some(([region, r]) => {
        const kind = spec.lifecycle.regions[region]?.states[r.state]?.kind ?? "steady";
        return BUSY_KINDS.has(kind) && kind !== "wait";
      });
      if (busy) return true;
    }
    return false;
  }
}
