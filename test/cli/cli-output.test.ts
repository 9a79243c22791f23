/**
 * Output a person can follow (issue 16, point 3), in-process with an io that plays a terminal:
 * tables fit its width and colour their outcomes, a pipe gets the whole plain text, a retry
 * backoff is announced as it starts waiting, and `sync --watch` says what it watches.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.ts";
import { syncHandler } from "../../src/cli/handlers/sync-handler.ts";
import { runCli } from "../../src/cli/run-cli.ts";
import { LOCAL_WEB_MANIFEST as WEB } from "../support/cli-fixtures.ts";
import { FakeTerminal } from "../support/fake-terminal.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { commitFiles, tempRepo } from "../support/temp-repo.ts";

const LONG = "the disk is full and nothing more can be written to it, so the release cannot be installed";
/** Fails its install every time, with one retry one second after the first failure. */
const BROKEN = WEB.replace('echo "installing $FERRY_VERSION"', `echo "${LONG}" >&2; exit 3`).replace(
  "  install:\n",
  "  install:\n    retries: 1\n    backoff: 1s\n",
);

/** An io like a terminal's (or a pipe's with `columns` absent), collecting what it is given. */
function io(look: Pick<CliIo, "terminal" | "colour" | "columns">) {
  const seen = { out: "", err: "" };
  const cli: CliIo = { out: (t) => (seen.out += `${t}\n`), err: (t) => (seen.err += `${t}\n`), ...look };
  return { seen, cli };
}

describe("output a person can follow", () => {
  let repo = "";
  let synced = "";
  beforeAll(async () => {
    repo = await tempRepo({ ".ferry/deployments/web.yml": WEB, ".ferry/deployments/broken.yml": BROKEN });
    const run = await runFerryInProcess(["--repo", repo, "sync"]);
    expect(run.code).toBe(1);
    synced = run.stdout;
  });

  it("a retry backoff is shown as it waits, plain lines each starting with the deployment", () => {
    expect(synced).toMatch(/^ {2}broken: install failed \(try 1 of 2\): .* — retrying in 1s \(2\/2\)$/m);
    // Every step line names its deployment first, so the two deployments' lines never read as one.
    const steps = synced.split("\n").filter((l) => /[▸✓✗│]/.test(l));
    expect(steps.length).toBeGreaterThan(4);
    for (const line of steps) expect(line).toMatch(/^ {4}(web|broken)\/[\w-]+ [▸✓✗⌛│] /);
  });

  it("status fits the terminal's width, cutting LAST ERROR with …, and colours OUTCOME", async () => {
    const terminal = io({ terminal: true, colour: true, columns: 100 });
    expect(await runCli(["--repo", repo, "status"], terminal.cli)).toBe(0);
    const lines = terminal.seen.out.trimEnd().split("\n");
    const broken = lines.find((l) => l.startsWith("broken"));
    expect(broken).toContain("\u001b[31mfailed\u001b[39m");
    expect(broken).toMatch(/…$/);
    expect(lines.find((l) => l.startsWith("web"))).toContain("\u001b[32msucceeded\u001b[39m");
    // eslint-disable-next-line no-control-regex
    for (const line of lines) expect(line.replace(/\u001b\[\d+m/g, "").length).toBeLessThanOrEqual(100);
  });

  it("a pipe gets the whole error and no colour; NO_COLOR on a terminal keeps the width but drops colour", async () => {
    const pipe = io({});
    await runCli(["--repo", repo, "status"], pipe.cli);
    expect(pipe.seen.out).toContain(LONG);
    expect(pipe.seen.out).not.toContain("\u001b[");
    const noColour = io({ terminal: true, colour: false, columns: 100 });
    await runCli(["--repo", repo, "status"], noColour.cli);
    expect(noColour.seen.out).not.toContain("\u001b[");
    expect(noColour.seen.out).not.toContain(LONG);
    // --json is never cut, whatever the terminal.
    const json = io({ terminal: true, colour: true, columns: 40 });
    await runCli(["--repo", repo, "status", "--json"], json.cli);
    expect(json.seen.out).toContain(LONG);
  });

  it("history fits the terminal: DESCRIPTION is cut, STATUS coloured", async () => {
    const terminal = io({ terminal: true, colour: true, columns: 90 });
    expect(await runCli(["--repo", repo, "history", "broken"], terminal.cli)).toBe(0);
    const lines = terminal.seen.out.trimEnd().split("\n");
    // eslint-disable-next-line no-control-regex
    for (const line of lines) expect(line.replace(/\u001b\[\d+m/g, "").length).toBeLessThanOrEqual(90);
    expect(terminal.seen.out).toContain("\u001b[31mfailed\u001b[39m");
  });

  it("sync on a terminal: each stage's steps grouped under it as one block, the board redrawn in place", async () => {
    const fresh = await tempRepo({ ".ferry/deployments/web.yml": WEB, ".ferry/deployments/api.yml": WEB });
    const term = new FakeTerminal();
    const writes: string[] = [];
    const cli: CliIo = {
      out: (t) => (writes.push(t), term.write(t)),
      err: (t) => term.write(t),
      terminal: true,
      colour: false,
      columns: 100,
    };
    expect(await runCli(["--repo", fresh, "sync"], cli)).toBe(0);
    // eslint-disable-next-line no-control-regex -- cursor up, then erase down: a redraw
    expect(writes.join("")).toMatch(/\u001b\[\d+A\u001b\[J/);
    const screen = term.lines.join("\n");
    for (const deployment of ["web", "api"])
      for (const stage of ["install", "health-check"])
        expect(screen).toMatch(new RegExp(`^✓ ${deployment}/${stage} · run 1 \\(.+\\)\n {2}✓ `, "m"));
    // None of the plain lines a pipe gets, which interleave deployments line by line.
    expect(screen).not.toMatch(/^ {4}(web|api)\/[\w-]+ [▸✓✗│] /m);
    expect(screen).toMatch(/^ {2}web: running on \w{7} \(run 1\)/m);
  });

  it("sync --watch says which branch it watches and how often, first and again after a poll that found work", async () => {
    await commitFiles(repo, { ".ferry/deployments/web.yml": `${WEB}# v2\n` }, "v2");
    const stop = new AbortController();
    const lines: string[] = [];
    const watching = "watching main for new commits every 1s (Ctrl-C to stop)";
    const cli: CliIo = {
      out: (t) => {
        lines.push(t);
        // Once the pass that found v2 is over, it says so again; then the test stops it.
        if (t === watching && lines.filter((l) => l === watching).length === 2) stop.abort();
      },
      err: () => {},
    };
    await syncHandler(cli, repo, { watch: true, interval: 1 }, stop.signal);
    expect(lines[0]).toBe(watching);
    expect(lines.at(-1)).toBe(watching);
    expect(
      lines.some((l) => / push: v2$/.test(l)),
      lines.join("\n"),
    ).toBe(true);
  });
});
