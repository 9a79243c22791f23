import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";

const bin = new URL("../../bin/ferry.js", import.meta.url).pathname;

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
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
    };
    for (const name of ["APP_ID", "PRIVATE_KEY", "PRIVATE_KEY_PATH", "WEBHOOK_SECRET"]) delete env[name];
    const child = spawn(process.execPath, [bin, "serve"], { env, stdio: "ignore", detached: true });
    try {
      let body = "";
      for (let i = 0; i < 100 && body !== "PONG"; i++) {
        await new Promise((r) => setTimeout(r, 200));
        body = await fetch(`http://127.0.0.1:${port}/ping`).then(
          (r) => r.text(),
          () => "",
        );
      }
      expect(body).toBe("PONG");
    } finally {
      process.kill(-child.pid!, "SIGTERM");
    }
  }, 40_000);
});
