import { AUTO_LABEL, edgeLabel, stateLabel } from "./lifecycle-mermaid.ts";
import { PREVIOUS_TARGET, type RegionDef, type StateKind, type TransitionDef } from "./lifecycle.ts";

/** What each kind of state means to a reader of the table. */
const KIND_WORDS: Readonly<Record<StateKind, string>> = {
  transient: "automatic",
  stage: "runs a stage",
  wait: "waits",
  steady: "rests",
  final: "final",
  failed: "failure",
};

/**
 * A region of a lifecycle as a table of its states and the moves out of each: what a check run
 * shows instead of a diagram when the region has too many states and arrows to draw readably on
 * GitHub's page. It says everything the diagram would: each state (and the stage it runs), its
 * kind, and each move with its event and its guard's description; the current state is marked.
 */
export function lifecycleMovesTable(region: RegionDef, current: string | undefined): string[] {
  const lines = ["| state | kind | moves on (event → next state) |", "|---|---|---|"];
  for (const [name, state] of Object.entries(region.states)) {
    const label = stateLabel(name, state.stage);
    const shown = label === name ? `\`${name}\`` : `\`${name}\` (${state.stage ?? ""})`;
    const here = name === current ? `**${shown}** ← current` : shown;
    const start = name === region.initial ? " · initial" : "";
    const byTarget = new Map<string, string[]>();
    const add = (event: string, t: TransitionDef) => {
      const to =
        t.target === undefined ? "stays" : t.target === PREVIOUS_TARGET ? "the state before" : `\`${t.target}\``;
      byTarget.set(to, [...(byTarget.get(to) ?? []), edgeLabel(event, t)]);
    };
    for (const [event, handlers] of Object.entries(state.on ?? {})) for (const t of handlers) add(event, t);
    for (const t of state.always ?? []) add(AUTO_LABEL, t);
    const moves = [...byTarget].map(([to, events]) => `${[...new Set(events)].join(", ")} → ${to}`);
    // A failure says which one it is: stack-migration's `failed_1` … `failed_5` differ only there.
    const why = state.kind === "failed" && state.description ? `: ${state.description.trim()}` : "";
    lines.push(
      `| ${here} | ${KIND_WORDS[state.kind]}${start}${why.replace(/\|/g, "\\|")} | ${moves.join(" · ").replace(/\|/g, "\\|") || "—"} |`,
    );
  }
  return lines;
}
