import { checkRunSnapshotOf, type CheckRunSnapshot } from "../../adapters/github/check-run-snapshot.ts";
import { arrayAt, numberAt, objectAt, shaAt, stringAt } from "../payload.ts";

/** The parts of a `check_run` webhook ferry relies on, checked: a button press or a "Re-run". */
export type CheckRunFacts =
  | { readonly kind: "ignored" }
  | {
      readonly kind: "request";
      readonly action: "requested_action" | "rerequested";
      /** The check run's name: `ferry/config` or `ferry/<deployment>`. */
      readonly name: string;
      readonly headSha: string | undefined;
      /** The button's identifier; `retry` for "Re-run". */
      readonly identifier: string | undefined;
      readonly checkRunId: number | undefined;
      /** `ferry:<deployment>:<run id>` on ferry's check runs. */
      readonly externalId: string | undefined;
      /** What the check run showed when the button was pressed. */
      readonly shown: CheckRunSnapshot | undefined;
      /** The pull requests GitHub lists for the check run's commit: where to answer a person. */
      readonly pullNumbers: readonly number[];
    };

/** GitHub lists the pull requests of a check run's commit; ferry answers on at most this many. */
const PULL_LIMIT = 10;

/** Narrows a `check_run` payload; anything but a press on one of ferry's check runs is ignored. */
export function checkRunFactsOf(payload: unknown): CheckRunFacts {
  const action = stringAt(payload, "action");
  const run = objectAt(payload, "check_run");
  const name = stringAt(run, "name") ?? "";
  if ((action !== "requested_action" && action !== "rerequested") || !name.startsWith("ferry/"))
    return { kind: "ignored" };
  const id = numberAt(run, "id");
  return {
    kind: "request",
    action,
    name,
    headSha: shaAt(run, "head_sha"),
    identifier: action === "rerequested" ? "retry" : stringAt(objectAt(payload, "requested_action"), "identifier"),
    checkRunId: id !== undefined && Number.isSafeInteger(id) && id > 0 ? id : undefined,
    externalId: stringAt(run, "external_id"),
    shown: checkRunSnapshotOf(run),
    pullNumbers: arrayAt(run, "pull_requests")
      .flatMap((p) => numberAt(p, "number") ?? [])
      .filter((n) => Number.isSafeInteger(n) && n > 0)
      .slice(0, PULL_LIMIT),
  };
}
