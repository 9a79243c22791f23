import { PREVIOUS_TARGET, type Lifecycle, type TransitionDef } from "./lifecycle.ts";

export interface LifecycleRow {
  readonly region: string;
  readonly state: string;
  readonly kind: string;
  readonly stage: string;
  readonly event: string;
  readonly guard: string;
  readonly target: string;
}

/** Every transition of a lifecycle as a row, in declaration order: what `ferry lifecycle show` prints. */
export function lifecycleRows(lifecycle: Lifecycle): LifecycleRow[] {
  const rows: LifecycleRow[] = [];
  for (const [region, def] of Object.entries(lifecycle.regions)) {
    for (const [state, s] of Object.entries(def.states)) {
      const base = {
        region,
        state,
        kind: s.kind + (state === def.initial ? " (initial)" : ""),
        stage: s.stage ? s.stage + (s.optional ? "?" : "") : "",
      };
      const push = (event: string, t: TransitionDef) =>
        rows.push({
          ...base,
          event,
          guard: t.guard ?? "",
          target: t.target === undefined ? "(stays)" : t.target === PREVIOUS_TARGET ? "(previous state)" : t.target,
        });
      for (const [event, handlers] of Object.entries(s.on ?? {})) for (const t of handlers) push(event, t);
      for (const t of s.always ?? []) push("(auto)", t);
      if (!s.on && !s.always) rows.push({ ...base, event: "", guard: "", target: "" });
    }
  }
  for (const [event, handlers] of Object.entries(lifecycle.on ?? {})) {
    for (const t of handlers)
      rows.push({
        region: "*",
        state: "(any)",
        kind: "",
        stage: "",
        event,
        guard: t.guard ?? "",
        target: t.target ?? "(stays)",
      });
  }
  return rows;
}
