import { configDefaults, defineConfig } from "vitest/config";

/**
 * Unit tests run in-process only: no child processes, no git, no sockets, no stand-in. They share one module graph
 * on every core. A test file is unit only when a pattern here names it; anything else (including a new file in
 * these folders) runs with the end-to-end tests, which is slower but never wrong.
 */
const UNIT = [
  "test/core/**/*.test.ts",
  "test/manifest/{ferry-files,load-ferry-config,load-lifecycle,load-manifest,loader-properties,compiled-lifecycles,compiled-schemas,parse-state-file,preview-name,schema-message,schemas,sync-cursor}.test.ts",
  "test/engine/{engine,work-counter,commit-message,batch-views,promotion}.test.ts",
  "test/app/*.test.ts",
  "test/cli/local/stage-progress.test.ts",
  "test/cli/{output-style,format-table,live-region}.test.ts",
  "test/adapters/local/local-reporter-lines.test.ts",
  "test/cli/agent/agent-decision.test.ts",
  "test/action/action-yml.test.ts",
  "test/adapters/github/{github-catalog,stage-run-name,comment-mark,deployment-review-facts}.test.ts",
  "test/support/github-standin/webhook-dispatcher.test.ts",
  "test/lint/dockerfile.test.ts",
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: UNIT,
          pool: "threads",
          maxWorkers: "100%",
          // Nothing here mocks modules, stubs globals or changes the environment, so files can share modules.
          isolate: false,
          // A property test runs a few seconds on a quiet machine; on a busy 2-core one, where other processes take the
          // cores, the same work has been seen to take 13 s of wall time.
          testTimeout: 30_000,
          // Runs first, on every core; the end-to-end group starts when it is done.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...UNIT],
          pool: "forks",
          // Each file starts real servers, git and node processes; two at a time keep a busy 2-core machine moving.
          maxWorkers: 2,
          // A worker runs file after file in one process and module graph: Probot, Octokit and the stand-in's
          // validators load once per worker instead of once per file (a few CPU-seconds for each file that starts the
          // stand-in). Each file starts its own stand-in, replicas and temporary repositories and closes them; nothing
          // here mocks modules or stubs globals, and a test that sets an environment variable restores it, so what one
          // file leaves cannot reach the next.
          isolate: false,
          sequence: { groupOrder: 1 },
          // Sized for a busy 2-core machine; on a quiet one no test takes a third of it (see README, "Development").
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Compiles the GitHub stand-in's validators once per run instead of once per file, and builds lib/ (the CLI that
          // `bin/ferry.js` runs) from the sources under test.
          globalSetup: ["test/support/github-standin/global-setup.ts", "test/support/build-cli-global-setup.ts"],
        },
      },
    ],
  },
});
