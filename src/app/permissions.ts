import { statusOf, type GitHubClient, type RepoRef } from "../adapters/github/github-client.ts";
import type { PermissionLevel } from "../manifest/load-ferry-config.ts";

/** GitHub's repository roles, least first. Custom roles fall back to the base permission GitHub reports. */
const RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 } as const;
type Role = keyof typeof RANK;

/** What a person may do on a repository, as ferry judged it. */
export interface PermissionVerdict {
  readonly allowed: boolean;
  readonly role: Role;
  readonly minimum: PermissionLevel;
}

function isRole(value: unknown): value is Role {
  return typeof value === "string" && Object.hasOwn(RANK, value);
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
  let role: Role = "none";
  try {
    const answer = await client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
      owner: ref.owner,
      repo: ref.repo,
      username: login,
    });
    // role_name tells maintain and triage apart; permission is the legacy mapping custom roles fall back to.
    const data = answer.data as { role_name?: unknown; permission?: unknown };
    role = isRole(data.role_name) ? data.role_name : isRole(data.permission) ? data.permission : "none";
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  return { allowed: RANK[role] >= RANK[minimum], role, minimum };
}
