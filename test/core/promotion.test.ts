/**
 * Promotion between deployments: which versions a source deployment's state file shows to have
 * reached a state (`promotionFact`), and how `transition()` gates triggers on that fact.
 */
import { describe, expect, it } from "vitest";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import type { Cause } from "../../src/core/ferry-event.ts";
import { promotionFact, type Promotion } from "../../src/core/promotion-fact.ts";
import type { Reason } from "../../src/core/reason.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, drive, fail, op, succeed, type Step } from "./lifecycles/drive.ts";

const standard = builtinLifecycle("standard");
const STAGES: TransitionContext = { stages: { install: {}, rollback: {} } };
const ok = succeed();

/** The source (staging) after the steps, on the standard lifecycle with install and rollback only. */
const staging = (...steps: Step[]): DeploymentState => drive(standard, steps, STAGES).state;

const RUNNING = { from: "staging", state: "running" } as const;
const GOOD = { from: "staging" } as const;

const facts: readonly (readonly [string, Promotion, DeploymentState | undefined, readonly string[]])[] = [
  ["no state file yet: nothing is promoted", RUNNING, undefined, []],
  ["installing v1: not yet", RUNNING, staging(deploy("v1")), []],
  ["running v1: v1", RUNNING, staging(deploy("v1"), ok), ["v1"]],
  ["running v1, updating to v2: v1 only", RUNNING, staging(deploy("v1"), ok, deploy("v2")), ["v1"]],
  ["running v2 after v1: both", RUNNING, staging(deploy("v1"), ok, deploy("v2"), ok), ["v2", "v1"]],
  [
    "v2 failed and was rolled back to v1: v1 only",
    RUNNING,
    staging(deploy("v1"), ok, deploy("v2"), fail(), ok),
    ["v1"],
  ],
  ["a state nothing reached: none", { from: "staging", state: "stopping" }, staging(deploy("v1"), ok), []],
  [
    "stopping: v1 reached it in the current run",
    { from: "staging", state: "stopping" },
    staging(deploy("v1"), ok, op("stop")),
    ["v1"],
  ],
  ["without a state: the good versions", GOOD, staging(deploy("v1"), ok, deploy("v2"), ok), ["v2", "v1"]],
  ["without a state, first install failed: none", GOOD, staging(deploy("v1"), fail()), []],
];

describe("promotionFact: what the source's state file shows", () => {
  it.each(facts)("%s", (_title, promotion, source, versions) => {
    const fact = promotionFact(promotion, source);
    expect(fact.versions).toEqual(versions);
    expect(fact).toMatchObject(promotion);
  });

  it("says where the source stands, for the refusal's text", () => {
    expect(promotionFact(RUNNING, undefined).source).toBe("staging has not deployed anything yet");
    const sha = "abcdef1".padEnd(40, "0");
    expect(promotionFact(RUNNING, staging(deploy(sha))).source).toBe("staging runs abcdef1 in installing");
  });
});

/** Production's context when staging runs v1 and is installing v2. */
const PROMOTED_V1: TransitionContext = {
  ...STAGES,
  promotion: promotionFact(RUNNING, staging(deploy("v1"), ok, deploy("v2"))),
};

const gates: readonly (readonly [string, readonly Step[], Step, Reason | "ok"])[] = [
  ["a merge of a promoted version deploys", [], deploy("v1"), "ok"],
  ["a merge of a version staging has not run is refused", [], deploy("v2"), "not-promoted"],
  ["an explicit deploy of it is refused too: the gate is the point", [], deploy("v2", "label"), "not-promoted"],
  ["from the CLI as well", [], deploy("v2", "cli"), "not-promoted"],
  ["a promotion trigger of a promoted version deploys", [], deploy("v1", "promotion" as Cause), "ok"],
  [
    "a busy deployment still refuses an unpromoted version rather than queueing it",
    [deploy("v1")],
    deploy("v2"),
    "not-promoted",
  ],
  ["a retry redeploys the version it ran", [deploy("v1"), fail()], op("retry"), "ok"],
];

describe("transition(): the promotion gate", () => {
  it.each(gates)("%s", (_title, setup, event, expected) => {
    const d = drive(standard, setup, PROMOTED_V1);
    expect(d.probe(event)).toBe(expected);
  });

  it("names the state, the source and where it stands in the refusal", () => {
    const d = drive(standard, [], PROMOTED_V1);
    const refused = d.refuse(deploy("v2"));
    expect(refused.detail).toBe(
      "v2 has not reached running in staging (staging runs v2 in installing); it deploys here once it has",
    );
  });

  it("without a state: names a successful deployment", () => {
    const d = drive(standard, [], { ...STAGES, promotion: promotionFact(GOOD, undefined) });
    expect(d.refuse(deploy("v1")).detail).toBe(
      "v1 has not been deployed successfully in staging (staging has not deployed anything yet); it deploys here once it has",
    );
  });

  it("a rollback returns to this deployment's own good version, promoted or not", () => {
    const d = drive(standard, [deploy("v1"), ok], {
      ...STAGES,
      promotion: promotionFact(RUNNING, staging(deploy("v1"), ok)),
    });
    d.context = { ...STAGES, promotion: promotionFact(RUNNING, staging(deploy("v1"), ok, deploy("v2"), ok)) };
    d.run(deploy("v2"), fail());
    expect(d.state.run).toMatchObject({ kind: "rollback", version: "v1" });
    // No promotion fact at all (a manifest without `promotion`): every version deploys.
    expect(drive(standard, [], STAGES).probe(deploy("v9"))).toBe("ok");
  });

  it("a queued version that is no longer promoted when its turn comes is dropped, not deployed", () => {
    const both = { ...STAGES, promotion: promotionFact(RUNNING, staging(deploy("v1"), ok, deploy("v2"), ok)) };
    const d = drive(standard, [deploy("v1"), deploy("v2")], both);
    expect(d.state.queue.map((q) => q.version)).toEqual(["v2"]);
    d.context = PROMOTED_V1;
    d.run(ok);
    expect(d.current()).toBe("running");
    expect(d.state.run?.version).toBe("v1");
    expect(d.state.queue).toEqual([]);
  });
});
