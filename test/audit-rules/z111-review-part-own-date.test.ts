/**
 * A part of the policy with its own review date (held-out set zz111, in our own words; every name is invented; as of
 * 1 December 2026): an addendum, annex, appendix or supplement still printed in a current policy, which says when it
 * is itself to be reviewed ("Addendum review date: 30/09/2021", "This appendix will be reviewed by August 2022"),
 * is overdue when that date has passed — reported for the part, by its name, while the policy's own review stands.
 * Not a part the text says was withdrawn or no longer applies, nor a struck-through part, nor a version table's
 * history row that mentions a part's review.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
/** The review rules' findings, [rule id, excerpt, message]. */
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [
      rule.meta.id,
      text.slice(f.offset, f.endOffset),
      f.message,
    ]),
  );

const policy = (box: string, part: string) =>
  [
    "# Larkspur Youth Orchestra",
    "## Safeguarding Policy",
    "",
    box,
    "",
    "## 1. Who we are",
    "",
    "We rehearse on Saturday mornings at the Larkspur Institute with about sixty players aged 9 to 18.",
    "",
    "## 2. Reporting a concern",
    "",
    "Tell the Welfare Officer, Nadia Ferreira-Holt, the same day. If a child is in danger, call 999.",
    "",
    part,
  ].join("\n");

const box =
  "| Version | 7 |\n| --- | --- |\n| Last reviewed | 14 February 2026 |\n| Next review | February 2027 |";

const addendum = (extra = "", heading = "## Addendum 2 – Rehearsals by video call during the floods") =>
  [
    heading,
    "",
    "*Added 9 January 2021, while the Institute is closed.*",
    "",
    "(i) Sectional rehearsals move to video calls on the orchestra's own account; nothing is recorded.",
    "",
    "(ii) An adult from the player's household stays within earshot, and cameras face a shared room.",
    "",
    extra,
    "Addendum review date: 30/09/2021",
    "",
  ].join("\n");

describe("a part of the policy with its own review date that has passed", () => {
  it("reports the part by its name, and leaves the policy's own review alone", () => {
    const found = findings(policy(box, addendum()));
    expect(found.map(([id, excerpt]) => [id, excerpt])).toEqual([
      ["review-overdue", "Addendum review date: 30/09/2021"],
    ]);
    expect(found[0][2]).toContain("Addendum 2 – Rehearsals by video call during the floods");
    expect(found[0][2]).toContain("30 September 2021");
  });

  it("reads an appendix that says when it will be reviewed", () => {
    const part = [
      "## Appendix C: Summer tour arrangements",
      "",
      "Players on the summer tour share rooms in pairs of the same age group; two adults sleep on each corridor.",
      "",
      "This appendix will be reviewed by August 2022.",
      "",
    ].join("\n");
    const found = findings(policy(box, part));
    expect(found.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(found[0][2]).toContain("Appendix C: Summer tour arrangements");
  });

  it("says nothing while the part's date is still to come", () => {
    const text = policy(box, addendum().replace("30/09/2021", "30/09/2027"));
    expect(findings(text)).toEqual([]);
  });

  it("still reports the policy's own passed review as before, and the part's too", () => {
    const stale = box.replace("February 2027", "February 2026");
    const found = findings(policy(stale, addendum()));
    expect(found.map(([id, excerpt]) => [id, excerpt])).toEqual([
      ["review-overdue", "Next review | February 2026"],
      ["review-overdue", "Addendum review date: 30/09/2021"],
    ]);
  });
});

describe("near misses: a part that is gone, or a date that is not a part's own", () => {
  it("a part the text says was withdrawn or no longer applies", () => {
    for (const note of [
      "*This addendum was withdrawn on 1 September 2021 and no longer applies.*\n",
      "*Superseded by section 2 from September 2021.*\n",
    ])
      expect(findings(policy(box, addendum(note))), note).toEqual([]);
    expect(
      findings(policy(box, addendum("", "## Addendum 2 – Video rehearsals (withdrawn September 2021)"))),
    ).toEqual([]);
  });

  it("a struck-through part", () => {
    expect(
      findings(policy(box, addendum("", "## ~~Addendum 2 – Rehearsals by video call during the floods~~"))),
    ).toEqual([]);
    expect(
      findings(
        policy(
          box,
          addendum().replace("Addendum review date: 30/09/2021", "~~Addendum review date: 30/09/2021~~"),
        ),
      ),
    ).toEqual([]);
  });

  it("a version table's history row, and a review date with no part named", () => {
    const history = [
      "| Version | Date | Changes |",
      "| --- | --- | --- |",
      "| 5 | 09/01/2021 | Addendum 2 added; addendum review date 30/09/2021 |",
      "| 7 | 14/02/2026 | Annual review |",
    ].join("\n");
    const part = addendum().replace("Addendum review date: 30/09/2021", "");
    expect(findings(policy(`${box}\n\n${history}`, part))).toEqual([]);
  });
});
