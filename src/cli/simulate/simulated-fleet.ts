import { setMaxListeners } from "node:events";
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import type { AgentAction, CommandResult } from "../agent/agent-decision.ts";
import type { FleetFetch, FleetResponse } from "../agent/fleet-client.ts";
import { runAgent, type AgentExit } from "../agent/run-agent.ts";
import { seededRandom } from "./seeded-random.ts";
import { SIMULATED_VERSIONS, type SimulationPlan } from "./simulation-plan.ts";

const UPDATE = "simulated update";
const HEALTH = "simulated health check";

export interface SimulatedFleetOptions {
  readonly url: string;
  readonly token: string;
  readonly deployment: string;
  readonly plan: SimulationPlan;
  /** The agents' heartbeat interval, in simulated time: a round stands for one. */
  readonly intervalMs: number;
  /** At most this many requests in flight at once (each instance would be its own client; one process has sockets to spare). */
  readonly concurrency: number;
  /** Spreads each round's heartbeats over this many real milliseconds; 0 sends them all at once. */
  readonly paceMs: number;
}

/**
 * N `ferry agent` loops in one process, against a real server over real HTTP. What is simulated
 * is only what lies outside ferry: the update command (it fails for the plan's failing instances
 * on the broken version), the health check (DEGRADED once after that update for the degraded
 * ones) and the wait between heartbeats, which is a round: `round()` lets every agent heartbeat
 * once, and resolves when each is waiting again. So the simulation is deterministic whatever the
 * machine's speed, and the server's answers, their latency included, are real.
 */
export class SimulatedFleet {
  /** Every heartbeat's time to answer (ms), measured around fetch. */
  readonly heartbeatMs: number[] = [];
  /** The versions each instance's update command was asked to deploy, in order. */
  readonly updates = new Map<string, string[]>();
  /** Agents that ended on their own (refused by the server): a simulation failure. */
  readonly exits: { id: string; exit: AgentExit }[] = [];
  private readonly waiting: ((go: boolean) => void)[] = [];
  private idle: (() => void) | undefined;
  private runs: Promise<void>[] = [];
  private readonly stop = new AbortController();
  private readonly reportedDegraded = new Set<string>();
  private inFlight = 0;
  private readonly queue: (() => void)[] = [];
  private readonly sockets: Agent;

  constructor(private readonly options: SimulatedFleetOptions) {
    this.sockets = new Agent({ keepAlive: true, maxSockets: options.concurrency });
    // Every agent's client listens to this one signal: thousands of listeners are expected, not a leak.
    setMaxListeners(options.plan.ids.length + 10, this.stop.signal);
  }

  /** Starts every agent: each registers, and the promise resolves when all are waiting for the first round. */
  start(): Promise<void> {
    const settled = this.settled();
    const { plan } = this.options;
    const random = seededRandom(plan.settings.seed ^ 0x5eed);
    this.runs = plan.ids.map((id) => {
      this.updates.set(id, []);
      return runAgent({
        server: this.options.url,
        token: this.options.token,
        deployment: this.options.deployment,
        instance: id,
        update: UPDATE,
        health: HEALTH,
        intervalMs: this.options.intervalMs,
        version: "v0",
        signal: this.stop.signal,
        log: () => {},
        random,
        runCommand: (command, env) => Promise.resolve(this.command(command, env)),
        wait: (_ms, signal) => this.wait(signal),
        fetch: this.timedFetch,
        onAction: (action: AgentAction) => {
          if (action.kind === "exit") this.exits.push({ id, exit: action });
        },
      }).then((exit) => {
        if (exit.kind === "exit") this.check();
      });
    });
    return settled;
  }

  /** One heartbeat interval: every agent is let go once (spread over `paceMs`), and this resolves when all wait again. */
  round(): Promise<void> {
    const settled = this.settled();
    const go = this.waiting.splice(0);
    const { paceMs } = this.options;
    go.forEach((release, i) => {
      if (paceMs === 0) release(true);
      else setTimeout(() => release(true), Math.floor((i * paceMs) / go.length));
    });
    if (go.length === 0) this.check();
    return settled;
  }

  async close(): Promise<void> {
    this.stop.abort();
    for (const release of this.waiting.splice(0)) release(false);
    await Promise.all(this.runs);
    this.sockets.destroy();
  }

  private settled(): Promise<void> {
    return new Promise((resolve) => (this.idle = resolve));
  }

  private check(): void {
    if (this.waiting.length + this.exits.length < this.options.plan.ids.length) return;
    const idle = this.idle;
    this.idle = undefined;
    idle?.();
  }

  private wait(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.check();
    });
  }

  private command(command: string, env: Readonly<Record<string, string>>): CommandResult {
    const id = env["FERRY_INSTANCE"] ?? "";
    const version = env["FERRY_VERSION"] ?? "";
    const broken = version === SIMULATED_VERSIONS.broken;
    if (command === UPDATE) {
      this.updates.get(id)?.push(version);
      if (broken && this.options.plan.failing.has(id))
        return { code: 1, lastLine: `simulated failure: ${id} does not start on ${version}` };
      return { code: 0, lastLine: `running ${version}` };
    }
    if (broken && this.options.plan.degraded.has(id) && !this.reportedDegraded.has(id)) {
      this.reportedDegraded.add(id);
      return { code: 1, lastLine: `simulated: ${id} slow on ${version}` };
    }
    return { code: 0, lastLine: "healthy" };
  }

  private send(url: string, init: RequestInit): Promise<FleetResponse> {
    return httpFetch(this.sockets, url, init);
  }

  /** fetch, at most `concurrency` at once, timing the heartbeats from the moment each is sent. */
  private readonly timedFetch: FleetFetch = async (input, init) => {
    // A finished request hands its slot straight to the next in the queue, so the bound holds exactly.
    if (this.inFlight < this.options.concurrency) this.inFlight++;
    else await new Promise<void>((go) => this.queue.push(go));
    const started = performance.now();
    try {
      return await this.send(input, init);
    } finally {
      if (init?.method === "PUT") this.heartbeatMs.push(performance.now() - started);
      const next = this.queue.shift();
      if (next) next();
      else this.inFlight--;
    }
  };
}

/**
 * What the agents' fetch does, through node:http with kept-alive sockets, answering with the
 * body in one chunk. Node's fetch (undici) costs several times the CPU per request, and so does
 * building a `Response` (a web stream each); with thousands of agents in one process, the
 * clients' CPU and garbage collection, not the server, would make the latency measured.
 */
function httpFetch(agent: Agent, url: string, init: RequestInit): Promise<FleetResponse> {
  return new Promise((resolve, reject) => {
    const headers = init.headers as Record<string, string> | undefined;
    const req = request(url, { method: init.method ?? "GET", agent, ...(headers ? { headers } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => resolve(oneChunkResponse(res.statusCode ?? 500, Buffer.concat(chunks))));
    });
    req.on("error", reject);
    init.signal?.addEventListener("abort", () => req.destroy(new Error("aborted")), { once: true });
    req.end(typeof init.body === "string" ? init.body : undefined);
  });
}

/** An answer already read in full, as the agent's client reads one. */
function oneChunkResponse(status: number, body: Buffer): FleetResponse {
  return {
    status,
    body: {
      getReader: () => {
        let read = false;
        return {
          read: () => {
            const done = read;
            read = true;
            return Promise.resolve(done ? { done: true } : { done: false, value: body });
          },
          cancel: () => Promise.resolve(),
        };
      },
    },
  };
}

/** The p-th percentile (0–100) of `values`, nearest rank; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
