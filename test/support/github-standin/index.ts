/** ferry's GitHub stand-in for end-to-end tests; see README.md beside this file. */
export {
  DEFAULT_WEBHOOK_EVENTS,
  GitHubStandin,
  startGitHubStandin,
  type GitHubStandinOptions,
} from "./github-standin.ts";
export { generateAppKey } from "./generate-app-key.ts";
export type { FaultSpec, FaultMatch } from "./fault-injector.ts";
export type { RequestCounts, KindCounts } from "./request-counter.ts";
export type { Violation, Rejection, RequestRecord } from "./standin-log.ts";
export type { ViolationKind } from "./http-error.ts";
export type { WebhookDelivery, DeliveryAttempt, WebhookFanout } from "./webhook-dispatcher.ts";
export type { CreateRepoOptions, RepoInfo } from "./repo-factory.ts";
export type { OpenedPull } from "./standin-helpers.ts";
export type { FileMap } from "./repo-writer.ts";
export type { Permission } from "./standin-state.ts";
export type { RunView, RunConclusion, RunExecutor, StepOutcome } from "./workflow-runner.ts";
