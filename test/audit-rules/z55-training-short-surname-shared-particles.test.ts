/**
 * A lead's surname particle read from the one list of name particles (roles.ts NAME_PARTICLES and
 * GAELIC_NAME_PARTICLES), not a second list in training-missing: "Ms al Haddad", "Ms Ní Bhriain" on a course line
 * is the lead named in full. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-04";
const missing = (text: string) =>
  checkText(trainingMissing, text, { asOf, format: "md" }).map((f) => f.message);

const policy = (lead: string, short: string) =>
  [
    "# Pellow Cove Sailing School — Safeguarding Policy",
    "",
    `Designated Safeguarding Lead: ${lead}, Chief Instructor, 07700 900 640`,
    "Deputy Designated Safeguarding Lead: Mr Owen Tregear (Bosun, 07700 900 641)",
    "",
    "## 3. Training",
    "",
    `${short} completed the Designated Safeguarding Lead course on 3 March 2025.`,
    "Mr Tregear completed the Deputy Designated Safeguarding Lead course on 10 June 2025.",
    "",
  ].join("\n");

describe("a particle from the shared list before a lead's surname", () => {
  it.each([
    ["Ms Yara al Haddad", "Ms al Haddad"],
    ["Ms Siobhán Ní Bhriain", "Ms Ní Bhriain"],
  ])("%s trained as %s", (full, short) => {
    expect(missing(policy(full, short))).toEqual([]);
  });
});
