/**
 * A lead's surname that is also an ordinary word — a verb or an adjective ("Ms Ada Fell", "Mr Sam Young", "Mrs
 * Rita Bond") — after a title and a first name is the surname, not the start of the next sentence. A PDF that
 * runs a name into the next sentence ("Mrs Patel Parents may…", "Ravi Chandran Parents…") still ends the name
 * before it. A table of leads with a column headed Name (or a place before the role: "| Site | Role | Name |")
 * gives each role the person in the Name column, never the site's name. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { nameAt } from "../../src/audit/text/people.js";

const names = (line: string) => findLeadMentions(line).map((m) => [m.role, m.name]);

describe("a surname that is also an ordinary word", () => {
  it("is kept after a title and a first name, in a role's place and in running text", () => {
    expect(names("Designated Safeguarding Lead: Ms Ada Fell")).toEqual([["dsl", "Ms Ada Fell"]]);
    expect(names("Our DSL is Ms Ada Fell (Head of Care).")).toEqual([["dsl", "Ms Ada Fell"]]);
    expect(names("Safeguarding lead – Mr Sam Young")).toEqual([["dsl", "Mr Sam Young"]]);
    expect(names("Deputy DSL: Dr Ian Fell, Head of Sixth Form")).toEqual([["deputy", "Dr Ian Fell"]]);
    expect(names("Deputy DSL: Mrs Jo May")).toEqual([["deputy", "Mrs Jo May"]]);
  });

  it("still ends a name run into the next sentence at a plural or a verb", () => {
    expect(nameAt("Mrs Patel Parents may ask for a copy")?.name).toBe("Mrs Patel");
    expect(nameAt("Ravi Chandran Parents may ask")?.name).toBe("Ravi Chandran");
    expect(nameAt("Ms Ada Parents may ask")?.name).toBe("Ms Ada");
    // A job title after the first name is not a surname.
    expect(nameAt("Ms Ada Senior Practitioner")?.name).not.toBe("Ms Ada Senior");
  });
});

describe("a table of leads with a place before the role", () => {
  const table = (header: string) =>
    [
      "## Who to contact",
      "",
      header,
      "| --- | --- | --- | --- |",
      "| Willow Bank | Pre-school Leader & DSL | Marsha Quill | 01632 960511 |",
      "| Heron Street | Senior Practitioner / Deputy DSL | Idris Tallow | 01632 960512 |",
      "",
    ].join("\n");

  it("takes the name from the Name column, not the site's name in the first cell", () => {
    for (const header of ["| Site | Role | Name | Telephone |", "| Room | Role | Who | Telephone |"]) {
      const named = findLeadMentions(table(header)).filter((m) => m.name);
      expect(named.map((m) => [m.role, m.name])).toEqual([
        ["dsl", "Marsha Quill"],
        ["deputy", "Idris Tallow"],
      ]);
    }
  });

  it("skips a column headed by a place when no column is headed Name", () => {
    const named = findLeadMentions(table("| Site | Role | Contact | Telephone |")).filter((m) => m.name);
    expect(named.map((m) => m.name)).toEqual(["Marsha Quill", "Idris Tallow"]);
  });

  it("a course named after the role in a training table does not make the person in the Name column a lead", () => {
    const training = [
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Bea Lumley | Designated Safeguarding Lead (HSCP) | 02/09/2025 |",
      "",
    ].join("\n");
    expect(findLeadMentions(training).filter((m) => m.name)).toEqual([]);
  });
});
