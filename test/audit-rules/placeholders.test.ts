import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import {
  fixture,
  found,
  markdownDocument,
  pdfDocument,
  run,
  wordDocument,
} from "../fixtures/structure/documents.js";

describe("placeholder-text on real layouts", () => {
  it("finds every kind of template leftover, and blanks left in sentences", () => {
    const document = markdownDocument(fixture("placeholders-defects.md"));
    const reported = run(placeholderText, document);
    expect(found(reported, document)).toEqual([
      "(GROUP / ORGANISATION)",
      "Insert Month",
      "name of setting",
      "[insert DSL name]",
      "??????",
      "[club name here]",
      "[Deputy Welfare Officer phone number]",
      "(add training and dates here)",
      "the ______ Welfare Officer",
      "the Welfare Officer",
      "XXXX",
      "TBC",
      "<<Club Name>>",
      "xx/xx/xxxx",
      "Mr/Mrs ……………",
    ]);
    expect(reported[4].message).toBe(
      '"??????" stands where a number or detail should be — write in the real one',
    );
    expect(reported[8].message).toBe(
      'A blank was left where a name or detail should be ("the ______ Welfare Officer") — write it in',
    );
    expect(reported[9].message).toBe(
      'A blank was left where a name or detail should be ("the … Welfare Officer") — write it in',
    );
  });

  it("leaves forms, capital instructions, contents leaders, (*), link words and a JavaScript notice alone", () => {
    expect(run(placeholderText, markdownDocument(fixture("placeholders-clean.md")))).toEqual([]);
  });

  it("tells a form from running text by its lines, when its heading does not say form", () => {
    const form =
      "## Appendix C – Record of a concern\n\nName: ________\n\nSigned ________ Date ________\n\nPassed to the ________ Lead on ________\n";
    expect(
      run(placeholderText, markdownDocument(form.replace("Record of a concern", "After a concern"))),
    ).toEqual([]);
    const prose = "## After a concern\n\nThe notes are passed to the ________ Lead on the same day.\n";
    expect(found(run(placeholderText, markdownDocument(prose)), markdownDocument(prose))).toEqual([
      "the ________ Lead",
    ]);
  });

  it("finds blanks in a Word file (underscores, non-breaking spaces) but not spaces a reader collapses", () => {
    const html =
      "<p>Concerns go to the ______ Welfare Officer.</p><p>Concerns go to the\u00a0\u00a0\u00a0\u00a0Welfare Officer.</p><p>Concerns go to the     Welfare Officer.</p>";
    const document = wordDocument(html);
    expect(found(run(placeholderText, document), document)).toEqual([
      "the ______ Welfare Officer",
      "the Welfare Officer",
    ]);
  });

  it("never reads the line break of a hard-wrapped paragraph, and the next line's indent, as a blank", () => {
    const wrapped = [
      "# Policy",
      "",
      "Every coach who works with juniors has an enhanced check through the",
      "league, renewed every three years, and the check is recorded by the",
      "club secretary in the register that the committee keeps for the",
      "purpose; the register is looked at by the chair at each meeting of",
      "the committee, and any gaps are followed up with the coach the same",
      "week, whatever the weather and however late the match finishes.",
      "",
      "-   Everyone in a role that involves regular work with juniors has an",
      "    enhanced check through the league, renewed every three years, as the",
      "    Safeguarding Vulnerable Groups Act 2006 allows.",
      "",
    ].join("\n");
    expect(run(placeholderText, markdownDocument(wrapped))).toEqual([]);
  });

  it("reads pandoc's escaped Markdown (a Word file or web page converted), and quotes the words as a reader sees them", () => {
    const text = [
      "# Policy",
      "",
      "This policy was adopted by \\<\\<Club Name\\>\\> at its meeting.",
      "",
      "Concerns go to the \\_\\_\\_\\_\\_\\_ Welfare Officer, and our lead is \\[insert name\\].",
      "",
    ].join("\n");
    const reported = run(placeholderText, markdownDocument(text));
    expect(reported.map((r) => r.message)).toEqual([
      '"<<Club Name>>" is a placeholder left over from the template — replace it with the real details, or delete it',
      'A blank was left where a name or detail should be ("the ______ Welfare Officer") — write it in',
      '"[insert name]" is a placeholder left over from the template — replace it with the real details, or delete it',
    ]);
  });

  it("reads a fill-in line of escaped dots ('Mr/Mrs \\.\\.\\.\\.') as the dots a reader sees, with the excerpt where they are", () => {
    const text = [
      "# Policy",
      "",
      "If the Safeguarding Officer is away, tell the deputy, Mr/Mrs \\...\\...\\...\\..., or ring the county office.",
      "",
      "Our Club Welfare Officer is \\.\\.\\.\\.\\.\\.\\. and the chair signs off each report.",
      "",
      "Training dates are listed in the appendix\\.\\.\\.\\. and in the club handbook.",
      "",
      "The committee meets on \\[insert date\\] each term and reviews \\?\\?\\? cases.",
      "",
    ].join("\n");
    const document = markdownDocument(text);
    const reported = run(placeholderText, document);
    expect(reported.map((r) => r.message)).toEqual([
      'A blank was left where a name or detail should be ("Mr/Mrs ............") — write it in',
      'A blank was left where a name or detail should be ("is ....... and") — write it in',
      '"[insert date]" is a placeholder left over from the template — replace it with the real details, or delete it',
      '"???" stands where a number or detail should be — write in the real one',
    ]);
    expect(reported.map((r) => r.excerpt)).toEqual([
      "Mr/Mrs \\...\\...\\...\\...",
      "is \\.\\.\\.\\.\\.\\.\\. and",
      "\\[insert date\\]",
      "\\?\\?\\?",
    ]);
  });

  it("leaves an ellipsis, a two-column table laid out with spaces and a label with its value alone", () => {
    for (const line of [
      "Abuse can happen at home, online, at school, in the club and so on....",
      "Report to   Ben Hale",
      "Name of setting Hollybush Nursery",
    ])
      expect(run(placeholderText, markdownDocument(`# Policy\n\n${line}\n`)), line).toEqual([]);
  });

  it("never reads a PDF's column gaps as a blank", () => {
    const text = "Role             Name\nReported to the     Welfare Officer by the coach.\n";
    expect(run(placeholderText, pdfDocument(text))).toEqual([]);
  });
});
