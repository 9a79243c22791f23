import { createFerryApp } from "./ferry-app.ts";

export { createFerryApp, type FerryApp, type FerryAppOptions } from "./ferry-app.ts";

/** The Probot application `npm start` (`ferry serve`) runs with ferry's Octokit: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, GHE_HOST. */
export default createFerryApp();
