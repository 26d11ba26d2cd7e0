/**
 * A PDF paragraph of training sentences whose date the page's width broke after a month's short form and its stop:
 * "… Mr Dunmore attended the same course on 3rd Nov." / "2023, while he was Coordinator." (issue 11, held-out set
 * zz117, in our own words; every name is invented; as of 1 December 2026). The stop after "Nov" is the short form's,
 * not a sentence's end: the year on the next line is the date's, so the course is dated (and lapsed), not undated.
 * Near miss: a line that ends with "Nov." and a next line that opens a sentence of its own ("Mrs …") still ends the
 * sentence there — the next sentence's date is not the first one's.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { pdfDocument, run } from "../fixtures/structure/documents.js";

const policy = (paragraph: string[]) =>
  pdfDocument(
    [
      "Keeping Children Safe at Rowanbank Primary",
      "2. Who to speak to",
      "Child Protection Coordinator: Mrs Isla Carmichael, Head Teacher",
      "Depute Child Protection Coordinator: Mr Ewan Dunmore, Depute Head Teacher",
      "3. Training",
      ...paragraph,
      "All staff take part in a child protection update every August.",
      "",
    ].join("\n"),
  );

describe("a PDF sentence broken after 'Nov.' with the year on the next line", () => {
  it.each(["Nov.", "Sept.", "Oct."])("reads the year as the date's (%s)", (month) => {
    const document = policy([
      "Mrs Carmichael completed the council's Child Protection Coordinator course on",
      `12th Mar 25, when she took up post. Mr Dunmore attended the same course on 3rd ${month}`,
      "2023, while he was Coordinator. Mrs Tulloch completed the council's early years",
      "child protection course on the 4th of June '25.",
    ]);
    expect(run(trainingUndated, document)).toEqual([]);
    const stale = run(trainingStale, document).map((f) => f.message);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/^Mr Ewan Dunmore's|^Mr Dunmore's/);
    expect(stale[0]).toContain("2023");
  });

  it("near miss: a stop after 'Nov.' before a new sentence on the next line ends the sentence", () => {
    const document = policy([
      "Mrs Carmichael completed the council's Child Protection Coordinator course on",
      "12th Mar 25, when she took up post. Mr Dunmore attended the same course in Nov.",
      "Mrs Tulloch completed the council's early years child protection course on 4 June 2023.",
    ]);
    const stale = run(trainingStale, document).map((f) => f.message);
    expect(stale.some((m) => /Dunmore/.test(m))).toBe(false);
  });
});
