import type { Dispatcher } from "../../adapters/github/stage-run-name.ts";
import type { FerryConfig } from "../../manifest/load-ferry-config.ts";
import type { Logger } from "../../ports/logger.ts";
import type { WebhookOrigin } from "../payload.ts";
import type { RepoWorker } from "../repo-workers.ts";

/** What every webhook handler gets: the repository's worker, and where the webhook came from (its facts come beside it). */
export interface HandlerContext {
  readonly worker: RepoWorker;
  readonly origin: WebhookOrigin;
  /** X-GitHub-Delivery: the id of explicit events (labels, buttons), so a redelivery changes nothing. */
  readonly deliveryId: string;
  /** `.github/ferry.yml` with defaults, read lazily (most webhooks never need it). */
  readonly settings: () => Promise<FerryConfig>;
  /** Forgets the cached settings, after a push that changed them. */
  readonly forgetSettings: () => void;
  /** Event time: the app's clock, so tests can move it. */
  readonly now: () => string;
  /** Waiting between attempts to act: the app's clock, like event time. */
  readonly sleep: (ms: number) => Promise<void>;
  /** The runner workflow's file name, to tell ferry's workflow runs from others. */
  readonly workflow: string;
  /** Who dispatches ferry's runs, so a run's title may name its stage; undefined while not known. */
  readonly dispatcher: () => Promise<Dispatcher | undefined>;
  readonly log: Logger;
}
