/**
 * section-reference in a policy written as numbered paragraphs with no section headings at all (1.1, 1.2 … 8.1, as
 * small clubs' "statements" often are): "The steps are set out in paragraph 9.2 of this statement." where the
 * paragraphs stop at 8.1. From the sixtieth held-out set (issue 11), in our own words; every name is invented.
 * Near misses: a paragraph that is there, another document's paragraph ("paragraph 9.2 of Working Together", "of the
 * League's code"), and paragraphs whose numbers skip (not read as the policy's own numbering).
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { pdfOfParagraphs } from "../helpers/audit-context.js";

/** The statement's numbered paragraphs; `reference` is the last sentence of 3.1. */
function paragraphs(
  reference: string,
  numbers = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1"],
): string[][] {
  const words: Record<string, string> = {
    "1.1": "Corriemore Shinty Club coaches players from under-8 to under-16.",
    "1.2": "Everyone who helps at a session is covered by this statement.",
    "2.1": "Our Designated Person is Fionn Aherne (07700 900 561).",
    "2.2": "Concerns go to the Designated Person the same day.",
    "3.1": `Any allegation against a coach is passed to the Designated Person. ${reference}`,
    "3.2": "The coach stands aside from underage activity while the matter is looked at.",
    "4.1": "This statement is shown in the clubhouse and on the club's website.",
  };
  return numbers.map((n) => [`${n} ${words[n] ?? words["4.1"]}`]);
}

const markdown = (reference: string, numbers?: string[]) =>
  markdownDocument(
    [
      "# Corriemore Shinty Club: Safeguarding Statement",
      "",
      ...paragraphs(reference, numbers).flatMap((p) => [p[0], ""]),
    ].join("\n"),
  );
const word = (reference: string) =>
  wordDocument(
    `<h1>Corriemore Shinty Club: Safeguarding Statement</h1>${paragraphs(reference)
      .map((p) => `<p>${p[0]}</p>`)
      .join("")}`,
  );
/** The PDF: each paragraph wrapped after its first sentence. */
const pdf = (reference: string) =>
  pdfOfParagraphs(
    paragraphs(reference).map(([line]) => {
      const cut = line.indexOf(". ") + 1;
      return cut > 0 ? [line.slice(0, cut), line.slice(cut + 1)] : [line];
    }),
  );

const findings = (reference: string, numbers?: string[]) => {
  const document = markdown(reference, numbers);
  return found(run(sectionReference, document), document);
};

describe("section-reference: a paragraph number the statement does not have", () => {
  const missing = "The steps are set out in paragraph 9.2 of this statement.";

  it("is reported in Markdown, Word and PDF", () => {
    for (const document of [markdown(missing), word(missing), pdf(missing)]) {
      expect(found(run(sectionReference, document), document)).toEqual(["paragraph 9.2"]);
    }
  });

  it("is reported in a PDF whose short numbered lines the reader takes for headings", () => {
    const short = pdfOfParagraphs(
      paragraphs(missing).map(([line]) => [
        line.startsWith("2.2") ? "2.2 Deputy Designated Person: TBC" : line,
      ]),
    );
    expect(analyse(short).headings.map((h) => h.number)).toContain("2.2");
    expect(found(run(sectionReference, short), short)).toEqual(["paragraph 9.2"]);
  });

  it("is reported when the reference wraps before its number ('paragraph' / '9.2 of this statement')", () => {
    const document = markdown("The steps are set out in paragraph\n9.2 of this statement.");
    const [finding] = run(sectionReference, document);
    expect(found([finding], document)).toEqual(["paragraph 9.2"]);
    expect(finding.message).toMatch(/^The policy refers to paragraph 9\.2, but/);
  });

  it("says where the paragraphs end", () => {
    const [finding] = run(sectionReference, markdown(missing));
    expect(finding.message).toContain("4.1");
  });

  it("'para 3.4' past the last of its group, without 'of this statement'", () => {
    expect(findings("See para 3.4 for what happens next.")).toEqual(["para 3.4"]);
  });

  it("near miss: a paragraph the statement has", () => {
    expect(findings("The steps are set out in paragraph 3.2 of this statement.")).toEqual([]);
  });

  it("near miss: another document's paragraph", () => {
    expect(
      findings("The steps are set out in paragraph 9.2 of Working Together to Safeguard Children."),
    ).toEqual([]);
    expect(findings("The steps are set out in paragraph 9.2 of the League's code of conduct.")).toEqual([]);
  });

  it("near miss: a paragraph whose words start with a run-in title in bold or italics, or a lower-case letter", () => {
    // 5.1 and 5.2 do not start with a capital letter straight after the number, yet they are the paragraphs
    // "paragraph 5.2" means.
    const reference = "The steps are set out in paragraph 5.2 below.";
    for (const [first, second] of [
      [
        "**Whistleblowing.** Anyone may raise a concern.",
        "**Escalation.** If nothing is done, ring the county.",
      ],
      [
        "*Whistleblowing* — anyone may raise a concern.",
        "*Escalation* — if nothing is done, ring the county.",
      ],
      ["eSafety: players keep their phones in bags.", "iPads: the club's tablets stay in the clubhouse."],
    ]) {
      const text = [
        "# Corriemore Shinty Club: Safeguarding Statement",
        "",
        ...paragraphs(reference, ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]).flatMap((p) => [
          p[0],
          "",
        ]),
        `5.1 ${first}`,
        "",
        `5.2 ${second}`,
      ].join("\n");
      const document = markdownDocument(text);
      expect(found(run(sectionReference, document), document)).toEqual([]);
      const plain = (line: string) => line.replace(/[*_]/g, "");
      const inWord = wordDocument(
        text
          .split("\n")
          .filter((line) => line && !line.startsWith("#"))
          .map((line) => `<p>${plain(line)}</p>`)
          .join(""),
      );
      expect(found(run(sectionReference, inWord), inWord)).toEqual([]);
    }
    // The same reference with no 5.2 at all is still reported.
    const without = markdown(reference, ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]);
    expect(found(run(sectionReference, without), without)).toEqual(["paragraph 5.2"]);
  });

  it("near miss: numbers that skip are not read as the statement's own numbering", () => {
    expect(findings("The steps are set out in paragraph 9.2.", ["1.1", "1.2", "3.1", "3.2", "4.1"])).toEqual(
      [],
    );
  });
});
