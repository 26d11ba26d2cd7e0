/**
 * A lead chosen on a form (left over from the held-out set zz58's holiday club), in our own words; every name is
 * invented. "| Designated Safeguarding Lead | ☒ Club Manager – Ms Tanisha Greaves ☐ Other: |": the ticked option names
 * the lead, after its job; an unticked option names no one. A job before the name in a cell ("Head of Care – Mr Ade
 * Cole") is no name itself. Near misses: a form not filled in (no box ticked), an unticked person, a cell that opens
 * with a body and no name.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const form = (lead: string, deputy: string) =>
  [
    "# Sparrowhawk Holiday Club — Safeguarding Policy",
    "",
    "| Item | Detail |",
    "| --- | --- |",
    `| Designated Safeguarding Lead | ${lead} |`,
    `| Deputy DSL | ${deputy} |`,
    "| Next review | 1 September 2027 |",
    "",
  ].join("\n");

describe("a lead chosen on a form", () => {
  it("the ticked option names the lead and the deputy, after their jobs", () => {
    const text = form(
      "☒ Club Manager – Ms Tanisha Greaves, 07700 900358 ☐ Other:",
      "☐ Ms Ann Lee ☒ Senior Playworker – Mr Rhys Pugh ☐ Other:",
    );
    expect(namesFor(text, "md", "dsl")).toEqual(["Ms Tanisha Greaves"]);
    expect(namesFor(text, "md", "deputy")).toEqual(["Mr Rhys Pugh"]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("a job before the name in a cell is no name", () => {
    const text = form("Head of Care – Mr Ade Cole", "Deputy Manager: Mrs Jo Hay");
    expect(namesFor(text, "md", "dsl")).toEqual(["Mr Ade Cole"]);
    expect(namesFor(text, "md", "deputy")).toEqual(["Mrs Jo Hay"]);
  });

  it("a ticked box with its emoji mark ('☑️') chooses too", () => {
    const text = form("☑️ Club Manager – Ms Tanisha Greaves ☐ Other:", "☐ Ms Ann Lee ☑️ Mr Rhys Pugh");
    expect(namesFor(text, "md", "dsl")).toEqual(["Ms Tanisha Greaves"]);
    expect(namesFor(text, "md", "deputy")).toEqual(["Mr Rhys Pugh"]);
  });

  it("an unticked option ends at its sentence: the next sentence on the line is read", () => {
    const text = [
      "# Riverside Juniors — Photographs",
      "",
      "☒ I agree ☐ I do not agree to photographs of my child being used on the club website. If you have any worry about a photograph, speak to our Club Welfare Officer, Sam Keller, on 07700 900123.",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "dsl")).toEqual(["Sam Keller"]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });

  it("near misses: nothing ticked, only an unticked person, a body and no name", () => {
    const unticked = form("☒ Club Manager – Ms Tanisha Greaves", "☐ Ms Ann Lee ☐ Other:");
    expect(namesFor(unticked, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, unticked, { asOf }).map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^The policy mentions the deputy designated safeguarding lead but never says who it is/,
      ),
    ]);
    const body = form("Hollowmere Council – see section 4", "☒ Senior Playworker – Mr Rhys Pugh");
    expect(namesFor(body, "md", "dsl")).toEqual([]);
  });
});

describe("a job before a place, or a job in a contact column, names no lead", () => {
  const team = (header: string, lead: string) =>
    [
      "# Little Wrens — Safeguarding Policy",
      "",
      "Next review: September 2027",
      "",
      header,
      "| --- | --- | --- |",
      `| Designated Safeguarding Lead | ${lead} |`,
      "| Deputy Designated Safeguarding Lead | Tom Okafor | 01632 960 401 |",
      "",
      "## Training",
      "",
      "Tom Okafor: Designated Safeguarding Lead training, March 2026.",
      "",
    ].join("\n");
  const missing = (text: string) => checkText(trainingMissing, text, { asOf }).map((f) => f.message);

  it.each([
    "Manager (Rowan House) | 01632 960 400",
    "Centre Manager – Larkspur House | 01632 960 400",
    "Home Manager – Willow Lodge | 01632 960 400",
    "Headteacher – Brambleton Primary School | 01632 960 400",
  ])("a place after the job is no person: %s", (lead) => {
    const text = team("| Role | Who | Telephone |", lead);
    expect(namesFor(text, "md", "dsl")).toEqual([]);
    expect(missing(text)).toEqual([]);
  });

  it("a job and a name in the contact column are whom to reach, not the lead", () => {
    const text = team(
      "| Role | Post | How to reach them |",
      "Headteacher | Office Manager – Mrs Jo Barr, 01632 960 000",
    );
    expect(namesFor(text, "md", "dsl")).toEqual([]);
    expect(missing(text)).toEqual([]);
  });

  it("near miss: a person after the job, in the cell after the role's, is the lead", () => {
    for (const lead of [
      "Manager (Mrs Rowan Hale) | 01632 960 400",
      "Centre Manager – Ms Ana Lark | 01632 960 400",
    ]) {
      const text = team("| Role | Who | Telephone |", lead);
      expect(namesFor(text, "md", "dsl")).toHaveLength(1);
      expect(missing(text).join()).toContain("designated safeguarding lead");
    }
  });
});
