/** A commit sha as people read it in GitHub (7 characters); any other version is shown whole. */
export function shortVersion(version: string): string {
  return /^[0-9a-f]{40}$/.test(version) ? version.slice(0, 7) : version;
}
