import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";
import { run, type ApplicationFunction, type Server } from "probot";
import { FerryOctokit } from "../adapters/github/ferry-octokit.ts";
import ferryApp from "../app/index.ts";

/**
 * ferry's package root, where its `app.yml` is: two folders above this file, in src/cli/ as in
 * every file of the built lib/ (scripts/build-cli.mjs puts each two folders below the root).
 */
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Starts the GitHub App as Probot's `run` does (its environment: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET,
 * WEBHOOK_PROXY_URL, …; `.env` in the working directory), with ferry's Octokit, and returns the server.
 *
 * Without credentials Probot serves its setup page, which registers the App from `app.yml` in the
 * working directory: run anywhere but ferry's folder, it would register an App without ferry's
 * permissions and events. Probot has no option for that file, so in setup mode (the one mode in
 * which `run` never loads the app) the process moves to ferry's package root once the server is
 * up; Probot reads `app.yml` only when the page is asked for. The credentials the page obtains
 * still go to `.env` in the directory `ferry serve` was started from, where the next start reads them.
 */
export async function serveApp(): Promise<Server> {
  const home = process.cwd();
  let appLoaded = false;
  const app: ApplicationFunction = (probot, options) => {
    appLoaded = true;
    return ferryApp(probot, options);
  };
  // ferry's Octokit: Probot's retry and throttling plugins, with rate limits waited out instead of dropped.
  const server = await run(app, { Octokit: FerryOctokit, updateEnv: envFileUpdater(join(home, ".env")) });
  if (!appLoaded) process.chdir(PACKAGE_ROOT);
  return server;
}

type UpdateEnv = NonNullable<NonNullable<Parameters<typeof run>[1]>["updateEnv"]>;

/**
 * Probot's `updateEnv` with the file fixed instead of taken from the working directory at the time
 * of the call: merges the values into the file and into `process.env`, as Probot's does.
 */
function envFileUpdater(file: string): UpdateEnv {
  return (values) => {
    const merged: NodeJS.ProcessEnv = { ...readEnvFile(file), ...values };
    const text = Object.entries(merged)
      .map(([key, value = ""]) => `${key}=${value.replace(/\n/g, "\\n")}`)
      .join("\n");
    writeFileSync(file, text);
    Object.assign(process.env, merged);
    return merged;
  };
}

function readEnvFile(file: string): NodeJS.ProcessEnv {
  try {
    return parseEnv(readFileSync(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
}
