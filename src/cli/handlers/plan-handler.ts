import type { CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { plan } from "../local/plan.ts";

export interface PlanOptions {
  readonly since?: string;
  readonly branch?: string;
  readonly json?: boolean;
}

/** What `ferry plan` runs: a dry run of `ferry sync`, no side effects at all. */
export async function planHandler(io: CliIo, repo: string, options: PlanOptions): Promise<void> {
  return LocalSession.using(repo, io, options.branch, async (session) => {
    const result = await plan(session, options.since);
    if (options.json) return io.out(JSON.stringify(result, null, 2));
    for (const error of result.errors) io.err(error);
    if (result.steps.length === 0)
      return io.out(
        `nothing to do: ${result.commits} commit(s) on ${session.branch} since ${result.since?.slice(0, 7) ?? "the start"} trigger no deployment`,
      );
    for (const step of result.steps) {
      const what = step.refused
        ? `refused (${step.refused})`
        : `${step.transitions.join(", ")}${step.stages.length > 0 ? `; runs ${step.stages.join(", ")}` : ""}`;
      io.out(`${step.commit.slice(0, 7)}  ${step.deployment}  ${step.event}: ${what}`);
    }
  });
}
