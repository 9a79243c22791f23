// `npm test`: the static checks (scripts/check-static.mjs) and `vitest run` side by side, failing if either fails.
// vitest leaves part of a 2-core machine idle (its end-to-end tests wait on servers, git and child processes), and
// the static checks need about 100 CPU-seconds; run one after the other they added their whole wall time to the
// suite's. The static checks run at a lower priority, so they fill the idle time and never slow the tests down. Their
// output is printed whole when both are done; vitest's streams as it runs. Arguments go to vitest
// (`npm test -- test/cli`).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { setPriority } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const vitest = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");

/** @returns {Promise<number>} the exit code, 1 when the process could not start or was killed */
function exitOf(child) {
  return new Promise((resolve) => {
    child.on("error", (error) => {
      process.stderr.write(`${String(error)}\n`);
      resolve(1);
    });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const checks = spawn(process.execPath, ["scripts/check-static.mjs"], {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
});
try {
  // Inherited by the checks it starts next; a system that refuses (no pid yet, no permission) runs them unchanged.
  if (checks.pid !== undefined) setPriority(checks.pid, 10);
} catch {
  // Same priority: slower tests, same results.
}
/** @type {Buffer[]} */
const checkOutput = [];
checks.stdout.on("data", (chunk) => checkOutput.push(chunk));
checks.stderr.on("data", (chunk) => checkOutput.push(chunk));

const tests = spawn(process.execPath, [vitest, "run", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });

const [testsCode, checksCode] = await Promise.all([exitOf(tests), exitOf(checks)]);
process.stdout.write(`\n${Buffer.concat(checkOutput).toString()}`);
process.stdout.write(`> vitest: ${testsCode === 0 ? "ok" : `failed (exit ${String(testsCode)})`}\n`);
if (testsCode !== 0 || checksCode !== 0) process.exit(1);
