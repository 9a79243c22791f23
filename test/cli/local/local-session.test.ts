import { describe, expect, it } from "vitest";
import type { CliIo } from "../../../src/cli/cli-io.ts";
import { LocalSession } from "../../../src/cli/local/local-session.ts";
import { childProcesses } from "../../support/processes.ts";
import { tempRepo } from "../../support/temp-repo.ts";

const io: CliIo = { out: () => {}, err: () => {}, terminal: false, colour: false, columns: 80 };
const gitChildren = () => childProcesses().filter((child) => / git /.test(` ${child.split(" ").slice(1).join(" ")} `));

describe("LocalSession.using", () => {
  it("gives the command's result and leaves no git process behind", async () => {
    const repo = await tempRepo();
    const before = new Set(gitChildren());
    const branch = await LocalSession.using(repo, io, undefined, async (session) => {
      expect(await session.commitOf("HEAD")).toMatch(/^[0-9a-f]{40}$/);
      // The session's reader is running while the command runs.
      expect(gitChildren().filter((c) => !before.has(c)).length).toBeGreaterThan(0);
      return session.branch;
    });
    expect(branch).toBe("main");
    // Closed when the command ended, not left to its idle timer.
    expect(gitChildren().filter((c) => !before.has(c))).toEqual([]);
  });

  it("closes the session when the command fails, and passes the failure on", async () => {
    const repo = await tempRepo();
    const before = new Set(gitChildren());
    await expect(
      LocalSession.using(repo, io, undefined, async (session) => {
        expect(await session.commitOf("HEAD")).toMatch(/^[0-9a-f]{40}$/);
        throw new Error("the command failed");
      }),
    ).rejects.toThrow("the command failed");
    expect(gitChildren().filter((c) => !before.has(c))).toEqual([]);
  });
});
