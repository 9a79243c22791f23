import { createPublicKey, randomBytes, verify, type KeyObject } from "node:crypto";
import { HttpError } from "./http-error.ts";

/** Who a request comes from. */
export type Principal =
  | { kind: "app" }
  | {
      kind: "installation";
      installationId: number;
      token: string;
      repositoryIds: ReadonlySet<number> | undefined;
      actor: string | undefined;
    }
  | { kind: "anonymous" };

interface TokenRecord {
  installationId: number;
  expiresAt: number;
  repositoryIds: ReadonlySet<number> | undefined;
  /** Login a test token acts as (e.g. a user pushing over git); app tokens act as the app's bot. */
  actor: string | undefined;
}

/** Operations GitHub serves only to the app itself (JWT); everything else needs an installation token. */
export const JWT_OPERATIONS: ReadonlySet<string> = new Set([
  "apps/get-authenticated",
  "apps/list-installations",
  "apps/get-installation",
  "apps/create-installation-access-token",
  "apps/get-repo-installation",
  "apps/get-org-installation",
  "apps/get-user-installation",
]);

const BAD_CREDENTIALS = "Bad credentials";

/**
 * GitHub App authentication: RS256 JWTs signed with the app's private key buy installation tokens, and those
 * tokens (random, expiring after an hour) are what repository endpoints and git accept.
 */
export class AuthService {
  private readonly publicKey: KeyObject;
  private readonly tokens = new Map<string, TokenRecord>();

  constructor(
    private readonly appId: number,
    privateKeyPem: string,
  ) {
    this.publicKey = createPublicKey(privateKeyPem);
  }

  /** Identifies the caller from an Authorization header; a present but unknown credential is a 401. */
  authenticate(header: string | undefined): Principal {
    if (!header) return { kind: "anonymous" };
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!m) throw this.unauthorized(BAD_CREDENTIALS);
    const credential = m[1]!;
    if (credential.split(".").length === 3) {
      this.verifyJwt(credential);
      return { kind: "app" };
    }
    return this.installationPrincipal(credential);
  }

  /** Resolves an installation token (also used for git's basic auth). */
  installationPrincipal(token: string): Principal {
    const record = this.tokens.get(token);
    if (!record || record.expiresAt <= Date.now()) throw this.unauthorized(BAD_CREDENTIALS);
    return {
      kind: "installation",
      installationId: record.installationId,
      token,
      repositoryIds: record.repositoryIds,
      actor: record.actor,
    };
  }

  /** Mints an installation token, optionally limited to some repositories, optionally acting as a named user. */
  issueToken(
    installationId: number,
    repositoryIds?: ReadonlySet<number>,
    actor?: string,
  ): { token: string; expiresAt: Date } {
    const token = `ghs_${randomBytes(27).toString("base64url").slice(0, 36)}`;
    const expiresAt = new Date(Date.now() + 3600_000);
    this.tokens.set(token, { installationId, expiresAt: expiresAt.getTime(), repositoryIds, actor });
    return { token, expiresAt };
  }

  /** The user a token acts as, if a test asked for one. */
  actorOf(token: string): string | undefined {
    return this.tokens.get(token)?.actor;
  }

  /** Checks an RS256 app JWT the way GitHub does: signature, `iss` = app id, `exp` in the future but at most 10 minutes away. */
  verifyJwt(jwt: string): void {
    const [head, payload, signature] = jwt.split(".") as [string, string, string];
    let header: { alg?: string };
    let claims: { iss?: unknown; exp?: unknown; iat?: unknown };
    try {
      header = JSON.parse(Buffer.from(head, "base64url").toString("utf8")) as typeof header;
      claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as typeof claims;
    } catch (cause) {
      throw this.unauthorized("A JSON web token could not be decoded", cause);
    }
    const signed = Buffer.from(`${head}.${payload}`);
    if (header.alg !== "RS256" || !verify("RSA-SHA256", signed, this.publicKey, Buffer.from(signature, "base64url"))) {
      throw this.unauthorized("A JSON web token could not be decoded");
    }
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== "number" || claims.exp <= now) {
      throw this.unauthorized(
        "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires.",
      );
    }
    if (claims.exp > now + 600 + 60)
      throw this.unauthorized("'Expiration time' claim ('exp') is too far in the future");
    if (typeof claims.iat === "number" && claims.iat > now + 60)
      throw this.unauthorized(
        "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued.",
      );
    if (String(claims.iss) !== String(this.appId)) throw this.unauthorized("'Issuer' claim ('iss') must be an Integer");
  }

  private unauthorized(message: string, cause?: unknown): HttpError {
    return new HttpError(401, message, { violation: "auth", cause, documentationUrl: "https://docs.github.com/rest" });
  }
}
