import { StringDecoder } from "node:string_decoder";
import { redactText } from "../../core/redact.ts";

export type OutputStream = "stdout" | "stderr";

/** How many stderr lines, and characters, a failure message quotes. */
const MESSAGE_TAIL_LINES = 10;
const MESSAGE_TAIL_CHARS = 1_000;

/** Splits output into lines, redacts each, streams it and keeps a bounded tail. */
export class OutputCapture {
  private readonly lines: string[] = [];
  private readonly stderrLines: string[] = [];
  private size = 0;
  private dropped = false;
  private readonly partial: Record<OutputStream, string> = { stdout: "", stderr: "" };
  private readonly decoders: Record<OutputStream, StringDecoder> = {
    stdout: new StringDecoder("utf8"),
    stderr: new StringDecoder("utf8"),
  };

  constructor(
    private readonly limit: number,
    private readonly secrets: readonly string[],
    private readonly onLine: ((line: string, stream: OutputStream) => void) | undefined,
  ) {}

  write(stream: OutputStream, chunk: Buffer): void {
    const parts = (this.partial[stream] + this.decoders[stream].write(chunk)).split("\n");
    this.partial[stream] = parts.pop() ?? "";
    for (const part of parts) this.emit(stream, part);
    // A huge line without a newline must not grow without bound either.
    if (this.partial[stream].length > this.limit) {
      this.emit(stream, this.partial[stream]);
      this.partial[stream] = "";
    }
  }

  /** A line ferry itself writes (check attempts, download progress). */
  note(line: string): void {
    this.emit("stdout", line);
  }

  end(): void {
    for (const stream of ["stdout", "stderr"] as const) {
      const rest = this.partial[stream] + this.decoders[stream].end();
      this.partial[stream] = "";
      if (rest !== "") this.emit(stream, rest);
    }
  }

  text(): string {
    return (this.dropped ? "[earlier output dropped]\n" : "") + this.lines.join("\n");
  }

  /** The end of stderr, or of all output when stderr was empty, on one line for a message. */
  failureTail(): string {
    const source = this.stderrLines.length > 0 ? this.stderrLines : this.lines;
    const text = source
      .slice(-MESSAGE_TAIL_LINES)
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .join(" | ");
    return text.length > MESSAGE_TAIL_CHARS ? `…${text.slice(-MESSAGE_TAIL_CHARS)}` : text;
  }

  private emit(stream: OutputStream, raw: string): void {
    const line = redactText(raw.endsWith("\r") ? raw.slice(0, -1) : raw, this.secrets);
    try {
      this.onLine?.(line, stream);
    } catch {
      // A broken listener must not break the step it listens to.
    }
    this.lines.push(line);
    this.size += Buffer.byteLength(line) + 1;
    while (this.size > this.limit && this.lines.length > 1) {
      this.size -= Buffer.byteLength(this.lines.shift() ?? "") + 1;
      this.dropped = true;
    }
    if (stream === "stderr") {
      this.stderrLines.push(line);
      if (this.stderrLines.length > MESSAGE_TAIL_LINES) this.stderrLines.shift();
    }
  }
}
