import { statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";

/** GitHub's repository roles, least first. Custom roles fall back to the base permission GitHub reports. */
export const REPOSITORY_ROLES = ["none", "read", "triage", "write", "maintain", "admin"] as const;
export type RepositoryRole = (typeof REPOSITORY_ROLES)[number];

function isRole(value: unknown): value is RepositoryRole {
  return typeof value === "string" && (REPOSITORY_ROLES as readonly string[]).includes(value);
}

/** `login`'s role on the repository; an unknown user or an outside collaborator is `none`, not an error. */
export async function repositoryRole(client: GitHubClient, ref: RepoRef, login: string): Promise<RepositoryRole> {
  try {
    const answer = await client.request<"GET /repos/{owner}/{repo}/collaborators/{username}/permission">(
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      {
        owner: ref.owner,
        repo: ref.repo,
        username: login,
      },
    );
    // role_name tells maintain and triage apart; permission is the legacy mapping custom roles fall back to.
    const data = answer.data as { role_name?: unknown; permission?: unknown };
    return isRole(data.role_name) ? data.role_name : isRole(data.permission) ? data.permission : "none";
  } catch (error) {
    if (statusOf(error) === 404) return "none";
    throw error;
  }
}
