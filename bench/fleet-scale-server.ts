/**
 * The fleet benchmark's server: `ferry serve --local`'s fleet server over the repository named in
 * argv, in a process of its own so that its CPU time and memory are measured apart from the
 * simulated agents. The benchmark drives it over IPC (`fleet-scale.ts`); heartbeats reach it over HTTP.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { inProcessServer } from "../src/cli/simulate/simulation-server.ts";

export type ServerCall =
  | { readonly op: "tick" | "usage" | "close" }
  | { readonly op: "deploy"; readonly deployment: string; readonly version: string }
  | { readonly op: "record" | "instances"; readonly deployment: string };
export type ServerRequest = ServerCall & { readonly id: number };

export interface ServerUsage {
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
  readonly failedRequests: number;
  /** The server's event-loop delay since the first `usage` call (ms): what every request queued behind a stall waits. */
  readonly loopDelay: { readonly p50Ms: number; readonly p99Ms: number; readonly maxMs: number };
}

const repo = process.argv[2];
if (repo === undefined || process.send === undefined) throw new Error("run by bench/fleet-scale.ts, with a repository");
// Requests the clients gave up on (their 10 s timeout) would print a line each: counted instead.
let failedRequests = 0;
const server = await inProcessServer(repo, (line) => {
  if (line.startsWith("ferry: fleet request failed")) failedRequests++;
  else console.error(line);
});
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
const started = process.cpuUsage();
// Sampled every 10 ms; less sensitive to the machine's load than request latency, which the agents' process shares.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let measuring = false;

process.on("message", (message: ServerRequest) => {
  void (async () => {
    switch (message.op) {
      case "tick":
        return server.tick();
      case "deploy":
        return server.deploy(message.deployment, message.version);
      case "record":
        return server.record(message.deployment);
      case "instances":
        return server.instances(message.deployment);
      case "usage": {
        // The first call marks the start: the server's own start-up is not the fleet's.
        if (!measuring) loopDelay.reset();
        measuring = true;
        const cpu = process.cpuUsage(started);
        const memory = process.memoryUsage();
        peakRss = Math.max(peakRss, memory.rss);
        return {
          cpuMs: (cpu.user + cpu.system) / 1000,
          peakRssMb: peakRss / 1e6,
          heapUsedMb: memory.heapUsed / 1e6,
          failedRequests,
          loopDelay: {
            p50Ms: loopDelay.percentile(50) / 1e6,
            p99Ms: loopDelay.percentile(99) / 1e6,
            maxMs: loopDelay.max / 1e6,
          },
        } satisfies ServerUsage;
      }
      case "close":
        clearInterval(sampler);
        return server.close();
    }
  })().then(
    (value) => process.send?.({ id: message.id, ok: true, value }),
    (error: unknown) => process.send?.({ id: message.id, ok: false, error: String(error) }),
  );
});
process.send({ ready: server.url });
