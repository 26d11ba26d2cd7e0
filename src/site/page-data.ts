/**
 * The partnership's data built into the page by `policysmith site` (data.js, a classic script that sets
 * globalThis.POLICYSMITH_DATA before app.js runs).
 */
import type { BuildData } from "../app/build-policy.js";
import type { AuditData } from "../app/check.js";

export interface PageData {
  audit: AuditData;
  build: BuildData;
}

export function pageData(): PageData | undefined {
  return (globalThis as { POLICYSMITH_DATA?: PageData }).POLICYSMITH_DATA;
}
