import type { Manifest, Stage } from "./manifest.ts";

/**
 * The stage a manifest runs for a lifecycle's stage name: a type-specific variant (`<type>.<stage>`)
 * wins over the plain stage. Only the manifest's own keys count, so a name such as `toString` is no stage.
 */
export function manifestStage(manifest: Manifest, name: string): Stage | undefined {
  const own = (key: string) => (Object.hasOwn(manifest.stages, key) ? manifest.stages[key] : undefined);
  return (manifest.type === undefined ? undefined : own(`${manifest.type}.${name}`)) ?? own(name);
}
