import picocolors from "picocolors";
import type { CliIo } from "./cli-io.ts";

/** Colours for one io: picocolors' formatters, or ones that return the text unchanged. */
export type Palette = ReturnType<typeof picocolors.createColors>;

/** The io's palette: colour only when it says it takes colour (see `CliIo.colour`). */
export function paletteOf(io: Pick<CliIo, "colour">): Palette {
  return picocolors.createColors(io.colour ?? false);
}

/** What a state, outcome or verdict word means to a person at a glance. */
export type Tone = "good" | "bad" | "waiting" | "busy" | "plain";

const TONES: Readonly<Record<string, Tone>> = {
  succeeded: "good",
  success: "good",
  steady: "good",
  failed: "bad",
  failure: "bad",
  blocked: "bad",
  "timed-out": "bad",
  "rolled-back": "waiting",
  paused: "waiting",
  waiting: "waiting",
  cancelled: "waiting",
  action_required: "waiting",
  "in-progress": "busy",
  in_progress: "busy",
  running: "busy",
};

/** The tone of an outcome word (`failed`, `succeeded`, `paused`, `in-progress`); anything else is plain. */
export function toneOf(word: string): Tone {
  return TONES[word] ?? "plain";
}

/** The text in its tone's colour: failed red, succeeded green, paused and waiting yellow, busy cyan. */
export function paint(palette: Palette, tone: Tone, text: string): string {
  switch (tone) {
    case "good":
      return palette.green(text);
    case "bad":
      return palette.red(text);
    case "waiting":
      return palette.yellow(text);
    case "busy":
      return palette.cyan(text);
    case "plain":
      return text;
  }
}
