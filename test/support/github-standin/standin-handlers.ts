import { actionsHandlers } from "./handlers/actions-handlers.ts";
import { appsHandlers } from "./handlers/apps-handlers.ts";
import { checksHandlers } from "./handlers/checks-handlers.ts";
import { commitCommentsHandlers } from "./handlers/commit-comments-handlers.ts";
import { commitsHandlers } from "./handlers/commits-handlers.ts";
import { contentsHandlers } from "./handlers/contents-handlers.ts";
import { deploymentsHandlers } from "./handlers/deployments-handlers.ts";
import { gitDataHandlers } from "./handlers/git-data-handlers.ts";
import { issuesHandlers } from "./handlers/issues-handlers.ts";
import { pullsHandlers } from "./handlers/pulls-handlers.ts";
import { statusesHandlers } from "./handlers/statuses-handlers.ts";
import type { HandlerTable } from "./rest-context.ts";

/** Every REST operation the stand-in models, by GitHub's operationId. */
export const standinHandlers: HandlerTable = {
  ...appsHandlers,
  ...contentsHandlers,
  ...gitDataHandlers,
  ...commitsHandlers,
  ...commitCommentsHandlers,
  ...pullsHandlers,
  ...issuesHandlers,
  ...statusesHandlers,
  ...checksHandlers,
  ...deploymentsHandlers,
  ...actionsHandlers,
};
