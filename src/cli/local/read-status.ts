import { CliFailure } from "../cli-io.ts";
import type { LocalSession } from "./local-session.ts";
import { statusRecord, type StatusRecord } from "./status-record.ts";

/**
 * The status of the named deployment, or of every deployment on the state branch or at the
 * branch tip, sorted by name. A name neither place knows is a failure naming the known ones.
 */
export async function readStatus(session: LocalSession, only?: string): Promise<StatusRecord[]> {
  const tip = await session.catalogAtTip().catch(() => undefined);
  const { deployments: stored } = await session.store.list();
  const known = [...new Set([...stored, ...(tip ? tip.manifests.keys() : [])])].sort();
  if (only !== undefined && !known.includes(only))
    throw new CliFailure(`unknown deployment ${JSON.stringify(only)}; deployments: ${known.join(", ") || "none"}`);
  const names = only === undefined ? known : [only];
  const snapshot = await session.store.read(names);
  const records: StatusRecord[] = [];
  for (const name of names) {
    const read = snapshot.deployments.get(name);
    const spec = tip ? await session.catalog.get(name) : undefined;
    const lifecycleName = tip?.manifests.get(name)?.lifecycle ?? (read?.kind === "ok" ? read.state.lifecycle : "");
    records.push(statusRecord(name, lifecycleName, read, spec?.lifecycle));
  }
  return records;
}
