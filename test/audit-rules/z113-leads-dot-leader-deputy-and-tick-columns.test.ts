/**
 * Held-out zz113 (in our own words, every name invented; as of 1 December 2026):
 * - a who's-who of dot-leader lines whose deputy's role is the bare word with when they act in brackets ("Deputy
 *   (evenings) ........ Name, job, phone"), the lines run together as one paragraph: the name after the dots is
 *   the deputy;
 * - a staff table whose lead and deputy columns hold tick marks ("✓", "Y", "x", with a key that "x" is no): the
 *   name in the ticked row holds the column's role; "x" is no where the column also holds a yes mark.
 */
import { describe, expect, it } from "vitest";
import { findLeadMentions } from "../../src/audit/text/leads.js";

const named = (text: string, role: "dsl" | "deputy") =>
  findLeadMentions(text)
    .filter((m) => m.role === role)
    .flatMap((m) => m.names ?? (m.name ? [m.name] : []));

describe("a dot-leader deputy line with the bare word and a bracket", () => {
  const contacts = [
    "# Safeguarding – Brackenford Minibus Services",
    "",
    "## Who to call",
    "",
    "Safeguarding Lead ..................... Odile Ferreira-Banks, Fleet Manager, 01632 960501",
    "Deputy (evenings and Saturdays) ....... Cormac Everly, Duty Dispatcher, 01632 960502",
    "County Transport Desk ................. 01632 960503",
    "",
  ];
  it("names the deputy after the dots, the lines run into one paragraph", () => {
    const text = contacts.join("\n");
    expect(named(text, "dsl")).toEqual(["Odile Ferreira-Banks"]);
    expect(named(text, "deputy")).toEqual(["Cormac Everly"]);
  });
  it("names the deputy on a line of its own too", () => {
    const text = [...contacts.slice(0, 4), contacts[4], "", contacts[5], ""].join("\n");
    expect(named(text, "deputy")).toEqual(["Cormac Everly"]);
  });
  it("near miss: a deputy's word with a bracket and no dots names nobody", () => {
    const text = [
      ...contacts.slice(0, 5),
      "",
      "Deputy (evenings) cover is arranged by Cormac Everly.",
      "",
    ].join("\n");
    expect(named(text, "deputy")).toEqual([]);
  });
});

describe("a staff table whose role columns hold ticks", () => {
  const table = (rows: string[]) =>
    [
      "# Pendle Vale Rowing Club – Junior Safeguarding",
      "",
      "## Officials",
      "",
      "Key: ✓ or Y = yes; x = no.",
      "",
      "| Name | Club role | DSL | Deputy DSL | DBS |",
      "| --- | --- | --- | --- | --- |",
      ...rows,
      "",
      "Tell the DSL or the deputy about any worry the same day.",
      "",
    ].join("\n");
  const rows = [
    "| Hamish Oyelaran | Captain | x | x | ✓ |",
    "| Bronagh Tillett | Junior Coordinator | ✓ | x | ✓ |",
    "| Kasimir Doole | Boatman | x | Y | ✓ |",
    "| Elowen Prask | Coach | x | x | Y |",
  ];
  it("reads the ticked row's name as the column's role holder", () => {
    const text = table(rows);
    expect(named(text, "dsl")).toContain("Bronagh Tillett");
    expect(named(text, "dsl")).not.toContain("Hamish Oyelaran");
    expect(named(text, "deputy")).toContain("Kasimir Doole");
    expect(named(text, "deputy")).not.toContain("Elowen Prask");
  });
  it("near miss: a column of ticks for who is trained for a role does not name its holders (found in review)", () => {
    const text = table(rows).replace("| DSL | Deputy DSL | DBS |", "| DSL | Deputy DSL trained | DBS |");
    expect(named(text, "dsl")).toContain("Bronagh Tillett");
    expect(named(text, "deputy")).toEqual([]);
    const course = table(rows).replace("| DSL | Deputy DSL | DBS |", "| DSL course | Deputy DSL | DBS |");
    expect(named(course, "dsl")).toEqual([]);
  });
  it("near miss: a column of crosses alone (no yes mark) is not read as ticks", () => {
    const crosses = rows.map((r) => r.replace("| ✓ | x |", "| x | x |").replace("| x | Y |", "| x | x |"));
    const text = table(crosses);
    expect(named(text, "dsl")).toEqual([]);
    expect(named(text, "deputy")).toEqual([]);
  });
});
