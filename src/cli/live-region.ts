/** Control sequences (ECMA-48): the cursor up n lines, and erase from the cursor to the end of the screen. */
const up = (lines: number) => `\u001b[${lines}A`;
const ERASE_DOWN = "\u001b[J";

/**
 * The last lines of a terminal, redrawn in place while permanent lines scroll above them, as
 * listr2 and docker's progress do: each update moves the cursor up over the lines drawn last,
 * erases them and writes the new ones. Lines must not wrap (the caller cuts them to the width)
 * and must not hold a line break, or the count of lines to move up is wrong.
 *
 * `write` is a `CliIo.out`: every write ends in a line break, added when missing, so each update
 * is one write (no flicker between erasing and drawing) and the cursor always rests at the start
 * of the line below the frame.
 */
export class LiveRegion {
  /** Lines of the frame now on the screen. */
  private shown = 0;

  constructor(private readonly write: (text: string) => void) {}

  /** Replaces the frame with `frame`, writing `above` (permanent lines) first. */
  draw(frame: readonly string[], above: readonly string[] = []): void {
    const lines = [...above, ...frame];
    if (lines.length === 0 && this.shown === 0) return;
    const erase = this.shown > 0 ? up(this.shown) + ERASE_DOWN : "";
    // Nothing left to write: the line break `write` adds would leave a blank line, so end one
    // line higher (on the line above the old frame, already written) and let the break come back down.
    this.write(lines.length > 0 ? erase + lines.join("\n") : erase + up(1));
    this.shown = frame.length;
  }

  /** Leaves the frame on the screen as permanent lines: the next draw starts below it. */
  release(): void {
    this.shown = 0;
  }
}
