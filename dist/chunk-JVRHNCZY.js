import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);

// src/ports/fleet-inventory-store.ts
var DEFAULT_INVENTORY_LIMIT = 2e4;

export {
  DEFAULT_INVENTORY_LIMIT
};
