// Fails when dist/ is not what scripts/build-action.mjs builds from the current sources: the
// Action runs dist/action.js as committed, so a stale bundle would ship old code.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAction } from "./build-action.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const committed = join(root, "dist");

function files(dir) {
  let out = [];
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(files(path));
    else out.push(path);
  }
  return out;
}

const fresh = mkdtempSync(join(tmpdir(), "ferry-dist-"));
try {
  await buildAction(fresh);
  const want = new Map(files(fresh).map((f) => [relative(fresh, f), f]));
  const have = new Map(files(committed).map((f) => [relative(committed, f), f]));
  const problems = [];
  for (const [name, path] of want) {
    const old = have.get(name);
    if (!old) problems.push(`missing: dist/${name}`);
    else if (!readFileSync(old).equals(readFileSync(path))) problems.push(`out of date: dist/${name}`);
  }
  for (const name of have.keys())
    if (!want.has(name)) problems.push(`not built by scripts/build-action.mjs: dist/${name}`);
  if (problems.length > 0) {
    console.error(
      `dist/ does not match the sources:\n  ${problems.join("\n  ")}\nRun \`npm run build:action\` and commit dist/.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`dist/ is up to date (${want.size} files)`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
