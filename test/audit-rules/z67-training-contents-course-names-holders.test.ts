/**
 * training-undated, training-stale, training-missing and lead-missing (held-out sets zz66, zz67), in our own words;
 * every name is invented. As of 1 December 2026.
 * - A contents list's entries ("3 Training ........ 1", "- Training") name sections, never records.
 * - "Name: Course – no date recorded": the person's own undated record, not a name heading the lines below it.
 * - A person's line naming a safeguarding course known by its name alone ("Time to Listen", "Child Wellbeing and
 *   Protection in Sport"), dated "3rd of September 2023", "Sept '22" or by a year alone after a dash ("– 2021").
 * - "Deputy … Leads: A (Job), phone, and B (Job), phone": B is a deputy too, whose training is missing.
 * - "In Northern Ireland the Designated Officer is …": a place, not a lead with no training.
 * - "The committee's Chair, Mr Name, …" sentences after the lead's role: the Chair's name, not the lead's.
 * - An email signature quoted in Markdown ("> Name" / "> Job and Designated Safeguarding Lead") names the lead.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (rule: typeof stale, text: string, format: "md" | "pdf" = "md") =>
  checkText(rule, text, { asOf, format }).map((f) => f.message);

describe("a contents list's entries are not training records", () => {
  const text = (contents: string[]) =>
    [
      "# Fenwick Debating Trust – Safeguarding Policy",
      "",
      "**Contents**",
      "",
      ...contents,
      "",
      "## 1. Our Designated Safeguarding Lead",
      "",
      "Designated Safeguarding Lead: Mira Okonkwo, 07700 900 101",
      "",
      "## 2. Training",
      "",
      "- Mira Okonkwo – Designated Safeguarding Lead training – 4 March 2026",
      "- Tobias Grint – Safeguarding awareness training",
      "",
      "## 3. Concerns",
      "",
      "Tell Mira the same day.",
      "",
    ].join("\n");

  it("numbered entries with dot leaders and pages", () => {
    const found = run(
      undated,
      text([
        "- 1 Our Designated Safeguarding Lead ........ 1",
        "- 2 Training ........ 1",
        "- 3 Concerns ........ 2",
      ]),
    );
    expect(found).toEqual([expect.stringMatching(/^Tobias Grint's .* is listed without a date/)]);
  });

  it("entries with neither numbers nor pages", () => {
    const found = run(undated, text(["- Our Designated Safeguarding Lead", "- Training", "- Concerns"]));
    expect(found).toEqual([expect.stringMatching(/^Tobias Grint's .* is listed without a date/)]);
  });
});

describe("a person's line: name, course and its date (or its date said to be missing)", () => {
  it("\"Name: Course – no date recorded\" is that person's undated record; the lines below are their own people's", () => {
    const text = [
      "**Deputy Welfare Officer** – Ines Varga, 07700 900 348",
      "",
      "## 5. Training",
      "",
      "- Ines Varga: Safeguarding and Protecting Children – no date recorded",
      "- Piotr Lis, under-14 coach: Safeguarding and Protecting Children, 11/2022",
      "- Sunita Rao, under-10 coach: Safeguarding and Protecting Children, 04/2025",
      "",
    ].join("\n");
    expect(run(undated, text)).toEqual([expect.stringMatching(/^Ines Varga's .* is listed without a date/)]);
    expect(run(stale, text)).toEqual([
      expect.stringMatching(/^Piotr Lis's most recent .* is November 2022 — it lapsed/),
    ]);
  });

  it('"Time to Listen", a safeguarding course known by its name alone, dated "3rd of September 2023"', () => {
    const text = [
      "Club Welfare Officer: Carys Penhale, 07700 900 634",
      "",
      "## 8. Training and contacts",
      "",
      "Carys Penhale – Time to Listen (Swim England) – 3rd of September 2023",
      "Idris Mabe, Head Coach – Safeguarding and Protecting Children (UK Coaching) – 3rd of March 2025",
      "",
    ].join("\n");
    expect(run(stale, text)).toEqual([
      expect.stringMatching(
        /^Carys Penhale's most recent Time to Listen .* dated 3 September 2023 — it lapsed/,
      ),
    ]);
  });

  it('"Child Wellbeing and Protection in Sport" dated "Sept \'22" or by a year alone after a dash', () => {
    const text = [
      "Child Wellbeing and Protection Officer (CWPO): Mrs Fiona Baird, 07700 900 227",
      "",
      "## 3. Training",
      "",
      "Fiona Baird – Child Wellbeing and Protection in Sport – Sept '22",
      "Ewan Laidlaw, Head Coach – Child Wellbeing and Protection in Sport – 2021",
      "Moira Kerr, League Organiser – Child Wellbeing and Protection in Sport – Nov '25",
      "Ewan Laidlaw – Emergency First Aid at Work – March '24",
      "",
    ].join("\n");
    const found = run(stale, text);
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(
      expect.stringMatching(/^Fiona Baird's most recent .* is September 2022 — it lapsed/),
    );
    expect(found).toContainEqual(expect.stringMatching(/^Ewan Laidlaw's most recent .* is 2021/));
  });

  it("a year that belongs to a guidance's title dates nothing", () => {
    const text = [
      "Welfare Officer: Fiona Baird, 07700 900 227",
      "",
      "## 3. Training",
      "",
      "Fiona Baird – Keeping Children Safe in Education – 2021",
      "Moira Kerr – Safeguarding and Protecting Children – Nov 2025",
      "",
    ].join("\n");
    expect(run(stale, text)).toEqual([]);
  });
});

describe("training-missing: who the leads are", () => {
  const table = [
    "## 4. Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Anjali Rowe | Designated Safeguarding Lead (Level 3) | Sep 2025 |",
    "| Ben Castell | Level 3 DSL refresher | March 2026 |",
    "",
  ];

  it('"Deputy … Leads: A (Job), phone, and B (Job), phone": B\'s training is missing', () => {
    const text = [
      "Designated Safeguarding Lead: Anjali Rowe (Development Officer), 07700 900 318",
      "",
      "Deputy Designated Safeguarding Leads: Ben Castell (Appointments Secretary), 07700 900 472, and Nomvula Dube",
      "(Mentor Co-ordinator), 07700 900 519",
      "",
      ...table,
    ].join("\n");
    expect(run(missing, text)).toEqual([expect.stringMatching(/none for Nomvula Dube \(deputy/)]);
  });

  it('a single deputy\'s sentence naming someone else after "and" names no second deputy', () => {
    const text = [
      "Designated Safeguarding Lead: Anjali Rowe (Development Officer), 07700 900 318",
      "",
      "Deputy Designated Safeguarding Lead: Ben Castell (Appointments Secretary), 07700 900 472, and Nomvula Dube",
      "(Mentor Co-ordinator), 07700 900 519",
      "",
      ...table,
    ].join("\n");
    expect(run(missing, text)).toEqual([]);
  });

  it('"In Northern Ireland the Designated Officer is …" names a place, not a lead', () => {
    const text = [
      "Designated Officer: Ms Aoife Rooney (Youth Worker), 07700 900 581",
      "",
      "Deputy Designated Officer: Mr Colm Keady (Youth Leader), 07700 900 594",
      "",
      "In Northern Ireland the Designated Officer is the person who leads on safeguarding for an organisation.",
      "",
      "## 3. Training",
      "",
      "| Name | Course | Date |",
      "| --- | --- | --- |",
      "| Aoife Rooney | Designated Officer training | 12-Feb-2026 |",
      "| Colm Keady | Designated Officer training | 15-Apr-2025 |",
      "",
    ].join("\n");
    expect(run(missing, text)).toEqual([]);
  });

  it("the committee's Chair named sentences after the lead's role, in a PDF's text, is not the lead", () => {
    const text = [
      "signs the code of conduct in Appendix 1.",
      "2. Our Child Wellbeing and Protection Officer",
      "Child Wellbeing and Protection Officer (CWPO): Mrs Fiona Baird, 07700 900 227,",
      "cwpo@darts.example.org",
      "Depute CWPO: TBA",
      "The CWPO is the first person to tell about any worry concerning a young player. The",
      "committee's Chair, Mr",
      "Alasdair Rennie, deals with any concern about the CWPO herself but does not otherwise",
      "take safeguarding concerns.",
      "3. Training",
      "Fiona Baird – Child Wellbeing and Protection in Sport – Sept '25",
      "Ewan Laidlaw, Head Coach – Child Wellbeing and Protection in Sport – Nov '25",
      "",
    ].join("\n");
    expect(run(missing, text, "pdf")).toEqual([]);
  });
});

describe("lead-missing: an email signature quoted in Markdown", () => {
  it("names the lead on the line above her job and role", () => {
    const text = [
      "# Duckpond Toddler Group – Keeping Children Safe",
      "",
      "Our Designated Safeguarding Lead is our group leader. Her details, as she signs her emails:",
      "",
      "> Kind regards,",
      "> Nerys Alcott",
      "> Group Leader and Designated Safeguarding Lead",
      "> M: 07700 900 412 | E: nerys@example.org",
      "",
    ].join("\n");
    expect(run(leadMissing, text)).toEqual([]);
  });
});
