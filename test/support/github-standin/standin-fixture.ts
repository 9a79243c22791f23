import { sign } from "node:crypto";
import { ProbotOctokit } from "probot";
import { generateAppKey } from "./generate-app-key.ts";
import { startGitHubStandin, type GitHubStandin, type GitHubStandinOptions } from "./github-standin.ts";

/** Probot's Octokit with throttling and retries off, so tests see every answer as it is (function form: the object form does not turn throttling off). */
export const TestOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { ...(options["throttle"] as object | undefined), enabled: false },
  retry: { enabled: false },
}));
export type TestOctokit = InstanceType<typeof TestOctokit>;

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
