import { commitsSince } from "../../adapters/local/commit-walker.ts";
import { initialDeploymentState, type DeploymentState } from "../../core/deployment-state.ts";
import { transition } from "../../core/transition.ts";
import { deploymentsTouched } from "../../manifest/deployments-touched.ts";
import { deploymentSpecOf } from "../../manifest/deployment-spec-of.ts";
import { formatSourceError } from "../../manifest/source-error.ts";
import { CliFailure } from "../cli-io.ts";
import type { LocalSession } from "./local-session.ts";
import { readCursor } from "./sync.ts";

export interface PlannedStep {
  readonly commit: string;
  readonly deployment: string;
  readonly event: "deploy" | "remove";
  /** States the deployment would pass through before waiting on a stage or resting. */
  readonly transitions: readonly string[];
  /** The stages it would start. */
  readonly stages: readonly string[];
  readonly refused?: string;
}

export interface Plan {
  readonly since: string | null;
  readonly commits: number;
  readonly steps: readonly PlannedStep[];
  readonly errors: readonly string[];
}

/**
 * A dry run of `ferry sync`: what the commits since `since` (default: the last sync) would
 * trigger, and the transitions each deployment would take up to its first stage. Pure over
 * what it reads: nothing is written, nothing runs.
 */
export async function plan(session: LocalSession, since?: string): Promise<Plan> {
  const { commit: tip } = await session.catalogAtTip();
  const from = since === undefined ? await readCursor(session) : await session.commitOf(since);
  // Not a usage error: the value is well formed, this repository just has no such commit (as `deploy --version`).
  if (since !== undefined && !from)
    throw new CliFailure(
      `unknown revision ${JSON.stringify(since)} for --since: give a commit, branch or tag of ${session.repo}`,
    );
  const commits = await commitsSince(session.repo, tip, from);
  const states = new Map<string, DeploymentState>();
  const steps: PlannedStep[] = [];
  const errors: string[] = [];
  for (const commit of commits) {
    const catalog = await session.catalogAt(commit.sha);
    errors.push(...catalog.errors.map(formatSourceError));
    const { triggered, removed } = deploymentsTouched(
      catalog.manifests,
      commit.changed,
      session.branch,
      session.branch,
    );
    const names = from ? triggered : [...catalog.manifests.keys()];
    const work = [...names.map((d) => [d, "deploy"] as const), ...removed.map((d) => [d, "remove"] as const)];
    for (const [deployment, type] of work) {
      const manifest = catalog.manifests.get(deployment) ?? session.catalog.manifest(deployment);
      const lifecycle = manifest && catalog.lifecycles.get(manifest.lifecycle);
      if (!manifest || !lifecycle) continue;
      const spec = deploymentSpecOf(manifest, lifecycle);
      const at = new Date().toISOString();
      const stored =
        states.get(deployment) ??
        (await currentState(session, deployment)) ??
        initialDeploymentState(spec.lifecycle, deployment, at);
      const base = {
        id: `plan:${commit.sha}:${deployment}`,
        at,
        actor: commit.author,
        cause: commit.merge ? ("merge" as const) : ("push" as const),
      };
      const result = transition(
        spec.lifecycle,
        stored,
        type === "deploy" ? { ...base, type, version: commit.sha } : { ...base, type },
        spec.context,
      );
      if (!result.ok) {
        steps.push({
          commit: commit.sha,
          deployment,
          event: type,
          transitions: [],
          stages: [],
          refused: `${result.reason}: ${result.detail}`,
        });
        continue;
      }
      states.set(deployment, result.state);
      const transitions = result.transitions.map((t) =>
        t.from === t.to ? `${t.to} (${t.note ?? t.event})` : `${t.from} → ${t.to}`,
      );
      const stages = result.effects.flatMap((e) => (e.type === "runStage" ? [e.stage] : []));
      steps.push({ commit: commit.sha, deployment, event: type, transitions, stages });
    }
  }
  return { since: since ?? from ?? null, commits: commits.length, steps, errors };
}

async function currentState(session: LocalSession, deployment: string): Promise<DeploymentState | undefined> {
  const read = (await session.store.read([deployment])).deployments.get(deployment);
  return read?.kind === "ok" ? read.state : undefined;
}
