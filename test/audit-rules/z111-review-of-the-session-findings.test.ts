/**
 * Findings of the review of the thirty-fourth session's changes, in our own words (every name invented; as of
 * 1 December 2026): a part reviewed again or put back after its passed date, or said to be expired or kept for
 * reference, is not overdue; a playground slide's size is no slide number; a "waiting for a place" part that dates
 * an earlier course is that course's record, not "no training"; a template's capitals where a name goes are no lead.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const messages = (rule: Parameters<typeof checkText>[0], text: string) =>
  checkText(rule, text, { asOf, format: "md" }).map((f) => f.message);

const withPart = (part: string) =>
  [
    "# Fernhollow Scout Hut – Safeguarding Policy",
    "",
    "| Last reviewed | 10 March 2026 |",
    "| --- | --- |",
    "| Next review | March 2027 |",
    "",
    "## 1. Reporting",
    "",
    "Tell the Group Safeguarding Lead, Oren Blakely, the same day.",
    "",
    part,
    "",
  ].join("\n");

describe("a part's passed review date", () => {
  it("is not overdue when the part was reviewed again since, with a next review still to come", () => {
    const text = withPart(
      "## Appendix 3: Off-site visits\n\nLeaders plan each visit with the group's risk form.\n\nAppendix 3 review date: September 2025, reviewed and unchanged in October 2025; next review due October 2027.",
    );
    expect(messages(reviewOverdue, text)).toEqual([]);
  });

  it("is not overdue when its date was put back to one still to come", () => {
    const text = withPart(
      "## Addendum B – Camps in shared buildings\n\nLeaders sleep in a separate room.\n\nAddendum review date: 31/07/2021 (extended by the trustees to 31/07/2027).",
    );
    expect(messages(reviewOverdue, text)).toEqual([]);
  });

  it("is not overdue when the part says it expired and is kept for reference only", () => {
    const text = withPart(
      "## Addendum C – Meetings online\n\nThis addendum expired at the end of the summer term 2021 and is kept for reference only.\n\nAddendum review date: 31/07/2021",
    );
    expect(messages(reviewOverdue, text)).toEqual([]);
  });

  it("is not overdue when a later statement in the part names its next review", () => {
    const text = withPart(
      "## Addendum D – Lockdown meetings\n\nAddendum review date: 31/07/2021\n\nReviewed by the trustees in July 2021 and again in November 2026. Next addendum review: July 2027.",
    );
    expect(messages(reviewOverdue, text)).toEqual([]);
  });

  it("is still overdue when the policy's own next review follows it in a footer", () => {
    const text = withPart(
      "## Addendum C – Meetings online\n\nLeaders use the group's own account.\n\nAddendum review date: 31/07/2021\n\nFernhollow Scout Hut – Safeguarding Policy v4 – next review March 2027",
    );
    expect(messages(reviewOverdue, text)).toHaveLength(1);
  });

  it("is still overdue when nothing says more", () => {
    const text = withPart(
      "## Addendum C – Meetings online\n\nLeaders use the group's own account.\n\nAddendum review date: 31/07/2021",
    );
    expect(messages(reviewOverdue, text)).toHaveLength(1);
  });
});

describe("a playground slide in a numbered deck", () => {
  const deck = [
    "# Fernhollow Fun Day – briefing",
    "",
    "## Slide 1 – Welcome",
    "",
    "## Slide 2 – Who to tell",
    "",
    "## Slide 3 – The site",
    "",
    "The field has a climbing frame and a slide 6 metres from the gate.",
    "",
    "## Slide 4 – Questions",
    "",
  ].join("\n");

  it("is no pointer to a slide when a size follows its number", () => {
    expect(messages(sectionReference, deck)).toEqual([]);
  });

  it("while a pointer past the last slide is still reported", () => {
    expect(messages(sectionReference, `${deck}See slide 9 for the map.\n`)).toHaveLength(1);
  });
});

describe("a labelled line of records between middle dots", () => {
  const text = [
    "# Fernhollow Holiday Club – staff sheet",
    "",
    "Next review: June 2027",
    "",
    "Designated Safeguarding Lead: Ann Moseley. Deputy DSL: Ben Ross.",
    "",
    "Safeguarding training (latest): Ann – DSL training 10/2025 · Ben – waiting for a place on the DSL refresher course (last completed DSL training 11/2024)",
    "",
  ].join("\n");

  it("reads the earlier course a waiting part dates, not 'no training'", () => {
    expect(messages(trainingMissing, text)).toEqual([]);
  });
});

describe("a people line in capitals", () => {
  it("whose name is a template's stand-in names nobody", () => {
    const text = [
      "# Fernhollow Nursery – safeguarding",
      "",
      "Next review: June 2027",
      "",
      "MRS FIRSTNAME SURNAME (DSL) – MANAGER – 01632 960001",
      "",
      "If you are worried about a child, tell the DSL straight away.",
      "",
    ].join("\n");
    expect(messages(leadMissing, text).length).toBeGreaterThan(0);
  });
  // The template's capitals named by their own words: "JOE BLOGGS", "XXXX XXXX", "NAME" (the pattern held backspace
  // characters where its word boundaries belong until the thirty-fifth session).
  for (const stand of ["MR JOE BLOGGS", "MS XXXX XXXXX", "MRS JANE NAME"])
    it(`whose name is "${stand}" names nobody`, () => {
      const text = [
        "# Fernhollow Nursery – safeguarding",
        "",
        "Next review: June 2027",
        "",
        `${stand} (DSL) – MANAGER – 01632 960001`,
        "",
        "If you are worried about a child, tell the DSL straight away.",
        "",
      ].join("\n");
      expect(messages(leadMissing, text).length).toBeGreaterThan(0);
    });
});
