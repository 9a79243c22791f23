import { systemClock } from "../../adapters/local/system-clock.ts";
import { relativeTime } from "../../core/human-time.ts";
import { readBounded } from "../agent/fleet-client.ts";
import { CliFailure, EXIT, type CliIo } from "../cli-io.ts";
import { formatTable } from "../format-table.ts";
import { localFleetToken } from "./fleet-token-handler.ts";

export interface FleetStatusOptions {
  readonly server: string;
  readonly token?: string;
  readonly json?: boolean;
}

/** The largest listing read: 20,000 instances (the embedded store's bound) of about 1 KiB each at most. */
const LISTING_LIMIT = 32 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

/** One instance of `fleet status --json`: these fields, always present (null when unknown). */
export interface FleetStatusInstance {
  readonly id: string;
  readonly status: string;
  readonly currentVersion: string | null;
  readonly desiredVersion: string | null;
  readonly update: string;
  readonly lastSeen: string;
  readonly message: string | null;
}

interface Listing {
  readonly deployment: string;
  readonly rollout: { version: string; kind: string; phase: string; batch: number } | null;
  readonly counts: { total: number; byStatus: Record<string, number>; byUpdate: Record<string, number> };
  readonly instances: readonly FleetStatusInstance[];
}

/**
 * What `ferry fleet status <deployment>` runs. The inventory lives in the server that receives the
 * heartbeats (its memory, or Redis), not in the repository, so this asks that server, as an agent
 * would, with the deployment's token: by default `ferry serve --local` on this machine and the
 * local token.
 */
export async function fleetStatusHandler(
  io: CliIo,
  repo: string,
  deployment: string,
  options: FleetStatusOptions,
): Promise<void> {
  if (!/^https?:\/\/[^\s]+$/.test(options.server))
    throw new CliFailure(`--server must be an http(s) URL, not ${JSON.stringify(options.server)}`, EXIT.usage);
  const token = options.token ?? process.env["FERRY_FLEET_TOKEN"] ?? (await localFleetToken(io, repo, deployment));
  const listing = await fetchListing(options.server, deployment, token);
  if (options.json) {
    io.out(JSON.stringify({ server: options.server, ...listing }, null, 2));
    return;
  }
  io.out(fleetStatusText(listing, systemClock.now(), io));
}

/** The table a person reads (MESSAGE cut to a terminal's width), then the counts and the rollout. */
export function fleetStatusText(listing: Listing, now: string, look: Pick<CliIo, "columns"> = {}): string {
  const { counts, rollout } = listing;
  const table =
    listing.instances.length === 0
      ? "no instances have registered"
      : formatTable(
          ["INSTANCE", "STATUS", "CURRENT", "DESIRED", "UPDATE", "LAST HEARD", "MESSAGE"],
          listing.instances.map((i) => [
            i.id,
            i.status,
            i.currentVersion ?? "",
            i.desiredVersion ?? "",
            i.update,
            relativeTime(i.lastSeen, now),
            i.message ?? "",
          ]),
          { width: look.columns, shrink: 6 },
        );
  const tally = (counted: Record<string, number>) =>
    Object.entries(counted)
      .filter(([, n]) => n > 0)
      .map(([what, n]) => `${n} ${what}`)
      .join(", ") || "none";
  return [
    table,
    "",
    `${counts.total} instances: ${tally(counts.byStatus)}`,
    `update: ${tally(counts.byUpdate)}`,
    rollout ? `${rollout.kind} of ${rollout.version}: ${rollout.phase}, batch ${rollout.batch}` : "no rollout yet",
  ].join("\n");
}

async function fetchListing(server: string, deployment: string, token: string): Promise<Listing> {
  const url = `${server.replace(/\/+$/, "")}/ferry/v1/deployments/${encodeURIComponent(deployment)}/instances`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await readBounded(response, LISTING_LIMIT);
  } catch (error) {
    throw new CliFailure(
      `no fleet server answered at ${server} (${(error as Error).message}): start \`ferry serve --local\`, or pass --server`,
    );
  }
  if (response.status === 401) throw new CliFailure(`${server} refused the token for ${deployment} (401)`, EXIT.usage);
  if (response.status === 404) throw new CliFailure(`${server} knows no deployment ${deployment}`, EXIT.usage);
  if (response.status === 409) throw new CliFailure(`${deployment} is not a fleet (strategy.fleet: true)`, EXIT.usage);
  if (!response.ok) throw new CliFailure(`${server} answered ${response.status}: ${text.slice(0, 200)}`);
  try {
    return toListing(JSON.parse(text) as Listing);
  } catch {
    throw new CliFailure(`${server} did not answer with a fleet listing`);
  }
}

/** Only the documented fields, in a fixed order: the server may add some, `--json` readers should not see them move. */
function toListing(raw: Listing): Listing {
  return {
    deployment: raw.deployment,
    rollout: raw.rollout && {
      version: raw.rollout.version,
      kind: raw.rollout.kind,
      phase: raw.rollout.phase,
      batch: raw.rollout.batch,
    },
    counts: { total: raw.counts.total, byStatus: raw.counts.byStatus, byUpdate: raw.counts.byUpdate },
    instances: raw.instances.map((i) => ({
      id: i.id,
      status: i.status,
      currentVersion: i.currentVersion ?? null,
      desiredVersion: i.desiredVersion ?? null,
      update: i.update,
      lastSeen: i.lastSeen,
      message: i.message ?? null,
    })),
  };
}
