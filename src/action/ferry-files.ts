import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { ferryFileName } from "../manifest/ferry-file-name.ts";

/** A file of the checked-out repository: its path from the repository root (for annotations) and text. */
export interface FerryFile {
  readonly path: string;
  readonly text: string;
}

export const DEPLOYMENTS_DIR = ".ferry/deployments";
export const LIFECYCLES_DIR = ".ferry/lifecycles";

/** The files ferry reads in one `.ferry/` folder (`<name>.yml` and `<name>.yaml`), sorted. */
export async function readFerryDir(workspace: string, dir: string): Promise<FerryFile[]> {
  let names: string[];
  try {
    names = await readdir(join(workspace, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: FerryFile[] = [];
  for (const name of names.filter((n) => ferryFileName(n) !== undefined).sort()) {
    files.push({ path: `${dir}/${name}`, text: await readFile(join(workspace, dir, name), "utf8") });
  }
  return files;
}
