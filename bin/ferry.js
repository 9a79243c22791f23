#!/usr/bin/env node
// Runs the compiled CLI (lib/, built by `npm run build`; `npm ci` and `npm pack` build it through
// `prepare`). To run the TypeScript sources directly while working on ferry: `npm run ferry:dev -- …`.
try {
  await import("../lib/cli/ferry.js");
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("lib/cli/ferry.js")) {
    process.stderr.write("ferry: lib/cli/ferry.js is missing; run `npm run build` in ferry's folder\n");
    process.exit(1);
  }
  throw error;
}
