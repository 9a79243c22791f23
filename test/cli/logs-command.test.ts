import { describe, expect, it } from "vitest";
import { LOCAL_WEB_MANIFEST as WEB } from "../support/cli-fixtures.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { tempRepo } from "../support/temp-repo.ts";

const ferry = (repo: string, ...args: string[]) => runFerryInProcess(["--repo", repo, ...args]);

/** A deployment whose install says whose it is, so a log shown under another name gives itself away. */
const saying = (words: string) => WEB.replace('echo "installing $FERRY_VERSION"', `echo "${words}"`);

describe("ferry logs", () => {
  // `web-1`'s run 1 logs once sat beside `web`'s as `web-1-1-1-install.log`, which starts like a log
  // of `web`'s run 1, so `ferry logs web` printed `web-1`'s install as a stage named "1-install".
  it("shows the named deployment's logs only, never those of a deployment whose name it starts", async () => {
    const repo = await tempRepo({
      ".ferry/deployments/web.yml": saying("install of web"),
      ".ferry/deployments/web-1.yml": saying("install of web-1"),
      ".ferry/deployments/web-1-1.yml": saying("install of web-1-1"),
    });
    expect((await ferry(repo, "sync")).code).toBe(0);

    const web = await ferry(repo, "logs", "web");
    expect(web.code).toBe(0);
    expect(web.stdout).toContain("install of web\n");
    expect(web.stdout).not.toContain("install of web-");
    expect([...web.stdout.matchAll(/^==> (\S+) \(run /gm)].map((m) => m[1])).toEqual(["install", "health-check"]);

    const webOne = await ferry(repo, "logs", "web-1", "--run", "1", "--stage", "install");
    expect(webOne.stdout).toContain("install of web-1\n");
    expect(webOne.stdout).not.toContain("install of web-1-1");
    expect(webOne.stdout).not.toContain("install of web\n");

    const unknownStage = await ferry(repo, "logs", "web", "--stage", "1-install");
    expect(unknownStage.code).toBe(1);
    expect(unknownStage.stderr).toContain('has no log of stage "1-install"; it has install, health-check');
  });
});
