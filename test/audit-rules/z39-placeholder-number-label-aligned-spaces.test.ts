/**
 * placeholder-text (review of the thirty-eighth session), in our own words. A registration number left as X's or
 * question marks after its label, the value aligned with spaces or tabs after the colon as a form lays it out:
 * "Ofsted registration number:      EYXXXXXX", "Charity number:\t\t1??????". Only a few spaces may stand before the
 * colon, or where there is none; after a colon, any run. Near misses: "What should I do???" (no label), a label with a
 * long gap and no colon before the value, and a number filled in.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const quoted = (lines: string[]) => {
  const document = markdownDocument(
    [
      "# Little Acorns Nursery – Safeguarding Policy",
      "",
      ...lines.flatMap((l) => [l, ""]),
      "Designated Safeguarding Lead: Mrs Ann Lee (Manager). Deputy Designated Safeguarding Lead: Mr Tom Ure (Room Leader).",
      "",
      "This policy was approved on 1 October 2026 and will be reviewed by 1 October 2027.",
      "",
    ].join("\n"),
  );
  return run(placeholder, document).map((d) => document.text.slice(d.offset, d.endOffset));
};

describe("placeholder-text: a number's value aligned well after its label's colon", () => {
  it("finds the X's and question marks after aligned spaces or tabs (the reviewer's snippet)", () => {
    expect(quoted(["Ofsted registration number:      EYXXXXXX", "Charity number:        1??????"])).toEqual([
      "EYXXXXXX",
      "1??????",
    ]);
    expect(quoted(["Ofsted URN:\t\t\tEY??????"])).toEqual(["EY??????"]);
  });

  it("still finds a value right after the label, and stays quiet without a label or with a real number", () => {
    expect(quoted(["Ofsted registration number: EYXXXXXX"])).toEqual(["EYXXXXXX"]);
    expect(quoted(["Ofsted registration number:      EY123456"])).toEqual([]);
    expect(quoted(["Ofsted registration number          EYXXXXXX"])).toEqual([]);
    expect(quoted(["Questions about our cameras are answered by the office         ABXXXXXX"])).toEqual([]);
  });
});
