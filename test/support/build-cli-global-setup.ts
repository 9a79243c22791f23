// @ts-expect-error: a plain ES module script without types; it exports buildCli(outdir?).
import { buildCli } from "../../scripts/build-cli.mjs";

/**
 * vitest global setup of the end-to-end project: builds lib/ from the current sources (esbuild,
 * well under a second), so the tests that start `bin/ferry.js` as a process, and the package
 * test, run the compiled CLI of this very tree, never a stale one.
 */
export default async function setup(): Promise<void> {
  await (buildCli as () => Promise<unknown>)();
}
