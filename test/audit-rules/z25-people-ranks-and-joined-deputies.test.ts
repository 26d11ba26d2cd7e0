/**
 * Uniformed organisations write a rank before each name — fire services' "Crew Manager", "Watch Manager",
 * "Firefighter", and the short forms "Lt.", "PO (SCC)", "CPO" — in a table of leads and deputies, in a "Name"
 * column, and on the lines under a label. The rank is not the name, and the second person after "/" or "&" keeps
 * theirs too. From the held-out sets
 * zz25, zz26 and zz28 (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const deputies = (text: string) =>
  findLeadMentions(text)
    .filter((m) => m.role === "deputy")
    .flatMap((m) => m.names ?? []);

describe("a rank before a lead's or deputy's name", () => {
  it("is passed over in a table's column headed by the role, for each person in the cell", () => {
    const text = [
      "# Brookvale Fire Cadets — Safeguarding",
      "",
      "| Station | Unit Safeguarding Lead | Deputies | Telephone |",
      "| --- | --- | --- | --- |",
      "| Brookvale | Watch Manager Idris Fenn | Crew Manager Sara Quill / Firefighter Owain Tudge | 01632 960 100 |",
      "| Marsh Lane | Station Manager Lowri Bick | Crew Manager Anwen Hale and Ms Tilly Rudd | 01632 960 101 |",
      "",
    ].join("\n");
    expect(deputies(text)).toEqual(["Sara Quill", "Owain Tudge"]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("is passed over in a 'Name' column, before '&'", () => {
    const text = [
      "# 3rd Kelby Company — Child Protection",
      "",
      "| Role | Name | Telephone |",
      "| --- | --- | --- |",
      "| Designated Child Protection Officer | Mr Calum Reid | 07700 900 100 |",
      "| Deputy Designated Child Protection Officers | Lt. Noel Brannigan & Mrs Eva Stott BEM | 07700 900 101 |",
      "",
    ].join("\n");
    expect(deputies(text)).toEqual(["Noel Brannigan", "Mrs Eva Stott"]);
  });

  it("is passed over on the line under a label, with the branch in brackets", () => {
    const text = [
      "# Kelby Sea Cadets — Safeguarding",
      "",
      "**Designated Person (Safeguarding):**\\",
      "Sub Lt (SCC) Maeve Corr RNR\\",
      "Tel: 07700 900 200",
      "",
      "**Deputy Designated Persons:**\\",
      "PO (SCC) Ronan Keary / CPO (SCC) Dana Flood\\",
      "Tel: 07700 900 201",
      "",
    ].join("\n");
    const mentions = findLeadMentions(text);
    expect(mentions.find((m) => m.role === "dsl")?.name).toBe("Maeve Corr");
    expect(deputies(text)).toEqual(["Ronan Keary", "Dana Flood"]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("near miss: a name that looks like a short rank in other letters is kept ('Po Ling Chan')", () => {
    const text = [
      "# Tiny Steps — Safeguarding",
      "",
      "Deputy Designated Safeguarding Lead: Po Ling Chan",
      "",
    ].join("\n");
    expect(deputies(text)).toEqual(["Po Ling Chan"]);
  });
});

describe("a bold 'Deputies' column heading", () => {
  const table = (deputies: string) =>
    [
      "# Brookvale Fire Cadets — Safeguarding",
      "",
      "| **Station** | **Unit Safeguarding Lead** | **Deputies** | **Telephone** |",
      "| - | - | - | - |",
      `| Brookvale | Watch Manager Idris Fenn | ${deputies} | 01632 960 100 |`,
      "",
      "## Training",
      "",
      "| Name | Course | Date completed |",
      "| --- | --- | --- |",
      "| Watch Manager Idris Fenn | Designated Safeguarding Person | 14/03/2026 |",
      "| Crew Manager Sara Quill | Designated Safeguarding Person | 09/10/2025 |",
      "",
    ].join("\n");

  it("names each deputy in its cell, and the one with no training is missing", () => {
    const found = checkText(trainingMissing, table("Crew Manager Sara Quill / Firefighter Owain Tudge"), {
      asOf,
    });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("none for Owain Tudge")]);
  });

  it("near miss: both deputies trained, nothing missing", () => {
    const text = table("Crew Manager Sara Quill / Firefighter Owain Tudge").replace(
      "| Crew Manager Sara Quill | Designated Safeguarding Person | 09/10/2025 |",
      "| Crew Manager Sara Quill | Designated Safeguarding Person | 09/10/2025 |\n| Firefighter Owain Tudge | Designated Safeguarding Person | 01/02/2026 |",
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});
