/**
 * A committee table with a course column (held-out set zz73), in our own words; every name is invented. As of
 * 1 December 2026. A course cell of a dash alone ("—") names no course: no undated record. "To be booked" names a
 * course still to book: no record either, so a lead with nothing else has no training (training-missing).
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const table = (deputyCourse: string) =>
  [
    "# Kestrel Cove Junior Sailing – Safeguarding Policy",
    "",
    "## 2. Who is responsible",
    "",
    "| Position | Name | Safeguarding course | Completed |",
    "| --- | --- | --- | --- |",
    "| Chair | Declan Rafferty | — | — |",
    "| Designated Safeguarding Lead | Orla McCann | Safeguarding and Protecting Children | 10/2025 |",
    `| Deputy Designated Safeguarding Lead | Niamh Boyce | ${deputyCourse} | — |`,
    "| Club Secretary | Ciarán Mullan | – | – |",
    "",
  ].join("\n");

const messages = (rule: typeof undated, text: string) =>
  checkText(rule, text, { asOf, format: "md" }).map((f) => f.message);

describe("a course cell of a dash, or a course still to book", () => {
  it("a dash names no course: nothing undated", () => {
    expect(messages(undated, table("Safeguarding and Protecting Children (date to follow)"))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Rafferty|Mullan/)]),
    );
  });

  it.each(["to be booked", "not yet booked", "To be booked (spring 2027)"])(
    "'%s' is no record: the deputy has no training",
    (cell) => {
      const text = table(cell);
      expect(messages(undated, text)).toEqual([]);
      expect(messages(missing, text)).toEqual([expect.stringContaining("Niamh Boyce")]);
    },
  );
});
