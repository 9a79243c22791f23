import type { GitHubClient, RepoRef } from "./github-client.ts";

/** Reading stops here: 100 pages of 100 is far beyond any installation ferry serves. */
const PAGES = 100;

/** A repository an installation grants, as the timer loop rebuilds its workers from. */
export interface InstalledRepository {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
}

/** The app's installation ids, read with the app's own (JWT) client. */
export async function appInstallations(appClient: GitHubClient): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; page <= PAGES; page++) {
    const answer = await appClient.request<"GET /app/installations">("GET /app/installations", { per_page: 100, page });
    ids.push(...answer.data.map((i) => i.id));
    if (answer.data.length < 100) break;
  }
  return ids;
}

/** The repositories an installation grants, read with the installation's client. */
export async function installationRepositories(client: GitHubClient): Promise<InstalledRepository[]> {
  const found: InstalledRepository[] = [];
  for (let page = 1; page <= PAGES; page++) {
    const answer = await client.request<"GET /installation/repositories">("GET /installation/repositories", {
      per_page: 100,
      page,
    });
    const repositories = answer.data.repositories;
    found.push(...repositories.map((r) => ({ owner: r.owner.login, repo: r.name, defaultBranch: r.default_branch })));
    if (repositories.length < 100) break;
  }
  return found;
}

/** The app's slug, read with the app's own (JWT) client: its bot is `<slug>[bot]`. */
export async function appSlug(appClient: GitHubClient): Promise<string | undefined> {
  const { data } = await appClient.request<"GET /app">("GET /app");
  return data?.slug ?? undefined;
}

/** The installation of the app on one repository, read with the app's own (JWT) client. */
export async function repositoryInstallation(appClient: GitHubClient, ref: RepoRef): Promise<number> {
  const { data } = await appClient.request<"GET /repos/{owner}/{repo}/installation">(
    "GET /repos/{owner}/{repo}/installation",
    {
      owner: ref.owner,
      repo: ref.repo,
    },
  );
  return data.id;
}

/** A repository's default branch, read with an installation's client. */
export async function defaultBranchOf(client: GitHubClient, ref: RepoRef): Promise<string> {
  const { data } = await client.request<"GET /repos/{owner}/{repo}">("GET /repos/{owner}/{repo}", {
    owner: ref.owner,
    repo: ref.repo,
  });
  return data.default_branch;
}
