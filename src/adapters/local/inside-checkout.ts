import { isAbsolute, relative, resolve, sep } from "node:path";
import { StepSetupError } from "./step-setup-error.ts";

/** A path from the manifest, resolved in the checkout; `..` and absolute paths may not leave it. */
export function insideCheckout(checkout: string, path: string, what: string): string {
  const full = resolve(checkout, path);
  const rel = relative(resolve(checkout), full);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    throw new StepSetupError(`${what} ${JSON.stringify(path)} is outside the checkout`);
  return full;
}
