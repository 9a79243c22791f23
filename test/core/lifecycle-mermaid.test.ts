/**
 * How a whole lifecycle is drawn for GitHub's page: arrows between the same two states are one
 * arrow, alike failure states are one node that lists them, and a region too large to draw
 * readably is a table of its states and moves (the rendering test measures what is drawn).
 */
import { describe, expect, it } from "vitest";
import { lifecycleMermaid } from "../../src/core/lifecycle-mermaid.ts";
import { lifecycleMovesTable } from "../../src/core/lifecycle-moves-table.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { reportScenario, scenarioMarkdown } from "../support/report-scenarios.ts";

const arrows = (text: string) => text.split("\n").filter((l) => l.includes(" --> "));

describe("lifecycleMermaid", () => {
  it.each([
    ["standard", "  running --> stopping : stop, remove"],
    ["standard", "  failed --> validating : retry, deploy"],
    ["preview", "  pause --> deploying : deploy, resume"],
    ["preview", "  deploy --> dropping : drop, timer.drop-after, remove [dropping is allowed]"],
    ["stack-migration", "    stack_broken --> stack_migrating : deploy, retry [the stack exists]"],
  ] as const)("%s: arrows between the same two states are one arrow with their events: %s", (name, line) => {
    const text = lifecycleMermaid(builtinLifecycle(name));
    expect(text.split("\n")).toContain(line);
    const pairs = arrows(text).map((l) => l.split(" : ")[0]);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("stack-migration's failure family is one red node that names its members, each arrow into it the member it enters", () => {
    const text = lifecycleMermaid(builtinLifecycle("stack-migration"), {
      regions: ["deployment"],
      current: { deployment: "failed_3" },
    });
    expect(text).toContain(
      'state "failed_1, failed_2, failed_3, failed_4, failed_5, upserting_failed, create_failed" as family_1',
    );
    expect(text).toContain("  db_migrating --> family_1 : stage.failed<br>→ failed_3");
    expect(text).toContain("  family_1 --> queued : deploy, retry");
    expect(text).toContain("  class family_1 failed");
    // The current state is a member: the family stands out, and no member is drawn on its own.
    expect(text).toContain("  class family_1 current");
    expect(text).not.toMatch(/\bfailed_3 (-->|failed|current)/);
  });

  it("states that only look alike in their arrows but are not failures or automatic stay apart", () => {
    const text = lifecycleMermaid(builtinLifecycle("preview"));
    expect(text).not.toContain("family_");
  });
});

describe("lifecycleMovesTable", () => {
  it("lists every state with its kind and moves, the current one marked, guards by description", () => {
    const region = builtinLifecycle("standard").regions["main"];
    if (!region) throw new Error("no main region");
    const table = lifecycleMovesTable(region, "running");
    expect(table).toHaveLength(2 + Object.keys(region.states).length);
    expect(table).toContain(
      "| **`running`** ← current | rests | deploy → `updating` · rollback → `rolling_back` · stop, remove → `stopping` |",
    );
    expect(table).toContain(
      "| `rollback_needed` | automatic | auto [an earlier good version exists] → `rolling_back` · auto → `failed` |",
    );
    expect(table).toContain("| `requested` | rests · initial | deploy → `validating` · remove → `deleted` |");
    expect(table.join("\n")).not.toContain("hasPrevious");
  });
});

describe("the whole lifecycle on a check run", () => {
  it("standard is too large to draw readably: a table of its states and moves, behind one click", () => {
    const page = scenarioMarkdown(reportScenario("success"));
    const whole = page.slice(page.indexOf("<details><summary>The whole `standard` lifecycle"));
    expect(whole).toContain("| **`running`** ← current | rests |");
    expect(whole).not.toContain("```mermaid");
  });

  it("preview is drawn; stack-migration draws its small region and tabulates the large one", () => {
    const preview = scenarioMarkdown(reportScenario("paused-preview"));
    expect(preview).toContain("<details><summary>Diagram: the whole `preview` lifecycle</summary>");
    const stack = scenarioMarkdown(reportScenario("stack-migration"));
    const whole = stack.slice(stack.indexOf("<details><summary>The whole `stack-migration` lifecycle"));
    expect(whole.indexOf("**Region `stack`**\n\n```mermaid")).toBeGreaterThan(0);
    expect(whole).toContain("**Region `deployment`**\n\n| state | kind |");
    expect(whole).toContain("| `failed_2` | failure: Stack failure while scaling down. | deploy, retry → `queued` |");
  });
});
