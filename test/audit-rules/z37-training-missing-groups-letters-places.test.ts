/**
 * training-missing on four shapes from the held-out sets zz37-zz38 (issue 11), in our own words; names are invented:
 * one course line under a group's name that lists its people ("**Site deputies** (A, B)"); a lead with letters after
 * the name ("MIScT") whose training lists the name without them; a role named as what a concern is about ("Chair
 * (complaints about the Welfare Officer)"); a PDF's site cell, an address, run into the role's ("Riverside Hall, 12
 * Mill Lane").
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const names = (text: string, format?: "md" | "txt") =>
  checkText(trainingMissing, text, { asOf, format }).map((f) => f.message);

const sites = [
  "# Safeguarding policy",
  "",
  "Our Designated Safeguarding Lead is **Mrs Halima Rourke, Director**. Each site has its own lead and deputy:",
  "",
  "| Site | Site Safeguarding Lead | Deputy |",
  "| --- | --- | --- |",
  "| Westgate | Mr Piotr Lindqvist | Ms Anwen Castell & Mr Kofi Brannagh |",
  "| Orchard Row | Ms Delphine Ashworth | Mrs Nkechi Varley |",
  "",
  "## Training",
  "",
  "**Halima Rourke**",
  "· Designated Safeguarding Lead (Level 3) – 2 April 2025",
  "",
  "**Piotr Lindqvist**",
  "· Level 3 Designated Safeguarding Lead – 14/05/2025",
  "",
  "**Delphine Ashworth**",
  "· Designated Safeguarding Lead refresher – 20 January 2026",
  "",
];

describe("one course line under a group's name that lists its people", () => {
  it("is each person's, the names written without their titles", () => {
    const text = [
      ...sites,
      "**Site deputies** (Anwen Castell, Kofi Brannagh, Nkechi Varley)",
      "· Deputy Designated Safeguarding Lead course – 9 October 2025",
      "",
    ].join("\n");
    expect(names(text)).toEqual([]);
  });

  it("is each person's when the group is a plain line and the course a list item", () => {
    const text = [
      ...sites,
      "Deputies (Anwen Castell and Kofi Brannagh and Nkechi Varley):",
      "",
      "- Level 3 Deputy DSL training, 9 October 2025",
      "",
    ].join("\n");
    expect(names(text)).toEqual([]);
  });

  it("but a deputy the group leaves out, or names only inside a longer name, is still reported", () => {
    const text = [
      ...sites,
      "**Site deputies** (Anwen Castell, Rosa Kofi Brannagh)",
      "· Deputy Designated Safeguarding Lead course – 9 October 2025",
      "",
    ].join("\n");
    const found = names(text);
    expect(found.some((m) => m.includes("Mrs Nkechi Varley"))).toBe(true);
    expect(found.some((m) => m.includes("Mr Kofi Brannagh"))).toBe(true);
    expect(found.some((m) => m.includes("Anwen Castell"))).toBe(false);
  });
});

const lettered = (lead: string, deputy: string) =>
  [
    "# Safeguarding policy",
    "",
    "| Role | Name | Phone |",
    "| --- | --- | --- |",
    `| Designated Safeguarding Person | ${lead} | 07700 900111 |`,
    `| Deputy | ${deputy} | 07700 900112 |`,
    "",
    "## Training",
    "",
    "| Enw / Name | Cwrs / Course | Dyddiad / Date |",
    "| --- | --- | --- |",
    "| Idris Vaughan-Tudor | Safeguarding Group C (Designated Safeguarding Person) | 14/05/2025 |",
    "| Lowri Pennant | Safeguarding Group C | 02/10/2025 |",
    "",
  ].join("\n");

// A bilingual table's header: its rows are tied to a lead only by the lead's name, which the letters hide.
describe("a lead with letters after the name, whose training lists the name without them", () => {
  it("is trained: mixed-case letters a name's words never have", () => {
    expect(names(lettered("Mr Idris Vaughan-Tudor MIScT", "Dr Lowri Pennant")).join("\n")).toBe("");
  });

  it("is trained: letters in capitals, and more than one set", () => {
    expect(names(lettered("Mr Idris Vaughan-Tudor FRMetS CSci", "Dr Lowri Pennant FRAS")).join("\n")).toBe(
      "",
    );
  });

  it("but a lettered lead whose name is in no training is still reported", () => {
    const found = names(lettered("Mr Emrys Talfryn MIScT", "Dr Lowri Pennant"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mr Emrys Talfryn MIScT");
  });
});

const contacts = (row: string) =>
  [
    "# Safeguarding policy",
    "",
    "| Role | Name | Phone |",
    "| --- | --- | --- |",
    "| Club Welfare Officer | Mr Ruairi Coyle-Nash | 07700 900611 |",
    row,
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Ruairi Coyle-Nash | Welfare Officer training | 09/10/2025 |",
    "",
  ].join("\n");

describe("a role named as what a concern is about", () => {
  it("names the person who hears it, not a lead", () => {
    expect(
      names(contacts("| Chair (complaints about the Welfare Officer) | Ms Saoirse Fallon | 07700 900612 |")),
    ).toEqual([]);
    expect(
      names(
        contacts(
          "| Secretary (for allegations against the Welfare Officer) | Mrs Una Dervla | 07700 900613 |",
        ),
      ),
    ).toEqual([]);
  });

  it("but a deputy named for the role itself is still reported", () => {
    const found = names(
      contacts("| Deputy Welfare Officer (when the officer is away) | Ms Saoirse Fallon | 07700 900612 |"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Ms Saoirse Fallon");
  });
});

/** A PDF's table as its text gives it: the header's cells one word group a line, then each cell's words. */
const flattened = (site: string) => [
  "Safeguarding policy",
  "Our Designated Safeguarding Lead is Ms Marisol Eberhardt-Quinn, Director.",
  "Each studio also has its own safeguarding lead and deputy:",
  "Studio Studio",
  "Safeguarding",
  "Lead",
  "Deputy",
  "Safeguarding",
  "Lead",
  "Studio phone",
  site,
  "Mr Taavi",
  "Lindgren, Head",
  "Tutor",
  "Mrs Oona Petrakis",
  "(Senior Tutor)",
  "01632 960418",
  "",
  "Training",
  "Ms Marisol Eberhardt-Quinn – Designated Safeguarding Lead (Level 3) – 18/03/2025",
  "Mr Taavi Lindgren – Designated Safeguarding Lead (Level 3) – 02/09/2025",
  "Mrs Oona Petrakis – Safeguarding Children Level 2 – 15/01/2025",
  "",
];

describe("a PDF's site cell, an address, run into the role's", () => {
  it("is not a lead or a deputy, with the house number after the site's name or before the street's", () => {
    expect(
      names(flattened("Riverside Hall, 12 Mill").concat(["Lane, Hollowmere"]).join("\n"), "txt"),
    ).toEqual([]);
    expect(names(flattened("The Old Barns, 3a Kiln Lane").join("\n"), "txt")).toEqual([]);
  });

  it("but a lead whose name ends like a place's, with no house number beside it, is still reported", () => {
    const text = [
      "Safeguarding policy",
      "Designated Safeguarding Lead: Ms Marisol Eberhardt-Quinn, Director.",
      "Deputy Designated Safeguarding Lead: Jenna Hall, Senior Tutor.",
      "",
      "Training",
      "Ms Marisol Eberhardt-Quinn – Designated Safeguarding Lead (Level 3) – 18/03/2025",
      "",
    ].join("\n");
    const found = names(text, "txt");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Jenna Hall");
  });
});
