import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";

const bin = new URL("../../bin/ferry.js", import.meta.url).pathname;
const packageRoot = new URL("../../", import.meta.url).pathname;

/** Resolves when the child's stdout has a line with `text` (Probot logs "Listening on …" once it listens). */
function lineWith(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
    child.once("exit", (code) => reject(new Error(`ferry serve exited (${code}) before "${text}":\n${seen}`)));
  });
}

/** Probot's environment without credentials (so setup mode), logging "Listening on" as JSON to stdout. */
function setupEnv(port: number): Record<string, string> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: "127.0.0.1",
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
    // No smee.io channel: the tests stay off the network and write no WEBHOOK_PROXY_URL to .env.
    NO_SMEE_SETUP: "true",
  };
  for (const name of ["APP_ID", "PRIVATE_KEY", "PRIVATE_KEY_PATH", "WEBHOOK_SECRET", "WEBHOOK_PROXY_URL"])
    delete env[name];
  return env;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code)),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

describe("ferry serve", () => {
  it("has help", async () => {
    const result = await runFerryInProcess(["serve", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("start the ferry GitHub App");
  });

  // The process smoke test of `ferry serve`: it never returns, so it runs apart from cli-smoke's.
  it("starts the app like npm start; without credentials Probot serves its setup and answers /ping", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [bin, "serve"], {
      cwd: mkdtempSync(join(tmpdir(), "ferry-serve-")),
      env: setupEnv(port),
      stdio: ["ignore", "pipe", "ignore"],
    });
    try {
      await lineWith(child, "Listening on");
      expect(await (await fetch(`http://127.0.0.1:${port}/ping`)).text()).toBe("PONG");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited(child)).toBe(0);
  }, 40_000);

  // Probot's setup page registers the App from app.yml in the working directory; ferry serve, run
  // in a repository of one's own, must still offer ferry's app.yml, and keep .env where it started.
  it("in setup mode, run from a folder without app.yml, offers ferry's app.yml and writes .env where it started", async () => {
    const home = mkdtempSync(join(tmpdir(), "ferry-serve-home-"));
    const port = await freePort();
    const env = setupEnv(port);
    const packageEnv = join(packageRoot, ".env");
    const packageEnvBefore = existsSync(packageEnv) ? readFileSync(packageEnv, "utf8") : undefined;
    const child = spawn(process.execPath, [bin, "serve"], { cwd: home, env, stdio: ["ignore", "pipe", "ignore"] });
    try {
      await lineWith(child, "Listening on");
      const page = await (await fetch(`http://127.0.0.1:${port}/probot`)).text();
      const manifest = JSON.parse(/value='([^']*)'/.exec(page)?.[1] ?? "{}") as Record<string, unknown>;
      const ferry = parse(readFileSync(join(packageRoot, "app.yml"), "utf8")) as Record<string, unknown>;
      expect(ferry["default_permissions"]).toMatchObject({ actions: "write", checks: "write", statuses: "write" });
      expect(manifest).toMatchObject({
        name: ferry["name"],
        url: ferry["url"],
        public: false,
        default_events: ferry["default_events"],
        default_permissions: ferry["default_permissions"],
        hook_attributes: { url: `http://127.0.0.1:${port}/` },
        redirect_url: `http://127.0.0.1:${port}/probot/setup`,
      });

      // The page's other way in: credentials of an App registered by hand, saved to .env.
      const saved = await fetch(`http://127.0.0.1:${port}/probot/import`, {
        method: "POST",
        body: JSON.stringify({ appId: "4242", pem: "a key", webhook_secret: "hush" }),
      });
      expect(saved.status).toBe(200);
      expect(readFileSync(join(home, ".env"), "utf8").split("\n").sort()).toEqual([
        "APP_ID=4242",
        'PRIVATE_KEY="a key"',
        "WEBHOOK_SECRET=hush",
      ]);
      expect(existsSync(packageEnv) ? readFileSync(packageEnv, "utf8") : undefined).toBe(packageEnvBefore);
    } finally {
      child.kill("SIGTERM");
    }
    // ferry serve stops on SIGTERM by itself (as a container's PID 1 must).
    expect(await exited(child)).toBe(0);
  }, 40_000);
});
