import type { ConcurrencyPolicy, Lifecycle } from "../../../src/core/lifecycle.ts";

/** idle → build → live, with a failed state; `build` is retried per the transition context. */
export function builderLifecycle(concurrency: ConcurrencyPolicy = "queue"): Lifecycle {
  return {
    name: `builder-${concurrency}`,
    description: "test lifecycle with one retried stage",
    concurrency,
    regions: {
      main: {
        initial: "idle",
        states: {
          idle: { kind: "steady", on: { deploy: [{ target: "build" }] } },
          build: {
            kind: "stage",
            stage: "build",
            on: { "stage.succeeded": [{ target: "live" }], "stage.failed": [{ target: "broken" }] },
          },
          live: { kind: "steady", on: { deploy: [{ target: "build" }] } },
          broken: { kind: "failed", on: { deploy: [{ target: "build" }] } },
        },
      },
    },
  };
}

/** The context that retries `build` twice, 10 s apart at first. */
export const RETRY_BUILD_TWICE = { stages: { build: { retries: 2, backoffSeconds: 10 } } };
