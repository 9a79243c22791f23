import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  endGroup,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunk-6GVAZK4R.js";
import "./chunk-2QHCXWJ5.js";

// src/action/action-io.ts
import { randomBytes } from "node:crypto";
var actionsIO = {
  input: (name) => getInput(name),
  output: (name, value) => setOutput(name, value),
  info: (line) => info(line),
  warning: (message, annotation) => warning(message, annotation),
  error: (message, annotation) => error(message, annotation),
  startGroup: (name) => startGroup(name),
  endGroup: () => endGroup(),
  beginUntrusted() {
    const token = randomBytes(16).toString("hex");
    info(`::stop-commands::${token}`);
    return () => info(`::${token}::`);
  },
  mask: (value) => setSecret(value),
  async summary(markdown) {
    if (!process.env["GITHUB_STEP_SUMMARY"]) return false;
    await summary.addRaw(markdown, true).write();
    summary.emptyBuffer();
    return true;
  },
  fail: (message) => setFailed(message),
  env: (name) => process.env[name],
  workspace: () => process.env["GITHUB_WORKSPACE"] || process.cwd()
};

// src/action/run-action.ts
var ACTION_COMMANDS = ["stage", "engine", "validate", "report"];
async function runAction(io, options = {}) {
  const command = io.input("command") || "validate";
  switch (command) {
    case "stage":
      await (await import("./stage-command-6ODXWUVJ.js")).stageCommand(io, options.signal ? { signal: options.signal } : {});
      return;
    case "validate":
      await (await import("./validate-command-PGQ6J3WV.js")).validateCommand(io);
      return;
    case "report":
      await (await import("./report-command-NSE43F6I.js")).reportCommand(io);
      return;
    case "engine":
      await (await import("./engine-command-HHZZA6FU.js")).engineCommand(io);
      return;
    default:
      io.fail(`unknown command ${JSON.stringify(command)}: use one of ${ACTION_COMMANDS.join(", ")}`);
  }
}

// src/action/main.ts
var controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    actionsIO.info(`ferry: received ${signal}; stopping the stage`);
    controller.abort();
  });
}
try {
  await runAction(actionsIO, { signal: controller.signal });
} catch (error2) {
  const err = error2;
  actionsIO.info(err.stack ?? String(err));
  actionsIO.fail(`ferry: ${err.message ?? String(err)}`);
}
