import { initialDeploymentState, type DeploymentState } from "../core/deployment-state.ts";
import type { FerryEvent } from "../core/ferry-event.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import { transition } from "../core/transition.ts";
import type { TransitionContext } from "../core/transition-context.ts";
import { BUILTIN_LIFECYCLES, builtinLifecycle } from "../manifest/builtin-lifecycles.ts";

/**
 * `npm run demo` for now: drives each built-in lifecycle through the pure engine with an
 * in-memory runner and prints every transition. Local mode (a real git repository and local
 * processes) replaces this once the local adapters exist.
 */
interface Scenario {
  readonly lifecycle: string;
  readonly context: TransitionContext;
  /** Stage outcomes in order; stages not listed succeed. */
  readonly fail?: readonly string[];
  readonly versions: readonly string[];
}

const scenarios: readonly Scenario[] = [
  { lifecycle: "standard", context: { stages: { install: {}, "health-check": {}, rollback: {} } }, versions: ["a1f3c9e", "b7d2e41"], fail: ["health-check@b7d2e41"] },
  { lifecycle: "rolling", context: { threshold: 2 }, versions: ["c0ffee1", "d15ea5e"] },
  { lifecycle: "stack-migration", context: { stages: { create: {}, "scale-down": {}, "infra-migrate": {}, "db-migrate": {}, "scale-up": {}, upsert: {} } }, versions: ["e1e1e1e", "f2f2f2f"] },
  { lifecycle: "setup-deploy", context: { stages: { setup: {}, deploy: {} } }, versions: ["0a0a0a0"] },
  { lifecycle: "preview", context: { stages: { initialize: {}, deploy: {}, pause: {} }, timers: { "pause-after": 3600 } }, versions: ["1b1b1b1"] },
];

let clock = Date.UTC(2026, 0, 1, 9, 0, 0);
let seq = 0;
const base = () => ({ id: `demo-${++seq}`, at: new Date((clock += 7_000)).toISOString(), actor: "demo" });

function apply(lifecycle: Lifecycle, state: DeploymentState, event: FerryEvent, context: TransitionContext): DeploymentState {
  const result = transition(lifecycle, state, event, context);
  if (!result.ok) {
    console.log(`    ✗ ${event.type} refused: ${result.reason} — ${result.detail}`);
    return state;
  }
  for (const t of result.transitions) {
    const region = Object.keys(lifecycle.regions).length > 1 ? `[${t.region}] ` : "";
    console.log(`    ${region}${t.from} → ${t.to}  (${t.event}${t.note ? `: ${t.note}` : ""})`);
  }
  for (const e of result.effects) if (e.type === "runStage") console.log(`      ▶ run stage ${e.stage} for ${e.version} (run ${e.runId}, attempt ${e.attempt})`);
  return result.state;
}

/** The in-memory runner: answers every dispatched stage until nothing runs. */
function settle(lifecycle: Lifecycle, state: DeploymentState, scenario: Scenario): DeploymentState {
  for (let guard = 0; guard < 100; guard++) {
    const running = state.run && state.stages.findLast((s) => s.runId === state.run!.id && s.status === "dispatching");
    if (!running) return state;
    const fails = scenario.fail?.includes(`${running.stage}@${state.run!.version}`);
    const report = { runId: running.runId, attempt: running.attempt, stage: running.stage, ...(fails ? { message: "HTTP 503 from /healthz" } : {}) };
    state = apply(lifecycle, state, { ...base(), cause: "runner", type: fails ? "stage.failed" : "stage.succeeded", stage: report }, scenario.context);
  }
  return state;
}

for (const name of BUILTIN_LIFECYCLES) {
  const scenario = scenarios.find((s) => s.lifecycle === name)!;
  const lifecycle = builtinLifecycle(name);
  console.log(`\n${name} — ${lifecycle.description.split("\n")[0]}`);
  let state = initialDeploymentState(lifecycle, `demo-${name}`, new Date(clock).toISOString());
  for (const version of scenario.versions) {
    console.log(`  merge ${version}:`);
    state = apply(lifecycle, state, { ...base(), cause: "merge", type: "deploy", version }, scenario.context);
    state = settle(lifecycle, state, scenario);
  }
  if (name === "preview") {
    const timer = state.timers.find((t) => t.name === "pause-after")!;
    console.log(`  pause-after timer fires (${timer.due}):`);
    state = apply(lifecycle, state, { ...base(), cause: "timer", type: "timer", timer: { name: timer.name, due: timer.due } }, scenario.context);
    state = settle(lifecycle, state, scenario);
  }
  const regions = Object.entries(state.regions).map(([r, s]) => (Object.keys(state.regions).length > 1 ? `${r}=${s.state}` : s.state)).join(", ");
  const error = state.error ? `; last error: ${state.error.step}: ${state.error.message}` : "";
  console.log(`  ⇒ ${regions} on ${state.run?.version ?? "-"} (run ${state.run?.id ?? "-"}, ${state.run?.kind ?? "-"})${error}`);
}
