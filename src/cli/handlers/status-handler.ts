import { systemClock } from "../../adapters/local/system-clock.ts";
import { humanDuration } from "../../core/human-time.ts";
import { shortVersion } from "../../core/short-version.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { formatTable } from "../format-table.ts";
import { LocalSession } from "../local/local-session.ts";
import { readStatus } from "../local/read-status.ts";
import { paint, paletteOf, toneOf } from "../palette.ts";
import { UNHEALTHY_OUTCOMES, type StatusRecord } from "../local/status-record.ts";

export interface StatusOptions {
  readonly json?: boolean;
  readonly exitStatus?: boolean;
}

/**
 * What `ferry status [deployment]` runs: a table, or JSON (an array, or one object when a
 * deployment is named, as `kubectl get` does). With `--exit-status` it exits 1 when a deployment
 * it shows is failed or blocked, after printing.
 */
export async function statusHandler(
  io: CliIo,
  repo: string,
  deployment: string | undefined,
  options: StatusOptions,
): Promise<void> {
  return LocalSession.using(repo, io, undefined, async (session) => {
    const records = await readStatus(session, deployment);
    if (options.json) io.out(JSON.stringify(deployment === undefined ? records : records[0], null, 2));
    else if (records.length === 0) io.out("no deployments yet");
    else io.out(statusTable(records, systemClock.now(), io));
    const unhealthy = records.filter((r) => UNHEALTHY_OUTCOMES.has(r.outcome));
    if (options.exitStatus && unhealthy.length > 0)
      throw new CliFailure(unhealthy.map((r) => `${r.deployment} is ${r.outcome}`).join(", "));
  });
}

/**
 * The table a person reads; AGE is how long the deployment has been in its state. On a terminal
 * OUTCOME is coloured and LAST ERROR is cut to the terminal's width.
 */
export function statusTable(
  records: readonly StatusRecord[],
  now: string,
  look: Pick<CliIo, "colour" | "columns"> = {},
): string {
  const palette = paletteOf(look);
  return formatTable(
    ["DEPLOYMENT", "LIFECYCLE", "STATE", "OUTCOME", "VERSION", "AGE", "LAST ERROR"],
    records.map((r) => [
      r.deployment,
      r.lifecycle,
      r.description,
      r.outcome,
      r.version ? shortVersion(r.version) : "",
      r.since ? humanDuration(Math.max(0, Date.parse(now) - Date.parse(r.since))) : "",
      r.error ? `${r.error.step}: ${r.error.message}` : "",
    ]),
    {
      width: look.columns,
      shrink: 6,
      paint: (text, column) => (column === 3 ? paint(palette, toneOf(text), text) : text),
    },
  );
}
