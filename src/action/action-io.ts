import * as core from "@actions/core";
import { randomBytes } from "node:crypto";

/** Where an annotation points: a file of the repository, relative to its root. */
export interface Annotation {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/**
 * What a command needs from the Actions runner. Commands talk to this, not to `@actions/core`,
 * so they can run in-process in tests with a recording implementation.
 */
export interface ActionIO {
  /** An input, trimmed; "" when not given. */
  input(name: string): string;
  output(name: string, value: string): void;
  info(line: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  startGroup(name: string): void;
  endGroup(): void;
  /**
   * From now until the returned function is called, the runner must not read printed lines as
   * workflow commands: a stage's output may contain anything, including text an attacker chose
   * (a branch name, a PR title) shaped like `::add-mask::` or `::set-output`.
   */
  beginUntrusted(): () => void;
  /** Asks the runner to mask a secret value in every log line. */
  mask(value: string): void;
  /** Appends Markdown to the job summary; false when the runner gives no summary file. */
  summary(markdown: string): Promise<boolean>;
  /** Marks the step failed (exit code 1) with a message. */
  fail(message: string): void;
  /** Environment variables of the step (secrets, GITHUB_*). */
  env(name: string): string | undefined;
  /** The checked-out repository: GITHUB_WORKSPACE, else the current directory. */
  workspace(): string;
}

/** The real runner, through `@actions/core`. */
export const actionsIO: ActionIO = {
  input: (name) => core.getInput(name),
  output: (name, value) => core.setOutput(name, value),
  info: (line) => core.info(line),
  warning: (message, annotation) => core.warning(message, annotation),
  error: (message, annotation) => core.error(message, annotation),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
  beginUntrusted() {
    // `::stop-commands::<token>` makes the runner ignore workflow commands until `::<token>::`;
    // the token is random so the guarded output cannot end the guard itself.
    const token = randomBytes(16).toString("hex");
    core.info(`::stop-commands::${token}`);
    return () => core.info(`::${token}::`);
  },
  mask: (value) => core.setSecret(value),
  async summary(markdown) {
    if (!process.env["GITHUB_STEP_SUMMARY"]) return false;
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
    return true;
  },
  fail: (message) => core.setFailed(message),
  env: (name) => process.env[name],
  workspace: () => process.env["GITHUB_WORKSPACE"] || process.cwd(),
};
