import { describe, expect, it } from "vitest";
import {
  ACTOR_MAX_LENGTH,
  boundedEvent,
  clip,
  IDENTIFIER_MAX_LENGTH,
  MESSAGE_MAX_LENGTH,
  URL_MAX_LENGTH,
} from "../../src/core/bounded-event.ts";
import type { FerryEvent } from "../../src/core/ferry-event.ts";
import { deploy, drive, fail, type Step } from "./lifecycles/drive.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";

const base = { id: "d-1", at: "2030-01-01T00:00:00.000Z", actor: "alice", cause: "merge" } as const;
const report = { runId: 1, attempt: 1, stage: "install" };
const long = (n: number, c = "a") => c.repeat(n);

describe("boundedEvent", () => {
  // [case, event, what must hold of the bounded event]
  const kept: [string, FerryEvent, (e: FerryEvent) => void][] = [
    [
      "an event within bounds is the same object",
      { ...base, type: "deploy", version: "v1" },
      (e) => expect(e).toEqual({ ...base, type: "deploy", version: "v1" }),
    ],
    [
      "a long actor is cut with an ellipsis",
      { ...base, type: "deploy", version: "v1", actor: long(1_000) },
      (e) => expect(e.actor).toBe(`${long(ACTOR_MAX_LENGTH - 1)}…`),
    ],
    [
      "a long stage message is cut",
      { ...base, type: "stage.failed", stage: { ...report, message: long(10_000) } },
      (e) => expect("stage" in e && e.stage.message).toBe(`${long(MESSAGE_MAX_LENGTH - 1)}…`),
    ],
    [
      "a link too long to keep is left out, the rest kept",
      {
        ...base,
        type: "stage.failed",
        stage: { ...report, url: `https://x/${long(URL_MAX_LENGTH)}`, externalId: "42", message: "boom" },
      },
      (e) => expect("stage" in e && e.stage).toEqual({ ...report, externalId: "42", message: "boom" }),
    ],
    [
      "a link of the longest kept length stays",
      { ...base, type: "stage.succeeded", stage: { ...report, url: long(URL_MAX_LENGTH) } },
      (e) => expect("stage" in e && e.stage.url).toBe(long(URL_MAX_LENGTH)),
    ],
  ];

  it.each(kept)("%s", (_case, event, check) => {
    const result = boundedEvent(event);
    if (!result.ok) throw new Error(result.detail);
    check(result.event);
  });

  // [case, event, detail]
  const refused: [string, FerryEvent, string][] = [
    [
      "an overlong event id",
      { ...base, id: long(IDENTIFIER_MAX_LENGTH + 1), type: "deploy", version: "v1" },
      "event id",
    ],
    ["an overlong version", { ...base, type: "deploy", version: long(IDENTIFIER_MAX_LENGTH + 1) }, "version"],
    [
      "an overlong external id",
      { ...base, type: "stage.started", stage: { ...report, externalId: long(IDENTIFIER_MAX_LENGTH + 1) } },
      "external id",
    ],
  ];

  it.each(refused)("refuses %s: cutting it would change what it names", (_case, event, detail) => {
    expect(boundedEvent(event)).toMatchObject({
      ok: false,
      reason: "input-too-long",
      detail: expect.stringContaining(detail),
    });
  });

  it.each([
    ["short text is kept", "abc", 5, "abc"],
    ["long text is cut to the limit, ellipsis included", "abcdefgh", 5, "abcd…"],
    ["never half a surrogate pair", `abc😀def`, 5, "abc…"],
  ])("clip: %s", (_case, text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });

  it("transition() applies the bounds before anything is stored", () => {
    const standard = builtinLifecycle("standard");
    const d = drive(standard, [deploy("v1")], { stages: { install: {} } });
    const longFailure: Step = {
      label: "long failure",
      build: (state) => ({ ...fail({ message: long(5_000, "m") }).build(state), actor: long(500, "b") }),
    };
    d.send(longFailure);
    expect(d.state.error?.message).toHaveLength(MESSAGE_MAX_LENGTH);
    expect(d.state.history.at(-1)?.actor).toHaveLength(ACTOR_MAX_LENGTH);
    expect(d.refuse(deploy(long(IDENTIFIER_MAX_LENGTH + 1))).reason).toBe("input-too-long");
  });
});
