import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Every fleet token starts with this: the scheme and its version, so a future format can coexist. */
export const FLEET_TOKEN_PREFIX = "ferry_fleet_v1";

/** What a token lets its bearer do: report the instances of one deployment of one repository. */
export interface FleetTokenScope {
  /** `owner/repo` on GitHub; the repository's directory in local mode. */
  readonly repository: string;
  readonly deployment: string;
  /** The deployment's token generation (its fleet record): bumping it revokes older tokens. */
  readonly generation: number;
}

export type FleetTokenCheck =
  | { readonly ok: true; readonly scope: FleetTokenScope }
  | { readonly ok: false; readonly reason: "malformed" | "bad-mac" };

/**
 * `ferry_fleet_v1.<base64url(repository/deployment/generation)>.<base64url(HMAC-SHA256(key, same text))>`.
 * Stateless: the server reads the scope from the token and recomputes the MAC, so nothing is stored
 * and nothing is looked up before the token is known good.
 */
export function fleetToken(key: Uint8Array, scope: FleetTokenScope): string {
  const text = `${scope.repository}/${scope.deployment}/${scope.generation}`;
  return `${FLEET_TOKEN_PREFIX}.${Buffer.from(text).toString("base64url")}.${mac(key, text).toString("base64url")}`;
}

/** Checks a token's MAC in constant time and reads its scope. Bounded: a long token is malformed. */
export function checkFleetToken(key: Uint8Array, token: string): FleetTokenCheck {
  if (token.length > 1024) return { ok: false, reason: "malformed" };
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== FLEET_TOKEN_PREFIX) return { ok: false, reason: "malformed" };
  const text = Buffer.from(parts[1] ?? "", "base64url").toString();
  const given = Buffer.from(parts[2] ?? "", "base64url");
  const expected = mac(key, text);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad-mac" };
  const match = /^(.+)\/([a-z0-9][a-z0-9-]{0,62})\/([1-9][0-9]{0,8})$/.exec(text);
  if (!match) return { ok: false, reason: "malformed" };
  return { ok: true, scope: { repository: match[1] ?? "", deployment: match[2] ?? "", generation: Number(match[3]) } };
}

function mac(key: Uint8Array, text: string): Buffer {
  return createHmac("sha256", key).update(text).digest();
}

/** The App's key: `FERRY_FLEET_SECRET`, at least 32 characters, or undefined (the fleet API is then off). */
export function fleetSecretFromEnv(env: NodeJS.ProcessEnv = process.env): Uint8Array | undefined {
  const secret = env["FERRY_FLEET_SECRET"];
  if (secret === undefined || secret.length < 32) return undefined;
  return Buffer.from(secret);
}

/** Where local mode keeps its key: inside `.git`, so it is never committed. */
export function localFleetSecretPath(gitDir: string): string {
  return join(gitDir, "ferry", "fleet-secret");
}

/** Local mode's key: read from `.git/ferry/fleet-secret`, created (32 random bytes, owner-only) on first use. */
export async function localFleetSecret(gitDir: string): Promise<Uint8Array> {
  const path = localFleetSecretPath(gitDir);
  try {
    return Buffer.from((await readFile(path, "utf8")).trim(), "hex");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(join(gitDir, "ferry"), { recursive: true });
  const key = randomBytes(32);
  // `wx`: two processes creating it at once must not end with different keys; the loser reads the winner's.
  try {
    await writeFile(path, `${key.toString("hex")}\n`, { flag: "wx", mode: 0o600 });
    await chmod(path, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return Buffer.from((await readFile(path, "utf8")).trim(), "hex");
  }
}
