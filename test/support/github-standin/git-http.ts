import { spawn } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AuthService } from "./auth-service.ts";
import type { FaultInjector } from "./fault-injector.ts";
import { ZERO_SHA } from "./git-store.ts";
import { HttpError } from "./http-error.ts";
import type { RepoEvents, RefChange } from "./repo-events.ts";
import type { RequestCounter } from "./request-counter.ts";
import type { RepoRecord, StandinState } from "./standin-state.ts";

/** Smart-HTTP paths: `/{owner}/{repo}.git/info/refs` and `/{owner}/{repo}.git/git-{upload,receive}-pack`. */
export const GIT_PATH = /^\/([^/]+)\/([^/]+?)\.git\/(info\/refs|git-upload-pack|git-receive-pack)$/;

/** What git over HTTP needs from the rest of the stand-in. */
export interface GitHttpParts {
  state: StandinState;
  auth: AuthService;
  events: RepoEvents;
  counter: RequestCounter;
  faults: FaultInjector;
}

/**
 * Serves clones, fetches and pushes through git's own `git http-backend` (CGI), so git and simple-git talk to a
 * real git server. Basic auth must carry an installation token (`x-access-token:<token>`), as on GitHub. A push
 * compares refs before and after receive-pack and sends `push` webhooks for what moved.
 */
export class GitHttp {
  constructor(private readonly parts: GitHttpParts) {}

  /** Handles a smart-HTTP request whose path matched {@link GIT_PATH}. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    const m = GIT_PATH.exec(url.pathname)!;
    const endpoint = m[3]!;
    const service = endpoint === "info/refs" ? (url.searchParams.get("service") ?? "git-upload-pack") : endpoint;
    const write = service === "git-receive-pack";
    if (endpoint !== "info/refs") this.parts.counter.record(`git:${service}`, write ? "write" : "read", write);
    try {
      const fault = this.parts.faults.take(
        { method: req.method ?? "GET", operationId: `git:${service}`, pathTemplate: "git" },
        requestId,
      );
      if (fault) throw fault;
      const repo = this.parts.state.repo(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!));
      const principal = this.authenticate(req, repo);
      if (!repo) throw HttpError.notFound("Repository not found.");
      const pusher = principal.actor ? this.parts.state.user(principal.actor) : this.parts.state.bot;
      if (write && endpoint !== "info/refs") {
        await repo.lock.run(async () => {
          const before = await this.refs(repo);
          try {
            await this.cgi(req, res, repo, endpoint, url);
            // Queued before the push's response ends, so a client whose push returned finds its webhooks pending
            // (and `flushWebhooks` waits for them) however fast it asks.
            await this.announce(repo, before, pusher);
          } finally {
            if (!res.writableEnded) res.end();
          }
        });
      } else {
        await this.cgi(req, res, repo, endpoint, url);
        if (!res.writableEnded) res.end();
      }
    } catch (error) {
      if (res.headersSent) return;
      const status = error instanceof HttpError ? error.status : 500;
      const headers: Record<string, string> = {
        "content-type": "text/plain",
        ...(error instanceof HttpError ? error.headers : {}),
      };
      if (status === 401) headers["www-authenticate"] = 'Basic realm="GitHub"';
      res.writeHead(status, headers).end(error instanceof Error ? error.message : String(error));
    }
  }

  private authenticate(req: IncomingMessage, repo: RepoRecord | undefined): { actor: string | undefined } {
    const header = req.headers.authorization ?? "";
    const m = /^Basic\s+(\S+)$/i.exec(header);
    if (!m) throw new HttpError(401, "Authentication required");
    const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
    const token = decoded.slice(decoded.indexOf(":") + 1);
    let principal;
    try {
      principal = this.parts.auth.installationPrincipal(token);
    } catch (cause) {
      throw new HttpError(
        401,
        "Invalid username or token. Password authentication is not supported for Git operations.",
        { cause },
      );
    }
    if (principal.kind !== "installation") throw new HttpError(401, "Authentication required");
    if (
      repo &&
      (repo.installationId !== principal.installationId ||
        (principal.repositoryIds && !principal.repositoryIds.has(repo.id)))
    ) {
      throw HttpError.notFound("Repository not found.");
    }
    return { actor: this.parts.auth.actorOf(token) };
  }

  private async refs(repo: RepoRecord): Promise<Map<string, string>> {
    const list = [...(await repo.store.listRefs("refs/heads/")), ...(await repo.store.listRefs("refs/tags/"))];
    return new Map(list.map((r) => [r.ref, r.sha]));
  }

  /** Sends `push` (and `synchronize`) for every ref the push moved. */
  private async announce(
    repo: RepoRecord,
    before: Map<string, string>,
    pusher: ReturnType<StandinState["user"]>,
  ): Promise<void> {
    const after = await this.refs(repo);
    const changes: RefChange[] = [];
    for (const [ref, sha] of after)
      if (before.get(ref) !== sha) changes.push({ ref, before: before.get(ref) ?? ZERO_SHA, after: sha });
    for (const [ref, sha] of before) if (!after.has(ref)) changes.push({ ref, before: sha, after: ZERO_SHA });
    for (const change of changes) {
      const forced =
        change.before !== ZERO_SHA &&
        change.after !== ZERO_SHA &&
        !(await repo.store.isAncestor(change.before, change.after));
      await this.parts.events.refsChanged(repo, [change], pusher, forced);
    }
  }

  /** Runs `git http-backend` as a CGI script, streaming the request in and the response out (but not ending it). */
  private cgi(req: IncomingMessage, res: ServerResponse, repo: RepoRecord, endpoint: string, url: URL): Promise<void> {
    return new Promise((resolve, reject) => {
      const env: NodeJS.ProcessEnv = {
        ...this.parts.state.gitEnv,
        GIT_PROJECT_ROOT: this.parts.state.gitRoot,
        GIT_HTTP_EXPORT_ALL: "1",
        PATH_INFO: `/${repo.fullName}.git/${endpoint}`,
        REQUEST_METHOD: req.method ?? "GET",
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers["content-type"] ?? "",
        REMOTE_USER: "x-access-token",
        REMOTE_ADDR: "127.0.0.1",
      };
      if (req.headers["content-encoding"]) env["HTTP_CONTENT_ENCODING"] = req.headers["content-encoding"];
      if (req.headers["git-protocol"]) env["GIT_PROTOCOL"] = String(req.headers["git-protocol"]);
      const child = spawn("git", ["http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
      let head = Buffer.alloc(0);
      let headersDone = false;
      child.stdout.on("data", (chunk: Buffer) => {
        if (headersDone) {
          res.write(chunk);
          return;
        }
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf("\r\n\r\n") !== -1 ? head.indexOf("\r\n\r\n") : head.indexOf("\n\n");
        if (end === -1) return;
        const sep = head.indexOf("\r\n\r\n") !== -1 ? 4 : 2;
        const headers: Record<string, string> = {};
        let status = 200;
        for (const line of head.subarray(0, end).toString().split(/\r?\n/)) {
          const colon = line.indexOf(":");
          const key = line.slice(0, colon).trim().toLowerCase();
          const value = line.slice(colon + 1).trim();
          if (key === "status") status = Number(value.split(" ")[0]);
          else if (key) headers[key] = value;
        }
        headersDone = true;
        res.writeHead(status, headers);
        res.write(head.subarray(end + sep));
      });
      child.stderr.on("data", () => undefined);
      child.on("error", reject);
      // The caller ends a successful response: a push's, only once it has announced what moved.
      child.on("close", () => {
        if (!headersDone) res.writeHead(500).end("git http-backend failed");
        resolve();
      });
      child.stdin.on("error", () => undefined);
      req.pipe(child.stdin);
    });
  }
}
