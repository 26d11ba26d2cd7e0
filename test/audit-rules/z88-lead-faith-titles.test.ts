/**
 * A lead named under a role heading with a title that a faith or community setting writes before the name: "Smt.",
 * "Shri", "Pandit", "Maulana", "Hafiz", "Giani", "Bhai", "Bibi", "Rebbetzin", "Sheikh". A title and a capitalised
 * name are a person; a title alone ("Sister", "Elder") is not, and a name that ends in such a word ("Ravi Pandit",
 * "Omar Sheikh") keeps it as its surname. From the held-out set zz88, in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { nameAt } from "../../src/audit/text/people.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(lead: string, deputy: string): string {
  return [
    "# Shanti Bhavan Community Classes – Safeguarding Policy",
    "",
    "## Who to tell",
    "",
    "### Designated Safeguarding Lead",
    "",
    lead,
    "Treasurer · 07700 900 614",
    "",
    "### Deputy Designated Safeguarding Lead",
    "",
    deputy,
    "Trustee · 07700 900 615",
    "",
    "Tell the DSL the same day.",
    "",
  ].join("\n");
}

describe("a lead named with a community's title before the name", () => {
  const cases: Array<[string, string]> = [
    ["Smt. Kavita Raghunathan-Bose", "Shri Mohan Kulkarni"],
    ["Smt Kavita Raghunathan", "Sri Mohan Kulkarni"],
    ["Pandit Mohan Kulkarni", "Shrimati Kavita Raghunathan"],
    ["Maulana Idris Qureshi", "Hafiz Bilal Chaudhry"],
    ["Giani Jaswinder Sandhu", "Bibi Harleen Gill"],
    ["Bhai Tejinder Grewal", "Guru Anjali Varadarajan"],
    ["Rebbetzin Shoshana Feldmann", "Rabbi Eliezer Kornblum"],
    ["Sheikh Yusuf Al-Amiri", "Ustadha Maryam Haddou"],
  ];
  for (const [lead, deputy] of cases)
    for (const format of ["md", "docx"] as const)
      it(`${lead} / ${deputy} (${format})`, () => {
        const text = page(lead, deputy);
        expect(namesFor(text, format, "dsl")).toEqual([lead]);
        expect(namesFor(text, format, "deputy")).toEqual([deputy]);
        expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      });

  it("a title in running text names a person", () => {
    expect(nameAt("Pandit Mohan Kulkarni leads the classes", { strength: "weak" })?.name).toBe(
      "Pandit Mohan Kulkarni",
    );
    expect(nameAt("Smt. Kavita Raghunathan, Class Organiser", { strength: "weak" })?.name).toBe(
      "Smt. Kavita Raghunathan",
    );
  });

  it("a surname that is also a title stays the surname", () => {
    expect(nameAt("Ravi Pandit, Trustee")?.name).toBe("Ravi Pandit");
    expect(nameAt("Omar Sheikh, Trustee")?.name).toBe("Omar Sheikh");
    expect(nameAt("Anita Guru")?.name).toBe("Anita Guru");
  });

  it("a title alone is no name (near miss)", () => {
    expect(nameAt("Sister")).toBeUndefined();
    expect(nameAt("Smt.")).toBeUndefined();
    expect(nameAt("SMT")).toBeUndefined();
    const text = page("Elder", "Brother");
    expect(checkText(leadMissing, text, { asOf }).length).toBe(1);
  });

  it("a temple's name after a title is no person (near miss)", () => {
    expect(nameAt("Sri Guru Singh Sabha Gurdwara")).toBeUndefined();
    expect(nameAt("Shri Ram Mandir")).toBeUndefined();
    const text = page("Sri Venkateswara Mandir", "Shri Ram Mandir");
    expect(nameAt("Sri Lanka")).toBeUndefined();
    expect(checkText(leadMissing, text, { asOf }).length).toBe(1);
  });
});
