import { cpus } from "node:os";
import { formatTable } from "../src/cli/format-table.ts";
import { BUILTIN_LIFECYCLES, builtinLifecycle } from "../src/manifest/builtin-lifecycles.ts";
import { measureLoad } from "./lifecycle-load.ts";
import { measureThroughput } from "./transition-throughput.ts";
import { githubRequestsReport, measureGitHubRequests } from "./github-requests.ts";
import { burstPushes, measurePushBurst, pushBurstReport } from "./push-burst.ts";
import { measureHostileInput } from "./hostile-input.ts";
import { measureCliStartup } from "./cli-startup.ts";
import { fleetScaleOptions, fleetScaleReport, measureFleetScale } from "./fleet-scale.ts";

/**
 * `npm run bench`: prints tables; never asserts times (tests do not time things).
 * `npm run bench -- --fleet-instances 2000` runs the fleet benchmark with fewer than 10,000 agents;
 * `--burst-pushes N` sets the push burst's size (default 20).
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

console.log(`\n${githubRequestsReport(await measureGitHubRequests())}`);
console.log(`\n${pushBurstReport(await measurePushBurst(burstPushes()))}`);

console.log();
console.log(fleetScaleReport(await measureFleetScale(fleetScaleOptions())));
