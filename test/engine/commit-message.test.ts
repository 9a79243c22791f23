/**
 * State-branch commit messages: subjects read as transitions only when the state moved, name the
 * run on each side of a run boundary and each region of a multi-region lifecycle; `Ferry-Move`
 * trailers carry the structured facts `ferry history` reads back, outcomes included.
 */
import { describe, expect, it } from "vitest";
import { trailersOf } from "../../src/adapters/local/git-state-store.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import type { FerryEvent } from "../../src/core/ferry-event.ts";
import { runOutcomes, type RecordedMove } from "../../src/core/run-outcome.ts";
import { transition } from "../../src/core/transition.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { commitMessage } from "../../src/engine/commit-message.ts";
import { movesOf } from "../../src/engine/move-trailer.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, Driver, fail, op, report, succeed, type Step } from "../core/lifecycles/drive.ts";

const standard = builtinLifecycle("standard");
const stack = builtinLifecycle("stack-migration");
const V1 = "ea861e269c0fe6d9cd0ac1fab7cae4aa39c20b22";
const V2 = "8d15309e2d1fa29cb010091d722796918f8afaa8";
const V3 = "c0ffee0000000000000000000000000000000000";
const FULL: TransitionContext = {
  stages: Object.fromEntries(
    ["validate", "fetch", "prepare", "install", "activate", "health-check", "update", "rollback"].map((s) => [s, {}]),
  ),
};

/** Applies steps one event per commit, as the engine does, and keeps every commit message. */
class Recorder {
  readonly driver: Driver;
  readonly messages: string[] = [];
  constructor(lifecycle = standard, context: TransitionContext = FULL) {
    this.driver = new Driver(lifecycle, context, "web");
  }
  send(...steps: Step[]): string {
    for (const step of steps) {
      const event: FerryEvent = this.driver.event(step);
      const result = transition(this.driver.lifecycle, this.driver.state, event, this.driver.context);
      if (!result.ok) throw new Error(`${step.label} refused: ${result.detail}`);
      this.driver.state = result.state;
      const states = new Map<string, DeploymentState>([["web", result.state]]);
      this.messages.push(commitMessage([{ deployment: "web", event, transitions: result.transitions }], states));
    }
    return this.subject();
  }
  subject(): string {
    return this.messages.at(-1)?.split("\n")[0] ?? "";
  }
  /** Every move the commits recorded, oldest first, read back from their trailers. */
  moves(): RecordedMove[] {
    return this.messages.flatMap((m) => movesOf(trailersOf(m), "web"));
  }
}

const ok = succeed();
const SIX = [ok, ok, ok, ok, ok, ok];

describe("state-branch commit subjects", () => {
  it.each<{ name: string; steps: Step[]; subject: string }>([
    {
      name: "a move within one run",
      steps: [deploy(V1), ...SIX],
      subject: "web: health_checking → running (run 1, ea861e2) [skip ci]",
    },
    {
      name: "the moves of one event, collapsed to where they started and ended",
      steps: [deploy(V1)],
      subject: "web: requested → validating (run 1, ea861e2) [skip ci]",
    },
    {
      name: "a failure that starts a rollback: each run named on its side of the boundary",
      steps: [deploy(V1), ...SIX, deploy(V2), ok, ok, ok, fail({ message: "GET /health → 503" })],
      subject: "web: health_checking → rollback_needed (run 2, 8d15309) → rolling_back (run 3, ea861e2) [skip ci]",
    },
    {
      name: "stage bookkeeping is not a transition: it says what happened and where",
      steps: [deploy(V1), report("stage.started")],
      subject: "web: validate started in validating (run 1, ea861e2) [skip ci]",
    },
    {
      name: "a queued trigger says so, where the deployment stands",
      steps: [deploy(V1), deploy(V3)],
      subject: "web: queued c0ffee0 behind run 1 (ea861e2) in validating (run 1, ea861e2) [skip ci]",
    },
    {
      name: "a pause that holds a busy deployment",
      steps: [deploy(V1), op("pause")],
      subject:
        "web: held: the running stage may finish; no new stage starts until resume in validating (run 1, ea861e2) [skip ci]",
    },
  ])("$name", ({ steps, subject }) => {
    expect(new Recorder().send(...steps)).toBe(subject);
  });

  it("names each region of a multi-region lifecycle, never `creating+creating`", () => {
    const r = new Recorder(stack, { stages: { create: {}, "db-migrate": {}, "scale-up": {} } });
    expect(r.send(deploy(V1))).toBe(
      "web: stack: none → creating, deployment: idle → creating (run 1, ea861e2) [skip ci]",
    );
    expect(r.send(report("stage.started"))).toBe(
      "web: create started in stack: creating, deployment: creating (run 1, ea861e2) [skip ci]",
    );
    expect(r.subject()).not.toContain("+");
  });
});

describe("Ferry-Move trailers and run outcomes", () => {
  it("record each move with its run, version and error, and read back as succeeded, rolled back and the rollback's success", () => {
    const r = new Recorder();
    r.send(deploy(V1), ...SIX, deploy(V2), ok, ok, ok, fail({ message: "GET /health → 503" }), ok);
    const moves = r.moves();
    expect(moves.find((m) => m.to === "rollback_needed")).toEqual({
      deployment: "web",
      at: expect.any(String),
      region: "main",
      from: "health_checking",
      to: "rollback_needed",
      event: "stage.failed",
      actor: "runner",
      run: 2,
      version: V2,
      error: { step: "health-check", state: "health_checking", message: "GET /health → 503" },
    });
    expect(moves.find((m) => m.to === "rolling_back")).toMatchObject({ run: 3, kind: "rollback", version: V1 });
    expect(moves.filter((m) => m.error)).toHaveLength(1);
    expect(Object.fromEntries(runOutcomes(standard, moves))).toEqual({
      1: "succeeded",
      2: "rolled-back",
      3: "succeeded",
    });
  });

  it.each<{ name: string; steps: Step[]; outcomes: Record<number, string> }>([
    {
      name: "a first deploy that fails has nothing to roll back to: failed",
      steps: [deploy(V1), ok, ok, fail({ message: "disk full" })],
      outcomes: { 1: "failed" },
    },
    {
      name: "a run still going",
      steps: [deploy(V1), ok],
      outcomes: { 1: "in-progress" },
    },
    {
      name: "a run a person rolled back after it succeeded",
      steps: [deploy(V1), ...SIX, deploy(V2), ok, ok, ok, ok, op("rollback"), ok],
      outcomes: { 1: "succeeded", 2: "rolled-back", 3: "succeeded" },
    },
  ])("$name", ({ steps, outcomes }) => {
    const r = new Recorder();
    r.send(...steps);
    expect(Object.fromEntries(runOutcomes(standard, r.moves()))).toEqual(outcomes);
  });

  it.each<{ name: string; moves: RecordedMove[]; outcomes: Record<number, string> }>([
    {
      name: "a run a newer one replaced before it came to rest is cancelled",
      moves: [move(1, "requested", "installing"), move(2, "installing", "installing", "deploy")],
      outcomes: { 1: "cancelled", 2: "in-progress" },
    },
    {
      name: "a run that rests in a neutral state",
      moves: [move(1, "draft", "deploying", "deploy"), move(1, "pausing", "pause")],
      outcomes: { 1: "neutral" },
    },
    {
      name: "a state the lifecycle no longer has reads as not ended",
      moves: [move(1, "requested", "gone")],
      outcomes: { 1: "in-progress" },
    },
  ])("$name", ({ moves, outcomes }) => {
    const lifecycle = moves.some((m) => m.to === "pause") ? builtinLifecycle("preview") : standard;
    expect(Object.fromEntries(runOutcomes(lifecycle, moves))).toEqual(outcomes);
  });

  it("keeps a move one trailer line even when a value holds a Unicode line separator", () => {
    const r = new Recorder();
    r.send({
      label: "deploy by an odd name",
      build: () => ({ type: "deploy", version: V1, cause: "merge", actor: "a\u2028b" }),
    });
    expect(r.moves()).toMatchObject([{ actor: "a\u2028b", to: "validating" }]);
  });

  it("skips trailers that are not moves, or moves of another deployment", () => {
    const mine = move(1, "a", "b");
    const trailers = {
      "Ferry-Move": [
        "not json",
        "[]",
        '{"deployment":"web"}',
        JSON.stringify(mine),
        '{"deployment":"api","at":"x","region":"main","from":"a","to":"b","event":"deploy"}',
      ],
    };
    expect(movesOf(trailers, "web")).toEqual([mine]);
  });
});

let clock = 0;
function move(run: number, from: string, to: string, event = "stage.succeeded"): RecordedMove {
  clock += 1;
  return {
    deployment: "web",
    at: new Date(Date.UTC(2030, 0, 1, 0, clock)).toISOString(),
    region: "main",
    from,
    to,
    event,
    actor: "ferry",
    run,
  };
}
