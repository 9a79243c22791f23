/**
 * The Action's entry point, bundled to `dist/action.js` by `scripts/build-action.mjs`. It only
 * wires the runner to the commands: inputs and outputs go through `actionsIO`, and a cancelled
 * job (the runner sends SIGINT, then SIGTERM) stops the stage's processes before the runner
 * kills this one.
 */
import { actionsIO } from "./action-io.ts";
import { runAction } from "./run-action.ts";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    actionsIO.info(`ferry: received ${signal}; stopping the stage`);
    controller.abort();
  });
}

try {
  await runAction(actionsIO, { signal: controller.signal });
} catch (error) {
  const err = error as Error;
  actionsIO.info(err.stack ?? String(err));
  actionsIO.fail(`ferry: ${err.message ?? String(err)}`);
}
