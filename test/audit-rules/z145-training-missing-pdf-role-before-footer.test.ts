/**
 * training-missing (held-out set zz145), in our own words; every name is invented. As of 1 December 2026.
 * A PDF's page ends mid-sentence on a role's words ("… if it is about the DSL. The DSL"), and the running footer
 * under it opens with the company's name ("Brackenfold Paddlesports · Unit 2, Mill Yard, Eastbrook · …"). The
 * sentence goes on at the head of the next page; the footer's words are page furniture, not the person the role
 * names, so the company is no lead with its training missing — nor is a name the policy writes elsewhere as a
 * company's, with a town and "Ltd" after it ("Brackenfold Paddlesports Eastbrook Ltd"). Near misses: a lead named
 * in the body with no training is still reported, also where a town and an academy's name follow hers.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule } from "../../src/audit/rules/training-missing.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfPages as pdf } from "../helpers/pdf-pages-document.js";

const header = ["Brackenfold Paddlesports Eastbrook Ltd – Child Safeguarding Policy"];
const footer = ["Brackenfold Paddlesports · Unit 2, Mill Yard, Eastbrook · Company policy KP-01"];

const who = (deputy: string) => [
  "2. Who to go to",
  "Designated Safeguarding Lead: Imogen Tavistock-Reyes, Centre Manager (07700",
  "900811, imogen@brackenfold.example.org)",
  `Deputy DSL: ${deputy}, Head Coach (07700 900812)`,
  "Training:",
  "● Imogen Tavistock-Reyes – Designated Safeguarding Lead course, 04/2026",
  "● Stanislav Orme – Deputy DSL course, 09/2025",
  "6. Concerns about staff",
  "A concern about the behaviour of any coach goes to the DSL, or to the Managing",
  "Director, Ruth Calloway (07700 900800), if it is about the DSL. The DSL",
];

const found = (document: SourceDocument) =>
  checkDocument(rule, document, { asOf: "2026-12-01" }).map((f) =>
    document.text.slice(f.offset, f.endOffset).replace(/\s+/g, " "),
  );

describe("a role's words at a PDF page's foot, the running footer under them", () => {
  it("does not read the footer's company name as the lead", () => {
    // The company's name nowhere with "Ltd": only the footer says the words are no person's.
    const plainHeader = ["Child Safeguarding Policy – Brackenfold"];
    const document = pdf([
      { header: plainHeader, body: who("Stanislav Orme"), footer },
      {
        header: plainHeader,
        body: ["contacts the Local Authority Designated Officer within one working day.", "7. Recruitment"],
        footer,
      },
    ]);
    expect(found(document)).toEqual([]);
  });

  it("still reports a deputy named in the body with no training listed", () => {
    // Her name with a town and an academy's word after it is still hers: only a company's "Ltd" makes it a company.
    const document = pdf([
      {
        header,
        body: [
          "Lowri Achterberg Eastbrook Swimming Academy coaches our juniors.",
          ...who("Lowri Achterberg"),
        ],
        footer,
      },
      { header, body: ["contacts the Local Authority Designated Officer within one working day."], footer },
    ]);
    expect(found(document)).toEqual(["Lowri Achterberg"]);
  });

  it("does not read the company's name as a person where the reader found no furniture", () => {
    // The same pages with no header or footer blocks: the words are the company's, written elsewhere with the
    // town and "Ltd" after them.
    const document = pdf([
      { header, body: who("Stanislav Orme"), footer },
      { header, body: ["contacts the Local Authority Designated Officer within one working day."], footer },
    ]);
    const plain = {
      ...document,
      blocks: document.blocks.map((b) => ({ ...b, place: { page: b.place.page } })),
    };
    expect(found(plain)).toEqual([]);
  });
});
