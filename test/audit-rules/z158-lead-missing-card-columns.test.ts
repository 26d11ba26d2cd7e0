/**
 * lead-missing, deputy-missing (forty-eighth session, held-out zz162), in our own words; every name is invented. As
 * of 1 December 2026.
 * Contact cards set side by side in a headerless table, one card per column and one line of the card per row: the
 * first row holds the people's names, one a cell ("| Mrs Rhian Oduya | Mr Callum Fitch-Varley |"), a later row their
 * roles ("| Designated Safeguarding Lead | Deputy Designated Safeguarding Lead |"), then phones and e-mails. Each
 * role is now the holder's at the top of its column, as the same card written in paragraphs already was; the audit
 * said no lead and no deputy were named (a false error and a false warning), in Markdown and in Word.
 * Stays as it is: a row-wise table under "| Name | Role |"; a table whose first row is column titles or places
 * ("| Kestrel House | Osprey House |", "| Course | Mrs … | Mr … |"), whose roles stay unnamed; a role cell that
 * names its own holder ("| Designated Safeguarding Lead: Mrs … |"), who keeps it.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Thornbury Vale School – Safeguarding and Child Protection Policy";
const INTRO = "If you are worried about a child, speak to one of the people below the same day.";
const TRAINING = "Every member of staff completes safeguarding training at induction and every three years.";

/** One table, its first row the Markdown header (Word's first row reads the same), in Markdown and in Word. */
function layouts(rows: string[][]) {
  const md = [
    `# ${TITLE}`,
    "",
    "## Who to talk to",
    "",
    INTRO,
    "",
    `| ${rows[0].join(" | ")} |`,
    `|${rows[0].map(() => "---").join("|")}|`,
    ...rows.slice(1).map((r) => `| ${r.join(" | ")} |`),
    "",
    TRAINING,
    "",
  ].join("\n");
  const cell = (c: string) => `<td><p>${c.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p></td>`;
  const html = [
    `<h1>${TITLE}</h1>`,
    "<h2>Who to talk to</h2>",
    `<p>${INTRO}</p>`,
    `<table>${rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("")}</table>`,
    `<p>${TRAINING}</p>`,
  ].join("");
  return [markdownDocument(md), wordDocument(html)];
}

const reported = (rows: string[][]) =>
  layouts(rows).map((document) => ({
    document,
    found: [...run(leadMissing, document), ...run(deputyMissing, document)].map((f) => f.message),
    named: findLeadMentions(document.text)
      .filter((m) => m.name)
      .map((m) => `${m.role}: ${m.name}`),
  }));

describe("contact cards side by side, one per column of a headerless table", () => {
  it("names the lead and the deputy from the top of each role's column", () => {
    const cases: Array<{ rows: string[][]; named: string[] }> = [
      {
        rows: [
          ["Mrs Rhian Oduya", "Mr Callum Fitch-Varley"],
          ["Assistant Head (Pastoral)", "Head of Sixth Form"],
          ["Designated Safeguarding Lead", "Deputy Designated Safeguarding Lead"],
          ["01632 960 241", "07700 900 873 (evenings)"],
          ["dsl@thornburyvale.example.org", "c.fitch-varley@thornburyvale.example.org"],
        ],
        named: ["dsl: Mrs Rhian Oduya", "deputy: Mr Callum Fitch-Varley"],
      },
      {
        // Bold names (Word's bold runs), the roles straight under them.
        rows: [
          ["**Petra Lindqvist**", "**Jonah Abernethy**"],
          ["Club Welfare Officer", "Deputy Welfare Officer"],
          ["07700 900 241", "07700 900 242"],
        ],
        named: ["dsl: Petra Lindqvist", "deputy: Jonah Abernethy"],
      },
      {
        // Three cards: the lead and two deputies, names with an initial.
        rows: [
          ["Dr H. Okonkwo-Price", "Ms T. Varga", "Mr W. Ashdown"],
          ["Headteacher", "Head of Juniors", "Head of Seniors"],
          [
            "Designated Safeguarding Lead",
            "Deputy Designated Safeguarding Lead",
            "Deputy Designated Safeguarding Lead",
          ],
          ["01632 960 500", "01632 960 501", "01632 960 502"],
        ],
        named: ["dsl: Dr H. Okonkwo-Price", "deputy: Ms T. Varga", "deputy: Mr W. Ashdown"],
      },
      {
        // Roles abbreviated, a phase in brackets.
        rows: [
          ["Mrs Delphine Marchetti", "Mr Osric Pennyfeather"],
          ["DSL", "Deputy DSL (Early Years)"],
          ["01632 960 611", "01632 960 612"],
        ],
        named: ["dsl: Mrs Delphine Marchetti", "deputy: Mr Osric Pennyfeather"],
      },
    ];
    for (const { rows, named } of cases)
      for (const r of reported(rows)) {
        expect(r.found, r.document.format).toEqual([]);
        expect(r.named, r.document.format).toEqual(named);
      }
  });

  it("stays as it is for a row-wise table, column titles or places on top, and a role cell naming its holder", () => {
    // Row-wise under "| Name | Role |": each role is its own row's person's.
    for (const r of reported([
      ["Name", "Role", "Telephone"],
      ["Mrs Rhian Oduya", "Designated Safeguarding Lead", "01632 960 241"],
      ["Mr Callum Fitch-Varley", "Deputy Designated Safeguarding Lead", "07700 900 873"],
    ])) {
      expect(r.found, r.document.format).toEqual([]);
      expect(r.named, r.document.format).toEqual(["dsl: Mrs Rhian Oduya", "deputy: Mr Callum Fitch-Varley"]);
    }
    // Houses on top, not people: the roles stay unnamed.
    for (const r of reported([
      ["Kestrel House", "Osprey House"],
      ["Designated Safeguarding Lead", "Deputy Designated Safeguarding Lead"],
      ["01632 960 241", "01632 960 242"],
    ])) {
      expect(r.named, r.document.format).toEqual([]);
      expect(r.found.join(" "), r.document.format).toContain("never says who it is");
    }
    // A training grid: its first row is a column title and people, its rows courses — no holder.
    for (const r of reported([
      ["Course", "Mrs Rhian Oduya", "Mr Callum Fitch-Varley"],
      ["Designated Safeguarding Lead", "March 2025", "—"],
      ["Deputy Designated Safeguarding Lead", "—", "October 2024"],
    ])) {
      expect(r.named, r.document.format).toEqual([]);
      expect(r.found.join(" "), r.document.format).toContain("never says who it is");
    }
    // The role's own cell names its holder: she keeps it, not the name at the top of the column.
    for (const r of reported([
      ["Mrs Rhian Oduya", "Mr Callum Fitch-Varley"],
      ["Head of Year 7", "Head of Year 8"],
      ["Designated Safeguarding Lead: Mrs Ines Calloway", "Deputy Designated Safeguarding Lead"],
    ]))
      expect(r.named, r.document.format).toEqual([
        "dsl: Mrs Ines Calloway",
        "deputy: Mr Callum Fitch-Varley",
      ]);
  });
});
