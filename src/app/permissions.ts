import type { GitHubClient, RepoRef } from "../adapters/github/github-client.ts";
import { repositoryRole, type RepositoryRole } from "../adapters/github/repository-permissions.ts";
import type { PermissionLevel } from "../manifest/load-ferry-config.ts";

/** GitHub's repository roles, least first. */
const RANK: Readonly<Record<RepositoryRole, number>> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** What a person may do on a repository, as ferry judged it. */
export interface PermissionVerdict {
  readonly allowed: boolean;
  readonly role: RepositoryRole;
  readonly minimum: PermissionLevel;
}

/**
 * Asks GitHub for `login`'s role on the repository and compares it with the minimum from
 * `.github/ferry.yml`. An unknown user or an outside collaborator is `none`: refused, not an error.
 */
export async function checkPermission(
  client: GitHubClient,
  ref: RepoRef,
  login: string,
  minimum: PermissionLevel,
): Promise<PermissionVerdict> {
  const role = await repositoryRole(client, ref, login);
  return { allowed: RANK[role] >= RANK[minimum], role, minimum };
}
