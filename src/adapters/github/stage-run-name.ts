/** The stage a workflow run's title names: what `ferry-stage.yml`'s `run-name` writes from its inputs. */
export interface NamedStage {
  readonly deployment: string;
  readonly stage: string;
  readonly runId: number;
  readonly attempt: number;
}

/**
 * The `run-name` of `ferry-stage.yml` (docs/architecture.md#names-fixed-for-users), as `ferry init`
 * writes it. GitHub shows it as the run's title and sends it as `workflow_run.display_title`, so a
 * run says which stage attempt it is without ferry recording the run id anywhere.
 */
export const STAGE_RUN_NAME =
  "ferry ${{ inputs.deployment }} ${{ inputs.stage }} (run ${{ inputs.run_id }}, attempt ${{ inputs.attempt }})";

// Deployment and stage names never hold spaces or parentheses (schemas/manifest.schema.json).
const TITLE = /^ferry (\S+) (\S+) \(run ([1-9]\d{0,9}), attempt ([1-9]\d{0,9})\)$/;

/** The title GitHub gives the run dispatched for this stage attempt. */
export function stageRunName(stage: NamedStage): string {
  return `ferry ${stage.deployment} ${stage.stage} (run ${stage.runId}, attempt ${stage.attempt})`;
}

/** The stage attempt a run's title names, or undefined for any other title (an older workflow file, another workflow). */
export function stageOfRunName(title: unknown): NamedStage | undefined {
  if (typeof title !== "string") return undefined;
  const [, deployment, stage, runId, attempt] = TITLE.exec(title) ?? [];
  if (deployment === undefined || stage === undefined) return undefined;
  return { deployment, stage, runId: Number(runId), attempt: Number(attempt) };
}

/**
 * Whose runs a run's title may place: the login that dispatches ferry's runs (the app's bot), or
 * `anyone` where that login is not known in advance (token mode: whatever identity the workflow's
 * token has). A title is only text: anyone who may dispatch the workflow can write any inputs, so
 * a run someone else started must not decide a stage.
 */
export type Dispatcher = { readonly login: string } | "anyone";

/** The stage attempt a run's title names, when `dispatcher` started the run; undefined otherwise. */
export function trustedStageName(
  title: string | undefined,
  startedBy: string | undefined,
  dispatcher: Dispatcher | undefined,
): NamedStage | undefined {
  if (dispatcher === undefined) return undefined;
  if (dispatcher !== "anyone" && startedBy?.toLowerCase() !== dispatcher.login.toLowerCase()) return undefined;
  return stageOfRunName(title);
}

/** Who started a run, from a `workflow-run` object of a webhook: `triggering_actor`, else `actor`. */
export function runStarter(run: Record<string, unknown>): string | undefined {
  return loginOf(run["triggering_actor"]) ?? loginOf(run["actor"]);
}

function loginOf(user: unknown): string | undefined {
  const login = typeof user === "object" && user !== null ? (user as Record<string, unknown>)["login"] : undefined;
  return typeof login === "string" && login !== "" ? login : undefined;
}
