/**
 * Held-out zz113 (in our own words, every name invented; as of 1 December 2026): a PDF's staff table whose lead and
 * deputy columns hold tick marks ("✓", "Y", "x", a key saying "x" is no). Its text breaks each cell over short lines,
 * so the text's reader sees the header's "DSL" and "Deputy DSL" followed, rows later, by names it takes for theirs
 * (the first row's official, a later row's); the table block, read as rows × cells, ties each tick to its row: the
 * ticked rows' people hold the roles. The table's own reading is the one the rules go by, so an official who is no
 * lead is not asked for a lead's training. Near misses: the ticked deputy with no training is still reported; a
 * table whose text pairs a role and a name in one row keeps its text mentions.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

/** The officials' table as a PDF reader gives it: each cell's words over the column's short lines. */
function officialsPdf(deputyTraining: { cell: string; lines: string }) {
  const text = [
    "PENDLEFORD SAILING CLUB — Junior Safeguarding Policy",
    "2. Officials and their safeguarding roles",
    "The list below was agreed by the committee. Key:",
    "or Y = yes; x = no.✓",
    "Name Role at the",
    "club",
    "DSL Deputy",
    "DSL",
    "DBS",
    "(enhanced)",
    "Safeguardi",
    "ng training",
    "Tobias",
    "Wrenfield",
    "Commodore x x ✓ Safeguardin",
    "g",
    "Awareness",
    "(RYA online),",
    "04/2025",
    "Imelda",
    "Castellan",
    "Race",
    "Officer",
    "x x ✓ None yet",
    "Marisol",
    "Achebe-Lund",
    "Cadet",
    "Secretary",
    "✓ x ✓ Level 3 DSL",
    "(County SCP),",
    "12/10/2025",
    `Oren Falstead Bosun x Y ✓ ${deputyTraining.lines}`,
    "Ruairi",
    "Pendry",
    "Treasurer x x Y Safeguardin",
    "g",
    "Awareness",
    "(RYA online),",
    "20/05/2025",
    "Tell the DSL or the deputy about any worry the same day.",
  ].join("\n");
  return pdfDocument(text, [
    ["Name", "Role at the club", "DSL", "Deputy DSL", "DBS (enhanced)", "Safeguardi ng training"],
    ["Tobias Wrenfield", "Commodore", "x", "x", "✓", "Safeguardin g Awareness (RYA online), 04/2025"],
    ["Imelda Castellan", "Race Officer", "x", "x", "✓", "None yet"],
    ["Marisol Achebe-Lund", "Cadet Secretary", "✓", "x", "✓", "Level 3 DSL (County SCP), 12/10/2025"],
    ["Oren Falstead", "Bosun", "x", "Y", "✓", deputyTraining.cell],
    ["Ruairi Pendry", "Treasurer", "x", "x", "Y", "Safeguardin g Awareness (RYA online), 20/05/2025"],
  ]);
}

const trained = {
  cell: "Deputy DSL course (County SCP), 03/02/2026",
  lines: "Deputy DSL\ncourse\n(County SCP),\n03/02/2026",
};

const named = (document: ReturnType<typeof pdfDocument>, role: "dsl" | "deputy") =>
  analyse(document)
    .leads.filter((m) => m.role === role)
    .flatMap((m) => m.names ?? (m.name ? [m.name] : []));

describe("a PDF's staff table whose role columns hold ticks", () => {
  it("leaves to the table's own reading the names the text ties to its role headers", () => {
    const document = officialsPdf(trained);
    expect(named(document, "dsl")).not.toContain("Tobias Wrenfield");
    expect(named(document, "deputy")).toEqual([]);
    const fromTable = analyse(document).tableLeads.map((m) => `${m.role} ${m.name}`);
    expect(fromTable).toEqual(["dsl Marisol Achebe-Lund", "deputy Oren Falstead"]);
  });

  it("asks no lead's training of an official the ticks give no role", () => {
    expect(checkDocument(trainingMissing, officialsPdf(trained), { asOf })).toEqual([]);
  });

  it("near miss: the ticked deputy with no training is still reported", () => {
    const found = checkDocument(trainingMissing, officialsPdf({ cell: "—", lines: "—" }), { asOf });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("Oren Falstead")]);
  });
});

describe("near miss: a PDF's table its text reads as its block does", () => {
  const text = [
    "ASHCOMBE STREET DANCE — Safeguarding Policy",
    "Who to contact",
    "Role Name Telephone",
    "Designated Safeguarding Lead Anwen Bracegirdle 01632 960 441",
    "Deputy DSL Felix Ormerod 01632 960 442",
    "Training: Anwen Bracegirdle, Level 3 DSL, 14/03/2026. Felix Ormerod, Deputy DSL course, 09/02/2026.",
  ].join("\n");
  const document = pdfDocument(text, [
    ["Role", "Name", "Telephone"],
    ["Designated Safeguarding Lead", "Anwen Bracegirdle", "01632 960 441"],
    ["Deputy DSL", "Felix Ormerod", "01632 960 442"],
  ]);
  it("keeps the names the text ties to the table's roles", () => {
    expect(named(document, "dsl")).toContain("Anwen Bracegirdle");
    expect(named(document, "deputy")).toContain("Felix Ormerod");
  });
});
