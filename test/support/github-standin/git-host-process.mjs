// Runs git commands for the stand-in's git store, one request per line on stdin, one answer per line on stdout.
// Why a process of its own: Node forks the whole calling process for every child, and a test worker that holds
// Probot, the App and GitHub's compiled OpenAPI description is large, so each of the hundreds of git commands a
// test file makes cost a fork of hundreds of megabytes (measured: over half the worker's time). Forking this small
// process instead costs next to nothing, and git itself runs the same commands with the same input and environment.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/** @param {unknown} answer */
function reply(answer) {
  process.stdout.write(JSON.stringify(answer) + "\n");
}

createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
  /** @type {{ id: number, args: string[], cwd: string, env: Record<string, string>, input: string }} */
  const request = JSON.parse(line);
  const child = spawn("git", request.args, { cwd: request.cwd, env: request.env, stdio: ["pipe", "pipe", "pipe"] });
  /** @type {Buffer[]} */
  const out = [];
  /** @type {Buffer[]} */
  const err = [];
  let failed = false;
  child.stdout.on("data", (chunk) => out.push(chunk));
  child.stderr.on("data", (chunk) => err.push(chunk));
  child.on("error", (error) => {
    failed = true;
    reply({ id: request.id, error: error.message });
  });
  child.on("close", (code) => {
    if (failed) return;
    const stdout = Buffer.concat(out).toString("base64");
    reply({ id: request.id, code, stdout, stderr: Buffer.concat(err).toString() });
  });
  child.stdin.on("error", () => undefined);
  child.stdin.end(Buffer.from(request.input, "base64"));
});
