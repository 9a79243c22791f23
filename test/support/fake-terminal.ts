/**
 * A tiny terminal for tests of in-place redraws: applies line breaks, cursor-up (`ESC[nA`) and
 * erase-down (`ESC[J`) to a screen of lines, as xterm does, and drops colour (`ESC[…m`). Every
 * write ends in a line break, as `CliIo.out` does.
 */
export class FakeTerminal {
  readonly screen: string[] = [""];
  private row = 0;

  write(text: string): void {
    const withBreak = text.endsWith("\n") ? text : `${text}\n`;
    // eslint-disable-next-line no-control-regex -- escape sequences are what this terminal reads
    for (const token of withBreak.match(/\u001b\[\d*[AJm]|\n|[^\u001b\n]+/g) ?? []) {
      if (token === "\n") {
        this.row++;
        if (this.screen.length <= this.row) this.screen.push("");
      } else if (token.endsWith("m") && token.startsWith("\u001b")) continue;
      else if (token.endsWith("A") && token.startsWith("\u001b"))
        this.row = Math.max(0, this.row - Number(token.slice(2, -1) || 1));
      else if (token.endsWith("J") && token.startsWith("\u001b")) {
        this.screen.splice(this.row + 1);
        this.screen[this.row] = "";
      } else this.screen[this.row] = (this.screen[this.row] ?? "") + token;
    }
  }

  /** What a person sees: the lines above the cursor's (the cursor rests on an empty line below). */
  get lines(): string[] {
    return this.screen.slice(0, this.row);
  }
}
