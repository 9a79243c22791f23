/**
 * A ferry-like process that writes state commits with one GitStateWriter, prints each new head, then
 * starts one more write and is SIGKILLed while it runs: no `close()`, no exit handlers. Usage:
 * `node --import tsx write-state-then-die.ts <repo> <writes>`.
 */
import { GitStateWriter } from "../../src/adapters/local/git-state-writer.ts";

const [repo = "", count = "0"] = process.argv.slice(2);
const ref = "refs/heads/ferry/state";
const writer = new GitStateWriter(repo, "ferry: record state");
let head: string | null = null;
for (let i = 0; i < Number(count); i++) {
  const written = await writer.write(ref, head, [{ files: { [`d/${i}.json`]: `${i}\n` }, message: `write ${i}` }]);
  if (!written.ok) throw new Error(`write ${i} refused: ${written.detail}`);
  head = written.head;
  process.stdout.write(`${head}\n`);
}
void writer.write(ref, head, [{ files: { "d/last.json": "last\n" }, message: "last" }]);
setImmediate(() => process.kill(process.pid, "SIGKILL"));
