import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputCapture, type OutputStream } from "../../../src/adapters/local/output-capture.ts";
import { StepExecutor } from "../../../src/adapters/local/step-executor.ts";
import type { CommandStep } from "../../../src/manifest/manifest.ts";

/** A PEM-like multi-line secret: no line of it may reach output, streamed lines or the message. */
const KEY_LINES = [
  "-----BEGIN TEST KEY-----",
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
  "BKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
  "-----END TEST KEY-----",
];
const KEY = KEY_LINES.join("\n");

function leaks(text: string): string[] {
  return KEY_LINES.filter((line) => text.includes(line));
}

describe("OutputCapture with a multi-line secret", () => {
  // [case, chunks written to stdout]
  const rows: [string, string[]][] = [
    ["printed whole in one chunk", [`before\n${KEY}\nafter\n`]],
    ["printed with CRLF line endings", [`before\r\n${KEY_LINES.join("\r\n")}\r\nafter\r\n`]],
    [
      "split across chunks mid-line",
      [`before\n${KEY.slice(0, 40)}`, `${KEY.slice(40, 75)}`, `${KEY.slice(75)}\nafter`],
    ],
    ["one line at a time, each with a prefix", KEY_LINES.map((line, i) => `line ${i}: ${line}\n`)],
  ];

  it.each(rows)("redacts every line when %s", (_case, chunks) => {
    const streamed: string[] = [];
    const capture = new OutputCapture(1 << 20, [KEY], (line) => streamed.push(line));
    for (const chunk of chunks) capture.write("stdout", Buffer.from(chunk));
    capture.end();
    expect(leaks(capture.text())).toEqual([]);
    expect(leaks(streamed.join("\n"))).toEqual([]);
    expect(streamed.filter((line) => line.includes("[redacted]"))).toHaveLength(KEY_LINES.length);
  });

  it("quotes a redacted tail in a failure message", () => {
    const capture = new OutputCapture(1 << 20, [KEY], undefined);
    const stream: OutputStream = "stderr";
    capture.write(stream, Buffer.from(`could not parse key:\n${KEY}\n`));
    capture.end();
    expect(capture.failureTail()).toBe("could not parse key: | [redacted] | [redacted] | [redacted] | [redacted]");
  });
});

describe("StepExecutor printing a multi-line secret", () => {
  it("redacts each of its lines from the output, the streamed lines and the message", async () => {
    const executor = new StepExecutor({ killGraceMs: 200 });
    const step: CommandStep = {
      kind: "command",
      name: "print key",
      command: { script: 'printf "key is:\\n%s\\n" "$KEY"; printf "%s\\r\\n" "$KEY" | tail -n 2 >&2; exit 1' },
      env: { KEY: { secret: "DEPLOY_KEY" } },
    };
    const streamed: string[] = [];
    const result = await executor.run(step, {
      checkout: mkdtempSync(join(tmpdir(), "ferry-capture-")),
      ferry: {
        deployment: "web",
        stage: "deploy",
        version: "0123456789abcdef0123456789abcdef01234567",
        runId: 1,
        attempt: 1,
      },
      secrets: { DEPLOY_KEY: KEY },
      onLine: (line) => streamed.push(line),
    });
    expect(result.status).toBe("failed");
    expect(leaks([result.output, result.message, ...streamed].join("\n"))).toEqual([]);
    expect(result.output).toContain("key is:\n[redacted]\n[redacted]");
    expect(result.message).toBe("exit code 1: [redacted] | [redacted]");
  });
});
