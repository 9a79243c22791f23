import { deploymentStatus, deploymentSummary, stateLine } from "../../core/deployment-summary.ts";
import { retryText, retryWaits, type RetryWait } from "../../core/retry-wait.ts";
import type { RunOutcome } from "../../core/run-end.ts";
import type { DeploymentView, Reporter } from "../../ports/reporter.ts";

const ENDED_WORDS: Readonly<Record<RunOutcome, string>> = {
  success: "succeeded",
  failure: "failed",
  cancelled: "cancelled",
};

/** What a line means at a glance, for a terminal to colour: a success, a failure, or something waiting. */
export type LineTone = "good" | "bad" | "waiting";

const ENDED_TONES: Readonly<Record<RunOutcome, LineTone>> = {
  success: "good",
  failure: "bad",
  cancelled: "waiting",
};

export interface LocalReporterOptions {
  /** The time a retry's backoff counts from when the failed try has no end time. Default: the system clock. */
  readonly now?: () => string;
  /** Each reported deployment's retry backoffs now waiting (none when it waits for none), e.g. for a countdown. */
  readonly retries?: (deployment: string, waits: readonly RetryWait[]) => void;
}

/**
 * Local mode's surfaces: a line per state change on the terminal (and one when a failed stage
 * waits out a retry backoff: "retrying in 10s (2/3)"), and `reports/<name>.md` on the state
 * branch holding the same Markdown a check run would show.
 */
export class LocalReporter implements Reporter {
  /** What was last shown per deployment: bookkeeping-only changes (a stage dispatched) print nothing new. */
  private readonly last = new Map<string, string>();
  /** The retry last announced per deployment, so a re-report of the same backoff prints nothing new. */
  private readonly announced = new Map<string, string>();

  constructor(
    private readonly print: (line: string, tone?: LineTone) => void,
    private readonly options: LocalReporterOptions = {},
  ) {}

  async report(views: readonly DeploymentView[]): Promise<void> {
    for (const view of views) {
      if (view.blocked) {
        this.once(view.deployment, `BLOCKED ${view.blocked}`, `${view.deployment}: BLOCKED — ${view.blocked}`, "bad");
        continue;
      }
      if (view.ended) {
        // The run a newer one replaced in this batch: its own end, once, before the new run's line.
        const { run, outcome, reason } = view.ended;
        this.print(`${view.deployment}: run ${run.id} ${ENDED_WORDS[outcome]} — ${reason}`, ENDED_TONES[outcome]);
        continue;
      }
      const moved = view.transitions.filter((t) => t.from !== t.to);
      const path = moved[0] ? ` (${[moved[0].from, ...moved.map((t) => t.to)].join(" → ")})` : "";
      const error =
        view.state.error && view.state.error.runId === view.state.run?.id
          ? ` — ${view.state.error.step}: ${view.state.error.message}`
          : "";
      this.once(
        view.deployment,
        `${stateLine(view.state)}${error}`,
        `${view.deployment}: ${stateLine(view.state)}${path}${error}`,
        error ? "bad" : toneOf(view),
      );
      this.announceRetries(view);
    }
  }

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  private once(deployment: string, key: string, line: string, tone: LineTone | undefined): void {
    if (this.last.get(deployment) === key) return;
    this.last.set(deployment, key);
    this.print(line, tone);
  }

  /**
   * `web: install failed (try 1 of 3): exit code 1 — retrying in 10s (2/3)`, once per backoff.
   * The wait counts from the failure, not from now: a slow commit must not make it say "now".
   */
  private announceRetries(view: DeploymentView): void {
    const waits = retryWaits(view.state);
    this.options.retries?.(view.deployment, waits);

    for (const wait of waits) {
      const key = `${view.state.run?.id}:${wait.region}:${wait.stage}:${wait.next}`;
      if (this.announced.get(view.deployment) === key) continue;
      this.announced.set(view.deployment, key);
      const why = wait.message ? `: ${wait.message}` : "";
      this.print(
        `${view.deployment}: ${wait.stage} failed (try ${wait.next - 1} of ${wait.of})${why} — ${retryText(wait, wait.failedAt ?? this.now())}`,
        "waiting",
      );
    }
  }

  files(views: readonly DeploymentView[]): Record<string, string> {
    const files: Record<string, string> = {};
    for (const view of views) {
      // One report per deployment: its current run's.
      if (view.blocked || view.ended) continue;
      files[`reports/${view.deployment}.md`] =
        `# ${view.deployment}\n\n${deploymentSummary(view.lifecycle, view.state, undefined, { actors: "plain" })}\n`;
    }
    return files;
  }
}

/** A state line's tone: failed red, steady green, paused or waiting for someone yellow; a busy one none. */
function toneOf(view: DeploymentView): LineTone | undefined {
  switch (deploymentStatus(view.lifecycle, view.state)) {
    case "success":
      return "good";
    case "failure":
      return "bad";
    case "neutral":
      return view.state.hold ? "waiting" : undefined;
    case "action_required":
      return "waiting";
    default:
      return undefined;
  }
}
