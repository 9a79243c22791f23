import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);

// src/core/instance-status.ts
var INSTANCE_STATUSES = ["UNKNOWN", "HEALTHY", "DEGRADED", "FAILED"];
function nextInstanceStatus(current, input) {
  if (input.type === "reset") return current === "FAILED" ? "UNKNOWN" : current;
  return input.status === "UNKNOWN" ? current : input.status;
}

export {
  INSTANCE_STATUSES,
  nextInstanceStatus
};
