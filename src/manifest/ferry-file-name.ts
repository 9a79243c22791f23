/**
 * The suffixes of the files ferry reads in `.ferry/deployments/` and `.ferry/lifecycles/`. `.yml`
 * is the documented form; `.yaml` is read the same way, because editors and people write both and
 * a manifest that is silently ignored deploys nothing without saying why.
 */
export const FERRY_FILE_SUFFIXES = [".yml", ".yaml"] as const;

/** The name a ferry file declares: its base name without `.yml` or `.yaml`; undefined for any other file. */
export function ferryFileName(path: string): string | undefined {
  const base = path.split(/[\\/]/).pop() ?? path;
  const suffix = FERRY_FILE_SUFFIXES.find((s) => base.endsWith(s) && base.length > s.length);
  return suffix === undefined ? undefined : base.slice(0, -suffix.length);
}
