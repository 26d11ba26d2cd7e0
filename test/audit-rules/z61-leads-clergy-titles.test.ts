/**
 * Clergy titles before a name (left over from the held-out set zz58's parish policy), in our own words; every name is
 * invented. An archdeacon is "The Ven." (the Venerable) and a bishop "Rt Revd" (the Right Reverend): "Parish
 * Safeguarding Officer: The Ven. Miriam Oduya" names the lead, and "Rt Revd Peter Lomax – Basic Awareness – June
 * 2021" is his training, as "Revd" or "Canon" are.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = [
  "# St Aidan's Parish Safeguarding Policy",
  "",
  "Parish Safeguarding Officer: The Ven. Miriam Oduya, Archdeacon of Hollowmere (07700 900 111)",
  "",
  "Deputy: Rt Revd Peter Lomax (07700 900 112)",
  "",
  "## Training",
  "",
  "- Ven. Miriam Oduya – Leadership Pathway – March 2026",
  "- Rt Revd Peter Lomax – Basic Awareness – June 2021",
  "",
  "Next review: 1 September 2027",
  "",
].join("\n");

describe("clergy titles before a name", () => {
  it("'The Ven.' and 'Rt Revd' open the lead's and the deputy's names", () => {
    expect(namesFor(policy, "md", "dsl")).toEqual(["Ven. Miriam Oduya"]);
    expect(namesFor(policy, "md", "deputy")).toEqual(["Rt Revd Peter Lomax"]);
    expect(checkText(leadMissing, policy, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, policy, { asOf })).toEqual([]);
  });

  it("and the training under them is theirs", () => {
    const found = checkText(trainingStale, policy, { asOf });
    expect(found.map((f) => f.message.split(" most recent")[0])).toEqual(["Rt Revd Peter Lomax's"]);
  });
});
