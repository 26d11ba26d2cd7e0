/**
 * People a policy names near the lead who are not the lead (../shared/REAL-WORLD-TEXT.md "The lead and the
 * deputies"; RULEBOOK "roles that look like the lead"): the safeguarding governor or trustee who oversees the
 * policy, the designated teacher for looked-after children, the council's LADO ("Designated Officer"), and an
 * outside body's officer ("County FA Designated Safeguarding Officer", the diocese's adviser). In our own words;
 * every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
type Format = "md" | "pdf";

function leadNames(text: string, format: Format): string[] {
  const leads = analyse(toDocument(text, format)).leads;
  return [...new Set(leads.filter((m) => !m.team).flatMap((m) => m.names ?? []))];
}

const SCHOOL_TEAM = [
  "# Larkfield Primary School — Child Protection Policy",
  "",
  "## 2. Key people",
  "",
  "| Role | Name |",
  "|---|---|",
  "| Designated Safeguarding Lead | Mrs Odette Marchetti (Headteacher) |",
  "| Deputy Designated Safeguarding Lead | Mr Kofi Boateng (Assistant Head) |",
  "| Designated Teacher for Looked After Children | Ms Yara Haddad |",
  "| Designated Safeguarding Governor | Mr Lionel Ashcombe |",
  "",
  "Mr Piers Gallagher (Safeguarding Lead Governor) meets the DSL each term.",
  "",
  "Designated Teacher for Looked After Children – Ms Yara Haddad",
  "",
  "Local Authority Designated Officer (LADO): Mrs Shirin Kapoor, 01632 960455",
  "",
].join("\n");

/** A PDF's text layer gives a table row as its cells' words on one line. */
function asPdf(markdown: string): string {
  return markdown
    .split("\n")
    .filter((line) => !/^\|[-| ]+\|$/.test(line))
    .map((line) =>
      line.startsWith("|")
        ? line
            .slice(1, -1)
            .split("|")
            .map((c) => c.trim())
            .join(" ")
        : line,
    )
    .map((line) => line.replace(/^#+ /, ""))
    .join("\n");
}

describe("who is not the lead", () => {
  for (const format of ["md", "pdf"] as const) {
    it(`a school's governor, designated teacher and LADO are not leads (${format})`, () => {
      const text = format === "pdf" ? asPdf(SCHOOL_TEAM) : SCHOOL_TEAM;
      expect(leadNames(text, format)).toEqual(["Mrs Odette Marchetti", "Mr Kofi Boateng"]);
    });

    it(`a governor or trustee who 'leads on safeguarding' for the board is not the lead (${format})`, () => {
      const text = [
        "Our Safeguarding Lead Trustee is Mr Idris Lowe.",
        "Mrs Gemma Hurst (Safeguarding Lead Governor) chairs the annual review.",
        "",
      ].join("\n");
      expect(leadNames(text, format)).toEqual([]);
      expect(checkText(leadMissing, text, { asOf, format })).toHaveLength(1);
    });

    it(`a county body's officer named with its abbreviation is not the club's lead (${format})`, () => {
      const text = [
        "# Fenwick Colts Rugby Club — Safeguarding",
        "",
        "Concerns go to the Club Welfare Officer, who passes them on within a day.",
        "",
        "County RFU Designated Safeguarding Officer: Mr Dafydd Pryce, 01632 960781",
        "",
        "County FA Safeguarding Officer – Ms Nell Ambrose",
        "",
      ].join("\n");
      expect(leadNames(text, format)).toEqual([]);
      const found = checkText(leadMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(/mentions the designated safeguarding lead but never says who/);
      expect(checkText(deputyMissing, text, { asOf, format })).toHaveLength(1);
    });

    it(`a course or team whose name runs on from the role words is not the role ('Safeguarding Leadership') (${format})`, () => {
      const text = [
        "Mr Ewan Brodie completed the Safeguarding Leadership pathway in 2025.",
        "Safeguarding Leadership Team: Mrs Ada Lowe, Mr Sol Reyes",
        "",
      ].join("\n");
      expect(analyse(toDocument(text, format)).leads).toEqual([]);
      expect(checkText(leadMissing, text, { asOf, format })[0].message).toMatch(
        /does not name a designated safeguarding lead/,
      );
      // The role run straight into a name, as a PDF that lost the space writes it, is still the role.
      expect(leadNames("Designated Safeguarding LeadHannah Birch\n", format)).toEqual(["Hannah Birch"]);
    });

    it(`the club's own officer is still the lead beside the county's (${format})`, () => {
      const text = [
        "Club Welfare Officer: Mrs Bronwen Tait",
        "County FA Designated Safeguarding Officer: Ms Nell Ambrose",
        "",
      ].join("\n");
      expect(leadNames(text, format)).toEqual(["Mrs Bronwen Tait"]);
    });
  }
});
