/**
 * deputy-missing (held-out set zz141), in our own words; every name is invented. A hockey club names its lead
 * ("**Club Welfare Officer (CWO):** Mrs …"), then "Each age group section also has an **Age Group Welfare Officer** who
 * deputises for the CWO within that section:" over a list, one section a line: "- Under 10s: Mr Name – phone". By the
 * policy's words the listed officers are the lead's deputies, as a table of them under "Each club has a X, who is the
 * DSL's deputy at that site" is (zz139): all named, none is missing; a section whose officer is "to be appointed" has
 * none (reported at its line). Near misses: the same list after a sentence that gives the officers no deputising
 * words names no deputy; a list of sections whose lines name nobody names no deputy either.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (sentence: string, items: string[]): SourceDocument[] => {
  const intro = [
    "**Club Welfare Officer (CWO):** Mrs Delphine Warrender-Kay",
    "The CWO leads on safeguarding for the whole club and keeps its records.",
    sentence,
  ];
  const bold = (l: string) => l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  return [
    markdownDocument(
      [
        "# Wexcombe Hockey Club – Safeguarding Policy",
        "",
        "## Who's who",
        "",
        ...intro.flatMap((l) => [l, ""]),
        ...items.map((i) => `- ${i}`),
        "",
        "## If you are worried",
        "",
        "Tell the CWO the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Wexcombe Hockey Club – Safeguarding Policy</h1>",
        "<h2>Who's who</h2>",
        ...intro.map((l) => `<p>${bold(l)}</p>`),
        `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
        "<h2>If you are worried</h2>",
        "<p>Tell the CWO the same day.</p>",
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Wexcombe Hockey Club – Safeguarding Policy",
        "Who's who",
        ...intro.map((l) => l.replace(/\*\*/g, "")),
        ...items.map((i) => `• ${i}`),
        "If you are worried",
        "Tell the CWO the same day.",
        "",
      ].join("\n"),
    ),
  ];
};

const SENTENCES = [
  "Each age group section also has an **Age Group Welfare Officer** who deputises for the CWO within that section:",
  "Every section has its own Section Welfare Officer, who acts for the CWO in that section:",
];
const items = (last: string) => [
  "Under 10s: Mrs Honor Blackwood-Tate – 07700 900 561",
  "Under 14s: Mr Kofi Ashdown-Reyes – 07700 900 562",
  `Under 18s: ${last}`,
];

describe("deputy-missing: 'each section has a X who deputises for the lead' over a list of the sections' X", () => {
  it.each(SENTENCES)("stays quiet when each listed section names its officer: %s", (sentence) => {
    for (const document of layouts(sentence, items("Ms Petra Lindqvist-Obi – 07700 900 563")))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it.each(SENTENCES)("reports the section whose officer is to be appointed, at its line: %s", (sentence) => {
    for (const document of layouts(sentence, items("to be appointed"))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0], document.format).toContain("Under 18s");
    }
  });
  it("reads a PDF's sentence wrapped over two lines before its list", () => {
    const document = pdfDocument(
      [
        "Wexcombe Hockey Club – Safeguarding Policy",
        "Club Welfare Officer (CWO): Mrs Delphine Warrender-Kay",
        "Each age group section also has an Age Group Welfare Officer who deputises for the CWO",
        "within that section:",
        ...items("Ms Petra Lindqvist-Obi – 07700 900 563").map((i) => `• ${i}`),
        "Tell the CWO the same day.",
        "",
      ].join("\n"),
    );
    expect(found(run(deputyMissing, document), document)).toEqual([]);
  });
  it("reads no deputy from the list when the sentence gives the officers no deputising words", () => {
    const sentence =
      "Each age group section also has an **Age Group Welfare Officer** who runs its fixtures:";
    for (const document of layouts(sentence, items("Ms Petra Lindqvist-Obi – 07700 900 563")))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
  it("reads no deputy from a list whose lines name nobody", () => {
    const list = ["Under 10s: Saturday mornings", "Under 14s: Sunday mornings", "Under 18s: Friday evenings"];
    for (const document of layouts(SENTENCES[0], list))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
});
