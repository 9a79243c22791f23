import { DEFAULT_FERRY_CONFIG, ferryConfigFromValue, type FerryConfig } from "../manifest/load-ferry-config.ts";
import type { Logger } from "../ports/logger.ts";
import { UntrustedFileError } from "../adapters/github/bound-config-reads.ts";

/** The settings file, read with Probot's `context.config` so organisation-level `_extends` works. */
export const SETTINGS_FILE = ".github/ferry.yml";

/** How long settings are trusted without a push that changes them (another replica may have seen it). */
export const SETTINGS_TTL_MS = 60_000;

/**
 * `.github/ferry.yml` per repository, read at most once a minute. A push that changes the file
 * forgets it at once. Invalid settings are logged and the safe defaults apply (forks refused,
 * write access needed), so a typo never opens the repository up.
 */
export class Settings {
  private readonly cache = new Map<string, { at: number; config: Promise<FerryConfig> }>();

  constructor(
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The settings of `repo`, loading them with `read` (Probot's `context.config`) when not fresh. */
  get(repo: string, read: () => Promise<unknown>): Promise<FerryConfig> {
    const cached = this.cache.get(repo);
    if (cached && this.now() - cached.at < SETTINGS_TTL_MS) return cached.config;
    const config = read().then(
      (value) => {
        const loaded = ferryConfigFromValue(value ?? {}, SETTINGS_FILE);
        if (loaded.ok) return loaded.config;
        this.log.warn(
          { repo, errors: loaded.errors.map((e) => `${e.path || "/"}: ${e.message}`) },
          `${SETTINGS_FILE} is invalid; using the safe defaults until it is fixed`,
        );
        return DEFAULT_FERRY_CONFIG;
      },
      (error: unknown) => {
        if (error instanceof UntrustedFileError) {
          this.log.warn({ repo, file: error.path }, `${error.message}; using the safe defaults until it is fixed`);
          return DEFAULT_FERRY_CONFIG;
        }
        this.cache.delete(repo);
        throw error;
      },
    );
    this.cache.set(repo, { at: this.now(), config });
    return config;
  }

  /** Forgets a repository's settings, e.g. after a push that changed them. */
  forget(repo: string): void {
    this.cache.delete(repo);
  }
}
