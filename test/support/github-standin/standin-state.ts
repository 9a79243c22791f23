import type { GitStore } from "./git-store.ts";
import { Ids } from "./ids.ts";
import { isoTime } from "./iso-time.ts";

/** Repository roles GitHub reports; `none` means not a collaborator. */
export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

/** A GitHub account. */
export interface UserRecord {
  login: string;
  id: number;
  nodeId: string;
  type: "User" | "Organization" | "Bot";
}

/** An installation of the app on one account. */
export interface InstallationRecord {
  id: number;
  account: UserRecord;
  createdAt: string;
}

/** An issue or pull request (they share numbers, labels and comments, as on GitHub). */
export interface IssueRecord {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: "open" | "closed";
  user: UserRecord;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: PullRecord;
}

/** The pull-request part of an issue. */
export interface PullRecord {
  id: number;
  nodeId: string;
  draft: boolean;
  headRef: string;
  headRepo: RepoRecord;
  headSha: string;
  baseRef: string;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy: UserRecord | null;
}

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

/** A comment on a commit (not on a line of it). */
export interface CommitCommentRecord {
  id: number;
  nodeId: string;
  sha: string;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface StatusRecord {
  id: number;
  nodeId: string;
  sha: string;
  state: "error" | "failure" | "pending" | "success";
  description: string | null;
  targetUrl: string | null;
  context: string;
  createdAt: string;
  creator: UserRecord;
}

export interface CheckRunAction {
  label: string;
  description: string;
  identifier: string;
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  headSha: string;
  name: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Array<Record<string, unknown>>;
  actions: CheckRunAction[];
  suiteId: number;
}

export interface DeploymentStatusRecord {
  id: number;
  nodeId: string;
  state: "error" | "failure" | "inactive" | "pending" | "success" | "queued" | "in_progress";
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: UserRecord;
  createdAt: string;
}

export interface DeploymentRecord {
  id: number;
  nodeId: string;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  transient: boolean;
  production: boolean;
  creator: UserRecord;
  createdAt: string;
  updatedAt: string;
  statuses: DeploymentStatusRecord[];
}

/** A deployment environment of a repository; jobs that name it wait for one of its reviewers. */
export interface EnvironmentRecord {
  id: number;
  nodeId: string;
  name: string;
  /** Required reviewers (users); empty means no protection rule. */
  reviewers: UserRecord[];
  createdAt: string;
}

/** A review of a held run, as the pending-deployments POST recorded it. */
export interface RunReviewRecord {
  state: "approved" | "rejected";
  comment: string;
  reviewer: UserRecord;
  at: string;
}

/** Where a workflow run stands; `runner` moves it along. */
export interface WorkflowJobRecord {
  id: number;
  name: string;
  status: "queued" | "in_progress" | "completed" | "waiting";
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  steps: Array<{
    name: string;
    status: "queued" | "in_progress" | "completed";
    conclusion: string | null;
    number: number;
  }>;
}

export interface WorkflowRunRecord {
  id: number;
  nodeId: string;
  runNumber: number;
  workflowId: number;
  path: string;
  name: string;
  /** `display_title`: the workflow's `run-name` evaluated with the dispatch inputs, else its name. */
  displayTitle: string;
  headBranch: string;
  headSha: string;
  event: string;
  status: "queued" | "in_progress" | "completed" | "waiting";
  conclusion: string | null;
  inputs: Record<string, unknown>;
  /** The environment the run's job targets (the job's `environment:`), if any. */
  environment?: string;
  /** When the job began to wait for the environment's reviewers; set while it is held and after. */
  waitingSince?: string;
  review?: RunReviewRecord;
  actor: UserRecord;
  createdAt: string;
  updatedAt: string;
  startedAt: string;
  jobs: WorkflowJobRecord[];
}

/** A repository: git data in `store`, everything else here. */
export interface RepoRecord {
  id: number;
  nodeId: string;
  owner: UserRecord;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  parent: RepoRecord | undefined;
  store: GitStore;
  /** Undefined when the app is not installed on the repository. */
  installationId: number | undefined;
  createdAt: string;
  nextNumber: number;
  issues: Map<number, IssueRecord>;
  labels: Map<string, LabelRecord>;
  comments: CommentRecord[];
  commitComments: CommitCommentRecord[];
  statuses: StatusRecord[];
  checkRuns: Map<number, CheckRunRecord>;
  checkSuites: Map<string, number>;
  deployments: DeploymentRecord[];
  runs: Map<number, WorkflowRunRecord>;
  workflowIds: Map<string, number>;
  permissions: Map<string, Permission>;
  /** Deployment environments by lower-cased name. */
  environments: Map<string, EnvironmentRecord>;
  /** Serialises writes so each sees the previous one's result, as GitHub's per-repo write path does. */
  lock: Mutex;
}

/** A FIFO async lock. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after every earlier holder finished. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** The app the stand-in serves. */
export interface AppRecord {
  id: number;
  slug: string;
  name: string;
  nodeId: string;
  owner: UserRecord;
  createdAt: string;
}

/** Everything the stand-in knows, shared by REST, GraphQL, git and the helpers. */
export class StandinState {
  readonly ids = new Ids();
  readonly users = new Map<string, UserRecord>();
  readonly repos = new Map<string, RepoRecord>();
  readonly installations = new Map<number, InstallationRecord>();
  readonly app: AppRecord;
  readonly bot: UserRecord;
  baseUrl = "";
  readonly htmlUrl = "https://github.com";

  constructor(
    appId: number,
    slug: string,
    readonly gitRoot: string,
    readonly gitEnv: NodeJS.ProcessEnv,
  ) {
    const owner = this.user("ferry-dev", "Organization");
    this.app = { id: appId, slug, name: slug, nodeId: Ids.nodeId("Integration", appId), owner, createdAt: isoTime() };
    this.bot = this.user(`${slug}[bot]`, "Bot");
  }

  /** The account with this login, created on first mention. */
  user(login: string, type: UserRecord["type"] = "User"): UserRecord {
    const key = login.toLowerCase();
    let user = this.users.get(key);
    if (!user) {
      const id = this.ids.id();
      user = { login, id, nodeId: Ids.nodeId(type, id), type };
      this.users.set(key, user);
    }
    return user;
  }

  /** A repository by owner and name (case-insensitive, as GitHub matches them). */
  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** The installation on an account, created on first use unless an id is forced. */
  installationFor(account: UserRecord, id?: number): InstallationRecord {
    for (const inst of this.installations.values())
      if (inst.account.id === account.id && (id === undefined || inst.id === id)) return inst;
    const inst = { id: id ?? this.ids.id(), account, createdAt: isoTime() };
    this.installations.set(inst.id, inst);
    return inst;
  }

  /** All repositories an installation can reach. */
  reposOf(installationId: number): RepoRecord[] {
    return [...this.repos.values()].filter((r) => r.installationId === installationId);
  }
}
