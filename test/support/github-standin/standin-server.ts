import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GIT_PATH, type GitHttp } from "./git-http.ts";
import type { GraphqlEndpoint } from "./graphql-endpoint.ts";
import type { HttpAnswer, RestPipeline } from "./rest-pipeline.ts";

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** GitHub's request id format (`XXXX:XXXX:...`), echoed in `x-github-request-id` and secondary-limit messages. */
function requestId(): string {
  return randomBytes(10)
    .toString("hex")
    .toUpperCase()
    .replace(/(.{4})(.{4})(.{6})(.{6})/, "$1:$2:$3:$4");
}

/**
 * The one HTTP listener, on 127.0.0.1 only: `/graphql`, git smart HTTP under `/{owner}/{repo}.git/`, and every
 * other path as REST (where unknown paths become 404 violations).
 */
export class StandinServer {
  private readonly server: Server;
  private base = "http://127.0.0.1";

  constructor(
    private readonly rest: RestPipeline,
    private readonly graphql: GraphqlEndpoint,
    private readonly git: GitHttp,
  ) {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(error instanceof Error ? error.message : String(error));
      });
    });
  }

  /** Listens on an ephemeral (or given) loopback port and returns the base URL. */
  listen(port = 0): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => {
        const address = this.server.address() as AddressInfo;
        this.base = `http://127.0.0.1:${address.port}`;
        resolve(this.base);
      });
    });
  }

  /** Stops listening and drops open keep-alive connections. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Absolute URLs (Link headers) must carry the real port.
    const url = new URL(req.url ?? "/", this.base);
    const id = requestId();
    if (GIT_PATH.test(url.pathname)) {
      res.setHeader("x-github-request-id", id);
      await this.git.handle(req, res, url, id);
      return;
    }
    const body = await readBody(req);
    const answer =
      url.pathname === "/graphql" && req.method === "POST"
        ? await this.graphql.handle(req, body, id)
        : await this.rest.handle(req, url, body, id);
    send(res, answer, id);
  }
}

function send(res: ServerResponse, answer: HttpAnswer, id: string): void {
  res.writeHead(answer.status, {
    ...answer.headers,
    "x-github-request-id": id,
    "content-length": String(answer.body.length),
  });
  res.end(answer.body);
}
