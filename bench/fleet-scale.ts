/**
 * Fleet at scale (issue 15, part 6): N simulated agents (`ferry fleet simulate`'s) heartbeat over
 * HTTP against one fleet server process (`ferry serve --local`'s, in a child process so that its
 * CPU and memory are its own), through a rollout of v1 in batches, a failing v2 and its rollback.
 * Heartbeat time is real: each agent heartbeats once per interval (10 s), the round's heartbeats
 * spread evenly over it, so the server sees N / 10 requests a second; the server decides once per
 * round (after the round) instead of every second, which changes nothing but idle ticks.
 * Run alone: `npx tsx bench/fleet-scale.ts --instances 10000 [--interval 10] [--batch-size 500]`.
 */
import { fork, type ChildProcess } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { FleetRecord } from "../src/core/fleet-record.ts";
import type { FleetInstance } from "../src/core/fleet-state.ts";
import { runSimulation, type SimulationResult } from "../src/cli/simulate/run-simulation.ts";
import type { SimulationServer } from "../src/cli/simulate/simulation-server.ts";
import { planSimulation } from "../src/cli/simulate/simulation-plan.ts";
import type { ServerCall, ServerUsage } from "./fleet-scale-server.ts";

export interface FleetScaleOptions {
  readonly instances: number;
  readonly batchSize: number;
  /** The heartbeat interval, real seconds. */
  readonly intervalSeconds: number;
}

export interface FleetScaleResult extends FleetScaleOptions {
  readonly simulation: SimulationResult;
  readonly wallMs: number;
  readonly server: ServerUsage & { readonly cpuPercent: number };
  readonly heartbeatsPerSecond: number;
  /** CPU of this process: the simulated agents. */
  readonly clientCpuMs: number;
  readonly loadBefore: number;
  readonly loadAfter: number;
}

type Usage = ServerUsage;

/** `ferry serve --local`'s server in a child process, driven over IPC. */
async function childServer(repo: string, usage: { start?: Usage; end?: Usage }): Promise<SimulationServer> {
  const script = fileURLToPath(new URL("./fleet-scale-server.ts", import.meta.url));
  // `FLEET_SCALE_CPU_PROF=<dir>` writes the server's V8 CPU profile there, to open in Chrome's DevTools.
  const profile = process.env["FLEET_SCALE_CPU_PROF"];
  const child: ChildProcess = fork(script, [repo], {
    execArgv: ["--import", import.meta.resolve("tsx"), ...(profile ? ["--cpu-prof", "--cpu-prof-dir", profile] : [])],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the fleet server exited ${String(code)} before it was ready`)));
    child.on("message", (message: { ready?: string; id?: number; ok?: boolean; value?: unknown; error?: string }) => {
      if (message.ready !== undefined) return resolve(message.ready);
      const pending = waiting.get(message.id ?? -1);
      waiting.delete(message.id ?? -1);
      if (message.ok) pending?.resolve(message.value);
      else pending?.reject(new Error(message.error));
    });
  });
  const request = <T>(message: ServerCall): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...message, id });
    });
  usage.start = await request<Usage>({ op: "usage" });
  return {
    url,
    tick: () => request({ op: "tick" }),
    deploy: (deployment, version) => request({ op: "deploy", deployment, version }),
    record: (deployment) => request<FleetRecord>({ op: "record", deployment }),
    instances: (deployment) => request<FleetInstance[]>({ op: "instances", deployment }),
    close: async () => {
      usage.end = await request<Usage>({ op: "usage" });
      await request({ op: "close" });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.disconnect();
      await exited;
    },
  };
}

export async function measureFleetScale(options: FleetScaleOptions): Promise<FleetScaleResult> {
  // 5% of v2's updates fail; the threshold of 1% is crossed a few batches in.
  const planned = planSimulation({
    instances: options.instances,
    batchSize: { kind: "count", count: options.batchSize },
    failureThreshold: { kind: "percent", percent: 1 },
    failRate: 0.05,
    degradedRate: 0.01,
    seed: 15,
  });
  if (!planned.ok) throw new Error(planned.reason);
  const usage: { start?: Usage; end?: Usage } = {};
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const clientCpu = process.cpuUsage();
  const simulation = await runSimulation(planned.plan, {
    paceMs: options.intervalSeconds * 1000,
    concurrency: 512,
    server: (repo) => childServer(repo, usage),
    progress: (line) => console.error(`  fleet-scale: ${line}`),
  });
  const wallMs = performance.now() - started;
  const client = process.cpuUsage(clientCpu);
  const cpuMs = (usage.end?.cpuMs ?? 0) - (usage.start?.cpuMs ?? 0);
  return {
    ...options,
    simulation,
    wallMs,
    server: {
      cpuMs,
      cpuPercent: (cpuMs / wallMs) * 100,
      peakRssMb: usage.end?.peakRssMb ?? 0,
      heapUsedMb: usage.end?.heapUsedMb ?? 0,
      failedRequests: usage.end?.failedRequests ?? 0,
      loopDelay: usage.end?.loopDelay ?? { p50Ms: 0, p99Ms: 0, maxMs: 0 },
    },
    heartbeatsPerSecond: simulation.heartbeats.count / (wallMs / 1000),
    clientCpuMs: (client.user + client.system) / 1000,
    loadBefore,
    loadAfter: loadavg()[0] ?? 0,
  };
}

/** The figures as lines, for `npm run bench` and for running this file alone. */
export function fleetScaleReport(r: FleetScaleResult): string {
  const s = r.simulation;
  const rollouts = s.rollouts.map(
    (o) =>
      `  ${o.kind} of ${o.version}: ${o.outcome}, ${o.batches} batches, ${o.stateCommits} fleet commits (goal ≤ ${o.batches + 1}: ${o.stateCommits <= o.batches + 1 ? "met" : "not met"}), ${o.failedInstances.length} failed instances, ${o.rounds} rounds`,
  );
  return [
    `Fleet at scale: ${r.instances.toLocaleString("en-US")} simulated agents heartbeating every ${r.intervalSeconds} s (real time, spread over the interval) over HTTP against one server process; batches of ${r.batchSize}; ${cpus().length} CPUs, load average ${r.loadBefore.toFixed(1)} before, ${r.loadAfter.toFixed(1)} after`,
    `  heartbeats: ${s.heartbeats.count.toLocaleString("en-US")} in ${(r.wallMs / 1000).toFixed(0)} s (${r.heartbeatsPerSecond.toFixed(0)}/s); latency p50 ${s.heartbeats.p50Ms} ms, p99 ${s.heartbeats.p99Ms} ms (goal p99 < 50 ms: ${s.heartbeats.p99Ms < 50 ? "met" : "not met"})`,
    `  server: ${(r.server.cpuMs / 1000).toFixed(1)} s CPU over ${(r.wallMs / 1000).toFixed(0)} s = ${r.server.cpuPercent.toFixed(0)}% of one core, ${(r.server.cpuMs / s.heartbeats.count).toFixed(2)} ms per heartbeat (the agents' process: ${(r.clientCpuMs / 1000).toFixed(1)} s); peak RSS ${r.server.peakRssMb.toFixed(0)} MB, heap ${r.server.heapUsedMb.toFixed(0)} MB at the end; ${r.server.failedRequests} requests abandoned by their clients (10 s timeout)`,
    `  server event-loop delay (sampled every 10 ms, the whole run): p50 ${r.server.loopDelay.p50Ms.toFixed(1)} ms, p99 ${r.server.loopDelay.p99Ms.toFixed(1)} ms, max ${r.server.loopDelay.maxMs.toFixed(0)} ms`,
    ...rollouts,
    `  state commits: ${s.stateCommits.fleet} by the fleet, ${s.stateCommits.lifecycle} by the lifecycle; the fleet behaved as the lifecycle says: ${s.problems.length === 0 ? "yes" : `no (${s.problems.join("; ")})`}`,
  ].join("\n");
}

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The benchmark's settings from the command line: `--instances`, `--interval`, `--batch-size`. */
export function fleetScaleOptions(): FleetScaleOptions {
  return {
    instances: flag("fleet-instances", flag("instances", 10_000)),
    batchSize: flag("batch-size", 500),
    intervalSeconds: flag("interval", 10),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(fleetScaleReport(await measureFleetScale(fleetScaleOptions())));
}
