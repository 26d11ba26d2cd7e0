/**
 * deputy-missing and training-missing (review of session 43), in our own words; every name is invented. A scout
 * group names its lead, then "Each section leader acts as deputy for the safeguarding lead within their own section:"
 * over a list, one section a line with its holder after a spaced dash: "- Beavers – Mrs Name", "- Cubs – Mr Name".
 * Every listed holder is a deputy, as each region's holder under "- North – Name" is (zz133): the training list that
 * gives only the lead's course lists none for any of them, so each is reported, not only the first. A section left
 * "- Scouts – TBC" among named ones has no deputy: reported at its line, as a site's row left "TBC" is (z137). Near
 * misses: the same list of names under an ordinary sentence ("Our section leaders are:") names no deputies; the
 * deputies' sentence over a list of the sections' meeting nights ("- Cubs – Tuesdays") names nobody. (A PDF's text of
 * the same list is not read yet: its lines are joined differently.)
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const DEPUTIES = "Each section leader acts as deputy for the safeguarding lead within their own section:";

const layouts = (sentence: string, items: string[]): SourceDocument[] => {
  const intro = [
    "Group Lead Volunteer: Mr Ambrose Tillinghast (07700 900712). He is the group's safeguarding lead.",
    sentence,
  ];
  const training = "Mr Ambrose Tillinghast completed the Safeguarding module (designated lead) in May 2025.";
  return [
    markdownDocument(
      [
        "# Quarrybank Scout Group – Safeguarding Policy",
        "",
        ...intro.flatMap((l) => [l, ""]),
        ...items.map((i) => `- ${i}`),
        "",
        "## Training",
        "",
        training,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Quarrybank Scout Group – Safeguarding Policy</h1>",
        ...intro.map((l) => `<p>${l}</p>`),
        `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
        "<h2>Training</h2>",
        `<p>${training}</p>`,
      ].join("\n"),
    ),
  ];
};

const items = (last: string) => [
  "Beavers – Mrs Philippa Ormerod",
  "Cubs – Mr Casimir Wetherall",
  `Scouts – ${last}`,
];

describe("section deputies listed one a line after a spaced dash, under 'each section leader acts as deputy'", () => {
  it("reads every listed holder as a deputy: each one's training is missing, no deputy is", () => {
    for (const document of layouts(DEPUTIES, items("Ms Rosalind Achebe-Hart"))) {
      expect(run(deputyMissing, document), document.format).toEqual([]);
      expect(found(run(trainingMissing, document), document), document.format).toEqual([
        "Mrs Philippa Ormerod",
        "Mr Casimir Wetherall",
        "Ms Rosalind Achebe-Hart",
      ]);
    }
  });

  it("reports the section left 'TBC' at its line", () => {
    for (const document of layouts(DEPUTIES, items("TBC"))) {
      const reported = run(deputyMissing, document);
      expect(found(reported, document), document.format).toEqual([expect.stringContaining("TBC")]);
      expect(reported[0].message, document.format).toContain('for Scouts is not named: "TBC"');
      expect(found(run(trainingMissing, document), document), document.format).toEqual([
        "Mrs Philippa Ormerod",
        "Mr Casimir Wetherall",
      ]);
    }
  });

  it("reads no deputies from the same names under an ordinary sentence", () => {
    for (const document of layouts("Our section leaders are:", items("Ms Rosalind Achebe-Hart")))
      expect(run(trainingMissing, document), document.format).toEqual([]);
  });

  it("reads no deputies from a list of the sections' meeting nights", () => {
    const nights = ["Beavers – Mondays", "Cubs – Tuesdays", "Scouts – Thursdays"];
    for (const document of layouts(DEPUTIES, nights)) {
      expect(run(deputyMissing, document).length, document.format).toBe(1);
      expect(run(trainingMissing, document), document.format).toEqual([]);
    }
  });
});
