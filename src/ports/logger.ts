/** The slice of pino's API ferry logs through; Probot's logger and a console shim both fit. */
export interface Logger {
  info(object: object | string, message?: string): void;
  warn(object: object | string, message?: string): void;
  error(object: object | string, message?: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
