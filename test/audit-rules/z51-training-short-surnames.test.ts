/**
 * A lead named in full once and by title and surname on the training lines: the surname as written keeps its
 * apostrophe ("Mr O'Dwyer", "Dr O’Kane-Bell") and an Irish or other particle before it ("Ms Nic Ghearailt-Rowe",
 * "Mr de Vries"). Their training is recorded: no false training-missing. From the fifty-second and fifty-third
 * held-out sets, in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const missing = (text: string) =>
  checkText(trainingMissing, text, { asOf, format: "md" }).map((f) => f.message);

const policy = (lead: string, deputy: string, trainingLines: string[]) =>
  [
    "# Corrin Bay Riding Centre — Safeguarding Policy",
    "",
    "## 2. Who is responsible",
    "",
    `Designated Safeguarding Lead: ${lead}, Centre Manager, 07700 900 610`,
    `Deputy Designated Safeguarding Lead: ${deputy} (Yard Manager, 07700 900 611)`,
    "",
    "## 3. Training",
    "",
    ...trainingLines,
    "",
  ].join("\n");

describe("a lead's training recorded under title and surname", () => {
  it.each([
    ["Mrs Aoife O'Dwyer", "Mrs O'Dwyer"],
    ["Dr Ciaran O'Kane-Bell", "Dr O’Kane-Bell"],
    ["Ms Eimear Nic Ghearailt-Rowe", "Ms Nic Ghearailt-Rowe"],
    ["Mr Pieter de Vries", "Mr de Vries"],
  ])("%s trained as %s", (full, short) => {
    const text = policy(full, "Mr Ben Lister", [
      `${short} completed the Designated Safeguarding Lead course on 3 March 2025.`,
      "Mr Lister completed the Deputy Designated Safeguarding Lead course on 10 June 2025.",
    ]);
    expect(missing(text)).toEqual([]);
  });

  it("near miss: another surname with an apostrophe is not hers", () => {
    const text = policy("Mrs Aoife O'Dwyer", "Mr Ben Lister", [
      "Mr O'Dowd completed the Designated Safeguarding Lead course on 3 March 2025.",
      "Mr Lister completed the Deputy Designated Safeguarding Lead course on 10 June 2025.",
    ]);
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mrs Aoife O'Dwyer");
  });
});
