import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { plan } from "../local/plan.ts";

/** `ferry plan [--since REV] [--json]`: a dry run of `ferry sync` with no side effects at all. */
export function planCommand(io: CliIo, repo: () => string): Command {
  return new Command("plan")
    .description("dry run: which deployments the commits since REV would trigger, and the transitions each would take")
    .option("--since <rev>", "start after this commit (default: the last sync)")
    .option("--branch <name>", "the trigger branch")
    .option("--json", "print JSON for scripts")
    .action(async (options: { since?: string; branch?: string; json?: boolean }) => {
      const session = await LocalSession.open(repo(), io, options.branch);
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
