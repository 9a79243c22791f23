// Runs npm test's static checks (typecheck, type-aware lint, Prettier, the dist/ check) side by side and fails
// if any fails. Each is one mostly single-threaded process, so on two cores running them together takes about
// half the time of running them one after another; each one's output is printed whole, once it has finished.
import { spawn } from "node:child_process";

const CHECKS = ["typecheck", "lint", "format:check", "check:dist"];

/** @param {string} script @returns {Promise<{ script: string, code: number | null, output: string }>} */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", (error) => resolve({ script, code: 1, output: String(error) }));
    child.on("close", (code) => resolve({ script, code, output: Buffer.concat(output).toString() }));
  });
}

const started = Date.now();
const results = await Promise.all(
  CHECKS.map((script) =>
    run(script).then((result) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const verdict = result.code === 0 ? "ok" : `failed (exit ${String(result.code)})`;
      process.stdout.write(`${result.output}${result.output.endsWith("\n") || !result.output ? "" : "\n"}`);
      process.stdout.write(`> ${script}: ${verdict} after ${seconds} s\n`);
      return result;
    }),
  ),
);
if (results.some((result) => result.code !== 0)) process.exit(1);
