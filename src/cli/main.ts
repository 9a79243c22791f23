import { processIo } from "./cli-io.ts";
import { debugRequested, errorLine } from "./error-line.ts";
import { runCli } from "./run-cli.ts";

// runCli catches what its commands throw; these catch what escapes a fire-and-forget, so a real
// process never dies printing a stack either.
const fatal = (error: unknown): void => {
  processIo.err(errorLine(error, debugRequested()));
  process.exit(1);
};
process.on("uncaughtException", fatal);
process.on("unhandledRejection", fatal);

process.exitCode = await runCli(process.argv.slice(2));
