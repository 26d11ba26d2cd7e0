/**
 * The lead held by a job ("The Academy Principal is our Designated Safeguarding Lead", "Our DSL is the Nursery
 * Manager") and that job given a name elsewhere in the document (a letterhead's "Principal: Name", a sign-off "Name,
 * Principal", "Nursery Manager – Name"): the lead is named. A job named nowhere, or only another job (the "Deputy
 * Principal"), leaves the lead missing. From the seventy-third held-out set (issue 11), in our own words; every name
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (rule: typeof leadMissing, text: string) => checkText(rule, text, { asOf }).length;

function policy(top: string, body: string, bottom: string): string {
  return [
    "# Quickstep Stage School – Safeguarding Policy",
    "",
    top,
    "",
    "## Who to tell",
    "",
    body,
    "",
    "Deputy Designated Safeguarding Lead: Imogen Platt, Senior Teacher",
    "",
    "## Signed",
    "",
    bottom,
    "",
  ].join("\n");
}

const ROLE_BY_JOB =
  "The School Principal is our Designated Safeguarding Lead and hears every worry the same day.";

describe("the lead named through the job that holds the role", () => {
  it.each([
    ["Quickstep Stage School · Principal: Delphine Arkwright · 12 Mill Row, Hollowmere", ""],
    ["", "Delphine Arkwright, Principal"],
    ["", "Delphine Arkwright (School Principal), 1 September 2026"],
    ["Principal – Mrs D. Arkwright", ""],
  ])("top %j, bottom %j: the lead is named", (top, bottom) => {
    expect(found(leadMissing, policy(top, ROLE_BY_JOB, bottom))).toBe(0);
  });

  it("the role first, then the job", () => {
    const text = policy(
      "",
      "Our Designated Safeguarding Lead is the Nursery Manager, who is on site every day.",
      "Signed: Tamsin Rudd, Nursery Manager",
    );
    expect(found(leadMissing, text)).toBe(0);
  });

  it("a deputy held by a job named elsewhere", () => {
    const text = [
      "# Quickstep Stage School – Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Delphine Arkwright",
      "",
      "The Deputy Principal is our Deputy Designated Safeguarding Lead.",
      "",
      "Deputy Principal: Hugo Lindqvist",
      "",
    ].join("\n");
    expect(found(deputyMissing, text)).toBe(0);
  });

  it("near miss: a job named nowhere leaves the lead missing", () => {
    expect(found(leadMissing, policy("", ROLE_BY_JOB, "Approved by the board, 1 September 2026"))).toBe(1);
  });

  it("near miss: another job's holder does not name the lead", () => {
    const text = policy("Deputy Principal: Hugo Lindqvist", ROLE_BY_JOB, "");
    expect(found(leadMissing, text)).toBe(1);
  });
});
