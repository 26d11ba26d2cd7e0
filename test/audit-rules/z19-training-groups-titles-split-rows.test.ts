/**
 * Training records as the nineteenth and twentieth held-out sets (issue 11) wrote them, in our own words; every name
 * is invented. As of 1 December 2026:
 * - a row for a group whose "date" is a time that comes round again ("| Teaching staff | … | each September |") is
 *   a rule, not an undated record, however many words name the group ("All catering and site staff");
 * - a faith community's brother or teacher ("Br. Idris Malik", "Brother Anselm Hale", "Ustadha Huda Karim") in bold
 *   on a line of their own owns the course on the line under the name;
 * - "Our welfare officers also hold the … course": the plural role's holders, a rule, not an undated record;
 * - a PDF table row a page break cut in two ("Ms Delphine" … / "Achterberg" …) is one person's row;
 * - a second deputy named in one cell with the first ("Mr A & Mrs" / "B C", wrapped in a PDF) is checked for training.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkDocument, checkText, excerpts } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

function school(row: string): string {
  return [
    "# Thornbury Vale High School — Safeguarding",
    "",
    "Designated Safeguarding Lead: Mrs Ilse Marchetti",
    "",
    "## Training",
    "",
    "| Name | Role | Course | Completed | Refresher due |",
    "| --- | --- | --- | --- | --- |",
    "| Mrs Ilse Marchetti | Designated Safeguarding Lead | Level 3 DSL | 12/05/2026 | 05/2028 |",
    row,
    "",
  ].join("\n");
}

describe("a group's row whose date is a time that comes round again", () => {
  it("is a rule, not an undated record", () => {
    for (const row of [
      "| All catering and site staff | Whole school | Safeguarding awareness | October INSET each year | every year |",
      "| Teaching staff | Classrooms | Safeguarding update | at induction | annually |",
      "| Lunchtime supervisors and volunteers | Playground | Basic awareness | each autumn term | every 2 years |",
    ]) {
      const text = school(row);
      expect(excerpts(checkText(trainingUndated, text, { asOf }), text), row).toEqual([]);
    }
  });

  it("still reports a named person's row with only a recurring time (near miss)", () => {
    const text = school("| Mr Joss Ferreira | Deputy DSL | Level 3 DSL | each year | every 2 years |");
    expect(checkText(trainingUndated, text, { asOf })).toHaveLength(1);
  });

  it("still reports a staff group's row with an empty date (near miss)", () => {
    const text = school("| Teaching staff | Classrooms | Safeguarding update | | |");
    expect(checkText(trainingUndated, text, { asOf })).toHaveLength(1);
  });
});

function circle(name: string, other = "Sr. Amina Doyle"): string {
  return [
    "# Al-Huda Weekend School — Safeguarding",
    "",
    "## Training",
    "",
    "All helpers renew their basic course every three years.",
    "",
    `**${name}**`,
    "Level 3 Designated Safeguarding Lead (county partnership) – completed 04/07/2024, expires 07/2026",
    "",
    `**${other}**`,
    "Level 2 Safeguarding Children – completed 11/02/2026",
    "",
  ].join("\n");
}

describe("a bold name with a faith community's title, the course on the line below", () => {
  it("gives the lapsed course to the person named above it", () => {
    for (const name of [
      "Br. Idris Malik",
      "Brother Anselm Hale",
      "Ustadha Huda Karim",
      "Ustadh Omar Lindqvist",
    ]) {
      const found = checkText(trainingStale, circle(name), { asOf });
      expect(found, name).toHaveLength(1);
      expect(found[0].message, name).toContain(name);
    }
  });

  it("reports nothing for the person whose course is current (near miss)", () => {
    const found = checkText(trainingStale, circle("Br. Idris Malik"), { asOf });
    expect(found.map((f) => f.message).join(" ")).not.toContain("Amina Doyle");
  });
});

function club(sentence: string): string {
  return [
    "# Fellside Rugby Club — Safeguarding",
    "",
    "## Training",
    "",
    `Everyone coaching our juniors completes the union's safeguarding course and renews it every three years. ${sentence}`,
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Tamsin Oduya | Club Welfare Officer course | 02/03/2025 |",
    "",
  ].join("\n");
}

describe("a sentence saying what a role's holders, in the plural, hold", () => {
  it("is a rule, not an undated record", () => {
    for (const sentence of [
      "Our welfare officers also hold the Club Welfare Officer course.",
      "The designated leads hold the Level 3 course.",
    ]) {
      const text = club(sentence);
      expect(excerpts(checkText(trainingUndated, text, { asOf }), text), sentence).toEqual([]);
    }
  });

  it("still reports the one holder's undated course, the role in the singular (near miss)", () => {
    const text = club("Our welfare officer also holds the Time to Listen course.");
    expect(checkText(trainingUndated, text, { asOf })).toHaveLength(1);
  });
});

describe("a PDF table row a page break cut in two", () => {
  function split(rest: string[]) {
    const text = [
      "Name Site Course Completed Refresher due",
      "Mrs Nell Okonjo Upper School DSL (Level 3) 03/03/2026 03/2028",
      "Ms Ottilie Lower School Designated 14/10/2025 10/2027",
      "Thornbury Vale · Page 3 of 8",
      "Name Site Course Completed Refresher due",
      `${rest[0]} ${rest[2]}`,
      "Mr Piet Holm Lower School Deputy DSL 09/09/2025 09/2027",
    ].join("\n");
    return pdfDocument(
      text,
      [
        ["Name", "Site", "Course", "Completed", "Refresher due"],
        ["Mrs Nell Okonjo", "Upper School", "DSL (Level 3)", "03/03/2026", "03/2028"],
        ["Ms Ottilie", "Lower School", "Designated", "14/10/2025", "10/2027"],
      ],
      [
        ["Name", "Site", "Course", "Completed", "Refresher due"],
        [...rest, "", ""],
        ["Mr Piet Holm", "Lower School", "Deputy DSL", "09/09/2025", "09/2027"],
      ],
    );
  }

  it("is one person's row, not a second person with an undated course", () => {
    // The reader gives both pages' rows as one table block, as it does for a table continued over a page.
    const document = split(["Brandvold", "", "Safeguarding Lead (new to role)"]);
    const merged = { ...document, blocks: [mergeBlocks(document.blocks ?? [])] };
    expect(checkDocument(trainingUndated, merged, { asOf })).toEqual([]);
  });

  it("still reports a row of its own whose name is a full name (near miss)", () => {
    const document = split(["Mr Brandvold", "", "Safeguarding awareness"]);
    const merged = { ...document, blocks: [mergeBlocks(document.blocks ?? [])] };
    expect(checkDocument(trainingUndated, merged, { asOf })).toHaveLength(1);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the blocks of pdfDocument, joined as the PDF reader joins a table.
function mergeBlocks(blocks: any[]): any {
  return {
    ...blocks[0],
    endOffset: blocks[1].endOffset,
    rows: [...blocks[0].rows, ...blocks[1].rows.slice(1)],
  };
}

describe("two deputies named in one cell, the second's name wrapped in a PDF", () => {
  const text = (second: string) =>
    [
      "Role Name Contact",
      "Designated Safeguarding Lead Mrs Wen Adebayo 01632 960100",
      `Deputy DSLs Mr Lorcan Fitz & ${second} 01632 960101`,
      "",
      "Training",
      "",
      "Mrs Wen Adebayo – Level 3 DSL training, completed 10/10/2025",
      "Mr Lorcan Fitz – Level 3 DSL training, completed 12/01/2026",
      "",
    ].join("\n");

  it("reports the second deputy, who has no training listed", () => {
    for (const second of ["Mrs\nBryony Castell", "Mrs Bryony\nCastell"]) {
      const found = checkText(trainingMissing, text(second), { asOf, format: "pdf" });
      expect(found.map((f) => f.message).join(" "), second).toContain("Bryony Castell");
    }
  });

  it("says nothing when the second deputy's training is listed too (near miss)", () => {
    const listed = `${text("Mrs\nBryony Castell")}Mrs Bryony Castell – Level 3 DSL training, completed 02/02/2026\n`;
    expect(checkText(trainingMissing, listed, { asOf, format: "pdf" })).toEqual([]);
  });
});

describe("a faith title and a first name, the lead named in full elsewhere", () => {
  const text = (sentence: string) =>
    [
      "# St Aelred's Youth Fellowship — Safeguarding",
      "",
      "Designated Safeguarding Lead: Mrs Hana Petrov",
      "",
      "Deputy Designated Safeguarding Lead: Brother Anselm Hale, Youth Leader",
      "",
      "## Training",
      "",
      "Mrs Hana Petrov completed Level 3 DSL training on 14/02/2026.",
      "",
      sentence,
      "",
    ].join("\n");

  it("gives the course to the lead the first name stands for", () => {
    for (const sentence of [
      "Brother Anselm attended the county designated lead course in March 2023.",
      "Br. Anselm completed the county designated lead course in March 2023.",
    ]) {
      expect(checkText(trainingMissing, text(sentence), { asOf }), sentence).toEqual([]);
      const stale = checkText(trainingStale, text(sentence), { asOf });
      expect(stale.map((f) => f.message).join(" "), sentence).toContain("Anselm Hale");
    }
  });

  it("still reports the deputy when the sentence names someone else (near miss)", () => {
    const found = checkText(
      trainingMissing,
      text("Brother Tobiah attended the county course in March 2023."),
      {
        asOf,
      },
    );
    expect(found.map((f) => f.message).join(" ")).toContain("Anselm Hale");
  });
});
