import { readFileSync } from "node:fs";
import { Probot, type ProbotOctokit } from "probot";
import { defaultBranchOf } from "../../adapters/github/app-installations.ts";
import { FerryOctokit } from "../../adapters/github/ferry-octokit.ts";
import { systemClock } from "../../adapters/local/system-clock.ts";
import { createFerryApp } from "../../app/ferry-app.ts";
import type { Clock } from "../../ports/clock.ts";
import type { ActionIO } from "../action-io.ts";

/** Events the engine handles inside a workflow; `schedule` (and a manual dispatch) fire due timers. */
export const ENGINE_EVENTS = [
  "push",
  "pull_request",
  "check_run",
  "workflow_run",
  "workflow_job",
  "schedule",
  "workflow_dispatch",
] as const;

/**
 * `command: engine` — the whole ferry app inside a workflow, for teams that host no server. It
 * runs Probot with the workflow's token (token mode: one repository, no installation) and hands
 * it the workflow's event, as `@probot/adapter-github-actions` does; that adapter pins probot 13
 * and reads only `GHE_HOST`, so ferry does the same few steps with its own Probot 14 and
 * `GITHUB_API_URL`. A `schedule` or `workflow_dispatch` event fires due timers instead.
 */
export async function engineCommand(
  io: ActionIO,
  options: {
    readonly Octokit?: typeof ProbotOctokit;
    /** Time for events and timers; tests pass a clock they move instead of waiting for a deadline. */
    readonly clock?: Clock;
  } = {},
): Promise<void> {
  const env = (name: string) => io.env(name);
  const token = io.input("token") || env("GITHUB_TOKEN") || "";
  const eventName = env("GITHUB_EVENT_NAME") ?? "";
  const eventPath = env("GITHUB_EVENT_PATH") ?? "";
  const [owner, repo] = (env("GITHUB_REPOSITORY") ?? "").split("/");
  const baseUrl = env("GITHUB_API_URL") ?? "https://api.github.com";
  if (!token) return io.fail("command engine needs a token: set `token` (default: the workflow's GITHUB_TOKEN)");
  if (!owner || !repo)
    return io.fail("command engine needs GITHUB_REPOSITORY (owner/name); it runs inside a GitHub Actions workflow");
  if (!(ENGINE_EVENTS as readonly string[]).includes(eventName))
    return io.fail(
      `command engine does not handle ${JSON.stringify(eventName)} events; trigger it on ${ENGINE_EVENTS.join(", ")}`,
    );

  const app = createFerryApp({ tokenMode: true, clock: options.clock ?? systemClock });
  // ferry's Octokit: Probot's retry and throttling plugins, with rate limits waited out (inside a
  // workflow too, GitHub wants content-creating requests spaced out). Tests pass one with throttling off.
  const Octokit = (options.Octokit ?? FerryOctokit).defaults({ baseUrl });
  const probot = new Probot({ githubToken: token, Octokit, logLevel: "info" });
  await probot.load(app);
  if (eventName === "schedule" || eventName === "workflow_dispatch") {
    const octokit = await probot.auth();
    await app.fireDueTimers({ owner, repo }, await defaultBranchOf(octokit, { owner, repo }));
    io.info(`fired the due timers of ${owner}/${repo}`);
  } else {
    const payload = JSON.parse(readFileSync(eventPath, "utf8")) as Record<string, unknown>;
    const id = `${env("GITHUB_RUN_ID") ?? "run"}-${env("GITHUB_RUN_ATTEMPT") ?? "1"}`;
    // Through unknown: the file is whatever GitHub sent for `eventName`, and the App's handlers check each payload as
    // they read it; comparing this object with the union of every webhook's type
    // was one of the typecheck's slowest expressions.
    const event = { id, name: eventName, payload } as unknown as Parameters<Probot["receive"]>[0];
    await probot.receive(event);
    await app.idle();
    io.info(`handled ${eventName} for ${owner}/${repo}`);
  }
  io.output("result", "succeeded");
}
