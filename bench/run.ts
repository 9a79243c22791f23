import { cpus } from "node:os";
import { formatTable } from "../src/cli/format-table.ts";
import { BUILTIN_LIFECYCLES, builtinLifecycle } from "../src/manifest/builtin-lifecycles.ts";
import { measureLoad } from "./lifecycle-load.ts";
import { measureThroughput } from "./transition-throughput.ts";
import { measureGitHubRequests } from "./github-requests.ts";
import { measureHostileInput } from "./hostile-input.ts";

/** `npm run bench`: prints tables; never asserts times (tests do not time things). */
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`ferry benchmarks — Node ${process.version}, ${cpus().length} × ${cpu}\n`);

const loads = BUILTIN_LIFECYCLES.map((name) => measureLoad(name));
console.log("Lifecycle load (YAML + schema + semantic checks)");
console.log(
  formatTable(
    ["LIFECYCLE", "FIRST LOAD ms", "WARM LOAD ms"],
    loads.map((r) => [r.lifecycle, r.firstMs.toFixed(2), r.warmMs.toFixed(3)]),
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

const requests = await measureGitHubRequests();
console.log(
  "\nGitHub requests against the stand-in, by surface (goal: ≤ 1 per surface per change; a burst < 80 content-creating/min)",
);
console.log(
  formatTable(
    ["SCENARIO", "STATE CHANGES", "STATE BRANCH", "CHECK RUN", "STATUS", "DEPLOYMENT", "CONTENT-CREATING", "TOTAL"],
    requests.map((r) => [
      r.scenario,
      String(r.stateChanges),
      String(r.stateBranch),
      String(r.checkRun),
      String(r.commitStatus),
      String(r.deployment),
      String(r.contentCreating),
      String(r.total),
    ]),
  ),
);
