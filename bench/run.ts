import { cpus } from "node:os";
import { formatTable } from "../src/cli/format-table.ts";
import { BUILTIN_LIFECYCLES, builtinLifecycle } from "../src/manifest/builtin-lifecycles.ts";
import { measureLoad } from "./lifecycle-load.ts";
import { measureThroughput } from "./transition-throughput.ts";
import {
  deploysPerHour,
  FIRST_DEPLOY_GOAL,
  GITHUB_LIMITS,
  measureGitHubRequests,
  SURFACES,
} from "./github-requests.ts";
import { measureHostileInput } from "./hostile-input.ts";
import { measureCliStartup } from "./cli-startup.ts";
import { fleetScaleOptions, fleetScaleReport, measureFleetScale } from "./fleet-scale.ts";

/**
 * `npm run bench`: prints tables; never asserts times (tests do not time things).
 * `npm run bench -- --fleet-instances 2000` runs the fleet benchmark with fewer than 10,000 agents.
 */
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`ferry benchmarks — Node ${process.version}, ${cpus().length} × ${cpu}\n`);

const startup = await measureCliStartup();
console.log("CLI start-up, compiled JavaScript (lib/), median of 15 runs (goal: ≤ 2 × node -e 0)");
console.log(
  formatTable(
    ["COMMAND", "ms", "× node -e 0"],
    startup.map((r) => [r.command, r.medianMs.toFixed(0), r.ratio.toFixed(2)]),
  ),
);
console.log();

const loads = BUILTIN_LIFECYCLES.map((name) => measureLoad(name));
console.log(
  "Lifecycle load (YAML + schema + semantic checks): cold is the first load in a new process, warm the mean of 200 after it",
);
console.log(
  formatTable(
    ["LIFECYCLE", "COLD ms", "WARM ms"],
    loads.map((r) => [r.lifecycle, r.coldMs.toFixed(2), r.warmMs.toFixed(3)]),
  ),
);

const rows = BUILTIN_LIFECYCLES.map((name) => measureThroughput(builtinLifecycle(name)));
console.log("\ntransition() throughput, one core, happy path, median of 5 rounds (goal: ≥ 200,000 events/s)");
console.log(
  formatTable(
    ["LIFECYCLE", "EVENTS", "EVENTS/s", "µs/EVENT"],
    rows.map((r) => [
      r.lifecycle,
      String(r.events),
      r.eventsPerSecond.toLocaleString("en-US"),
      r.microsPerEvent.toFixed(2),
    ]),
  ),
);

const hostile = measureHostileInput();
console.log("\nHostile manifests (limits in docs/limits.md), median of 5 loads");
console.log(
  formatTable(
    ["INPUT", "BYTES", "OUTCOME", "ms"],
    hostile.map((r) => [r.input, r.bytes.toLocaleString("en-US"), r.outcome, r.ms.toFixed(1)]),
  ),
);

const profiles = await measureGitHubRequests();
console.log(
  `\nGitHub requests of one deploy of \`standard\` (6 stages), counted by the stand-in while the real App serves the webhooks (goal for a first deploy: ≤ ${FIRST_DEPLOY_GOAL.total} in all, ≤ ${FIRST_DEPLOY_GOAL.contentCreating} content-creating)`,
);
console.log(
  formatTable(
    ["SURFACE", ...profiles.flatMap((p) => [`${p.scenario}: ALL`, "CONTENT-CREATING"])],
    [
      ...SURFACES.map((surface) => [
        surface,
        ...profiles.flatMap((p) => [String(p.bySurface[surface].total), String(p.bySurface[surface].contentCreating)]),
      ]),
      ["total", ...profiles.flatMap((p) => [String(p.total), String(p.contentCreating)])],
    ],
  ),
);
const first = profiles.find((p) => p.scenario === "first deploy");
if (first)
  console.log(
    `\nFirst deploy: ${first.total} requests (goal ≤ ${FIRST_DEPLOY_GOAL.total}: ${first.total <= FIRST_DEPLOY_GOAL.total ? "met" : "not met"}), ${first.contentCreating} content-creating (goal ≤ ${FIRST_DEPLOY_GOAL.contentCreating}: ${first.contentCreating <= FIRST_DEPLOY_GOAL.contentCreating ? "met" : "not met"})`,
  );
console.log(
  `\nState commits per lifecycle move: ${profiles.map((p) => `${p.scenario}: ${p.stateCommits} commits for ${p.moves} moves`).join("; ")}`,
);
console.log(
  `\nDeploys per hour one installation sustains (primary ${GITHUB_LIMITS.requestsPerHour.toLocaleString("en-US")} requests/h; secondary ${GITHUB_LIMITS.contentPerMinute} content-creating/min and ${GITHUB_LIMITS.contentPerHour}/h)`,
);
console.log(
  formatTable(
    ["DEPLOY", "PRIMARY", "SECONDARY /min", "SECONDARY /h", "SUSTAINED"],
    profiles.map((p) => {
      const d = deploysPerHour(p);
      return [
        p.scenario,
        d.primary.toFixed(1),
        d.perMinuteContent.toFixed(1),
        d.perHourContent.toFixed(1),
        d.sustained.toFixed(1),
      ];
    }),
  ),
);

console.log();
console.log(fleetScaleReport(await measureFleetScale(fleetScaleOptions())));
