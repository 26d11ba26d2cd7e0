/**
 * training-stale (held-out sets zz151 and zz154, session 45), in our own words; every name is invented. As of 1
 * December 2026.
 * - A dated record, then a later clause (after ";", ", and", or a new sentence) booking a course still to come: "DSL
 *   refresher, 15 November 2024; he is booked on the January 2027 course", "…; she is booked for 12 March 2027",
 *   "…; renewal booked". The booking is no completion and hides no record: the record keeps its date and lapses.
 * - A training log declared by a label line ("Our training:", "Staff training:", "Training:", "Training held:") over
 *   blocks of a person's name on its own line and their courses under it: a lead's title with a date ("Early Years
 *   Designated Safeguarding Lead (Wendle SCP) June 2024") is that lead's course (two years).
 * Stays as it is: a line that is only a booking ("booked for 20 January 2027") is no record; the booking's date never
 * dates the record; role tenure in such a block ("Designated Person since 2019", "appointed DSL in 2021") is no course.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const asOf = "2026-12-01";
const messages = (document: SourceDocument) => run(trainingStale, document, asOf).map((f) => f.message);

function schoolPolicy(entry: string): SourceDocument {
  return markdownDocument(
    [
      "# Brackenford Academy — Child Protection Policy",
      "",
      "## 2. The safeguarding team",
      "",
      "| Role | Name | Contact |",
      "|---|---|---|",
      "| Designated Safeguarding Lead | Mrs Harriet Quenby-Lowe | 01632 960214 |",
      "| Deputy Designated Safeguarding Lead | Mr Osian Pellegrew (Head of Year 8) | 01632 960231 |",
      "",
      "Training of the safeguarding team:",
      "",
      "- Mrs Quenby-Lowe — DSL Level 3 (Wendle SCP), 23 June 2025",
      entry,
      "",
      "## 3. Recruitment",
      "",
      "We follow safer recruitment practice.",
      "",
    ].join("\n"),
  );
}

describe("training-stale: a booking after a dated record does not hide the record", () => {
  it.each([
    "- Mr Pellegrew — DSL refresher (Wendle SCP), 15 November 2024; he is booked on the January 2027 course",
    "- Mr Pellegrew — DSL refresher (Wendle SCP), 15 November 2024; he is booked for 12 March 2027",
    "- Mr Pellegrew — DSL refresher (Wendle SCP), 15 November 2024, and he is booked for 12 March 2027",
    "- Mr Pellegrew — DSL refresher (Wendle SCP), 15 November 2024; renewal booked",
    "- Mr Pellegrew — DSL refresher (Wendle SCP), 15 November 2024. He is booked on the next course in 2027",
  ])("reports the lapsed record: %s", (entry) => {
    const found = messages(schoolPolicy(entry));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mr Pellegrew");
    expect(found[0]).toContain("15 November 2024");
  });

  it("a line that is only a booking is no record", () => {
    expect(messages(schoolPolicy("- Mr Pellegrew — DSL refresher booked for 20 January 2027"))).toEqual([]);
  });

  it("a record still valid stays quiet beside its booking", () => {
    expect(
      messages(
        schoolPolicy(
          "- Mr Pellegrew — DSL refresher (Wendle SCP), 15 March 2025; he is booked for 12 March 2027",
        ),
      ),
    ).toEqual([]);
  });
});

function childminders(label: string, priyaCourse: string): SourceDocument {
  return markdownDocument(
    [
      "# Bramble Corner Childminders",
      "",
      "## Our safeguarding team",
      "",
      "Nell Ashgrove-Tate: Partner and Designated Safeguarding Lead",
      "Rosa Penhallow: Partner and Deputy Designated Safeguarding Lead",
      "",
      "Both of us can be reached on 07700 900 614.",
      "",
      label,
      "",
      "Nell Ashgrove-Tate",
      "Early Years Designated Safeguarding Lead (Wendle SCP) 18/03/2025",
      "Prevent awareness (online) 2 October 2025",
      "",
      "Rosa Penhallow",
      priyaCourse,
      "Safer Recruitment in Early Years 11 November 2025",
      "",
      "We both renew our designated lead training every two years.",
      "",
      "## What we do if we are worried",
      "",
      "We listen to the child and write down what we saw the same day.",
      "",
    ].join("\n"),
  );
}

describe("training-stale: a lead's title with a date in a name block under a training label", () => {
  it.each(["Our training:", "Staff training:", "Training:", "Training held:"])("under %s", (label) => {
    const found = messages(
      childminders(label, "Early Years Designated Safeguarding Lead (Wendle SCP) June 2024"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Rosa Penhallow");
    expect(found[0]).toContain("June 2024");
  });

  it("the title alone with a date names the course too", () => {
    const found = messages(childminders("Our training:", "Designated Safeguarding Lead June 2024"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Rosa Penhallow");
  });

  it.each(["Designated Safeguarding Lead since 2019", "appointed DSL in 2021"])(
    "role tenure in the block stays quiet: %s",
    (line) => {
      expect(messages(childminders("Our training:", line))).toEqual([]);
    },
  );

  it("with no training label over the blocks the title stays a role", () => {
    expect(
      messages(
        childminders("Who we are:", "Early Years Designated Safeguarding Lead (Wendle SCP) June 2024"),
      ),
    ).toEqual([]);
  });
});
