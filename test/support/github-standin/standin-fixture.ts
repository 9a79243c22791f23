import { sign } from "node:crypto";
import Bottleneck from "bottleneck";
import { ProbotOctokit } from "probot";
import { FerryOctokit } from "../../../src/adapters/github/ferry-octokit.ts";
import { generateAppKey } from "./generate-app-key.ts";
import { startGitHubStandin, type GitHubStandin, type GitHubStandinOptions } from "./github-standin.ts";

/** Probot's Octokit with throttling and retries off, so tests see every answer as it is (function form: the object form does not turn throttling off). */
export const TestOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { ...(options["throttle"] as object | undefined), enabled: false },
  retry: { enabled: false },
}));
export type TestOctokit = InstanceType<typeof TestOctokit>;

/**
 * ferry's own Octokit, with Probot's real retry and throttling plugins on, waits scaled from seconds to
 * milliseconds (`retryAfterBaseValue: 1`) and writes not spaced a second apart (a write limiter without
 * `minTime`), so a test sees the plugins retry, honour `retry-after` and give up, without real waits.
 */
export const RetryingTestOctokit = FerryOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { ...(options["retry"] as object | undefined), retryAfterBaseValue: 1 },
  throttle: {
    ...(options["throttle"] as object | undefined),
    retryAfterBaseValue: 1,
    write: new Bottleneck.Group({ maxConcurrent: 1 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1 }),
  },
}));

/** One app key per test process: generating RSA keys costs ~50-100 ms each. */
let key: string | undefined;

/** The shared test app key. */
export function testAppKey(): string {
  key ??= generateAppKey();
  return key;
}

/** The test app's id. */
export const APP_ID = 4242;
/** The test app's webhook secret. */
export const WEBHOOK_SECRET = "standin-secret";

/** Starts a stand-in for the test app. */
export function startTestStandin(options: Partial<GitHubStandinOptions> = {}): Promise<GitHubStandin> {
  return startGitHubStandin({ appId: APP_ID, privateKey: testAppKey(), webhookSecret: WEBHOOK_SECRET, ...options });
}

/** An Octokit that authenticates like ferry's app: JWT, then an installation token from the JWT flow. */
export function installationOctokit(gh: GitHubStandin, installationId: number): TestOctokit {
  return new TestOctokit({ auth: { appId: APP_ID, privateKey: testAppKey(), installationId }, baseUrl: gh.baseUrl });
}

/** An Octokit authenticated as the app itself (JWT). */
export function appOctokit(gh: GitHubStandin): TestOctokit {
  return new TestOctokit({ auth: { appId: APP_ID, privateKey: testAppKey() }, baseUrl: gh.baseUrl });
}

/** An RS256 app JWT like the one @octokit/auth-app makes (claims overridable to test GitHub's checks). */
export function appJwt(claims: Record<string, unknown> = {}, privateKey = testAppKey()): string {
  const now = Math.floor(Date.now() / 1000);
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString("base64url");
  const body = `${enc({ alg: "RS256", typ: "JWT" })}.${enc({ iat: now - 30, exp: now + 540, iss: APP_ID, ...claims })}`;
  return `${body}.${sign("RSA-SHA256", Buffer.from(body), privateKey).toString("base64url")}`;
}
