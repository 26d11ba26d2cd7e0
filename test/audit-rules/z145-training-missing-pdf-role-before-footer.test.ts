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
import type { Block } from "../../src/audit/document/blocks.js";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule } from "../../src/audit/rules/training-missing.js";
import { checkDocument } from "../helpers/audit-context.js";

/** A PDF as the reader gives it: pages joined by a blank line, each page's furniture a header or footer block. */
function pdf(pages: Array<{ body: string[]; header?: string[]; footer?: string[] }>): SourceDocument {
  let text = "";
  const starts: number[] = [];
  const blocks: Block[] = [];
  for (const [n, page] of pages.entries()) {
    if (n > 0) text += "\n\n";
    starts.push(text.length);
    const lines: Array<[string, "header" | "footer" | undefined]> = [
      ...(page.header ?? []).map((l): [string, "header"] => [l, "header"]),
      ...page.body.map((l): [string, undefined] => [l, undefined]),
      ...(page.footer ?? []).map((l): [string, "footer"] => [l, "footer"]),
    ];
    for (const [i, [line, region]] of lines.entries()) {
      const offset = text.length;
      text += line + (i < lines.length - 1 ? "\n" : "");
      blocks.push({
        kind: "paragraph",
        offset,
        endOffset: offset + line.length,
        place: region ? { page: n + 1, region } : { page: n + 1 },
      });
    }
  }
  return {
    file: "policy.pdf",
    format: "pdf",
    text,
    outline: { headings: [], links: [], anchors: [] },
    blocks,
    pages: starts,
  };
}

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
