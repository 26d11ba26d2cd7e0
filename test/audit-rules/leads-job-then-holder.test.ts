/**
 * A lead's role, then a job's words, a dash or a bracket, and the job's holder (a review of issue 11's left items,
 * in our own words; every name is invented): "Designated Safeguarding Lead: Club Manager – Ffion Hale",
 * "Designated Safeguarding Lead: Nursery Manager (Rhys Pugh)". The job's words put its holder next, so a name the
 * tagger does not know is still the lead's (telling a manager her named lead is missing is a false error). A
 * place's or a group's name there ("Registered Manager – Willow Lodge", "Head of Year – Oak Class", "Head Coach –
 * Under Twelves") is where the job is, not who holds it.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lead: string): string {
  return [
    "# Brackenfold Juniors – Safeguarding Policy",
    "",
    "Next review: 1 September 2027",
    "",
    `Designated Safeguarding Lead: ${lead}`,
    "",
    "Deputy Designated Safeguarding Lead: Tomasz Nowak, Deputy Manager",
    "",
  ].join("\n");
}

const leadName = (text: string) => findLeadMentions(text).find((m) => m.role === "dsl")?.name;
const missing = (text: string) => checkText(leadMissing, text, { asOf, format: "md" }).map((f) => f.message);

describe("a job's words then a dash or a bracket put its holder next", () => {
  it.each([
    ["Club Manager – Ffion Hale", "Ffion Hale"],
    ["Nursery Manager (Rhys Pugh)", "Rhys Pugh"],
    ["Nursery Manager – Jane Smith", "Jane Smith"],
  ])("%s names the lead", (lead, name) => {
    expect(leadName(policy(lead))).toBe(name);
    expect(missing(policy(lead))).toEqual([]);
  });

  it.each([
    "Club Manager – Kestrel Team",
    "Head of Year – Oak Class",
    "Head Coach – Under Twelves",
    "Club Manager – Hollowmere Juniors",
  ])("%s names nobody: the lead is missing", (lead) => {
    expect(leadName(policy(lead))).toBeUndefined();
    expect(missing(policy(lead))).toEqual([expect.stringMatching(/never says who it is/)]);
  });

  it("a place after the job is not the lead's name", () => {
    expect(leadName(policy("Registered Manager – Willow Lodge"))).toBeUndefined();
  });
});
