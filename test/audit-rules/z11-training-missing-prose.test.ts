/**
 * training-missing on policies that write their training in prose: a lead whose course is known by the date it
 * lapses, with only their first name ("Esther's designated lead training … is valid until 10 June 2027"), has
 * training recorded; a company's name in the lead's place ("DSL: Fernlight Films, 01632 …", the policy also
 * writing "Fernlight Films Ltd") is no person with training to list. From the eleventh held-out set (issue 11),
 * in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function museum(sentence: string): string {
  return [
    "# Hollowmere Gallery Learning Team — Safeguarding Procedure",
    "",
    "## Our safeguarding team",
    "",
    "For this programme year the learning team's Safeguarding Lead is Wilhelmina Oduya-Strand, Head of Learning, on 01632 960 850. When Wilhelmina is away, Tobias Renner, Schools Officer, acts as her deputy (01632 960 851).",
    "",
    "## Training",
    "",
    `${sentence} Tobias completed the same course in March 2025. Both completed the partnership's adults at risk course in October 2025.`,
    "",
  ].join("\n");
}

function company(name: string, suffix: string): string {
  return [
    "# Child Safeguarding Policy",
    "",
    `${name} ${suffix} makes documentaries. The Designated Safeguarding Lead (DSL) is responsible for this policy.`,
    "",
    "## Our commitment",
    "",
    "We put a child's welfare ahead of the schedule. Anyone on set can stop a scene if a child is at risk.",
    "",
    "## Contacts",
    "",
    `- DSL: ${name}, 01632 960 770, safeguarding@example.org`,
    "- Police: 999",
    "- NSPCC Helpline: 0808 800 5000",
    "- Childline: 0800 1111",
    "",
    "## Training",
    "",
    "Cora Blyth completed the Level 3 Designated Safeguarding Lead course in September 2025.",
    "",
    "Cora Blyth",
    "Head of Production and Designated Safeguarding Lead",
    "",
  ].join("\n");
}

describe("training written in prose", () => {
  it("takes a course known by when it lapses as the lead's training, named by first name", () => {
    for (const sentence of [
      "Wilhelmina's designated lead training (Hollowmere Safeguarding Partnership, Level 3) is valid until 10 June 2027.",
      "Wilhelmina's Level 3 DSL course expires on 4 May 2027.",
    ]) {
      const text = museum(sentence);
      expect(checkText(trainingMissing, text, { asOf }), sentence).toEqual([]);
      expect(checkText(trainingStale, text, { asOf }), sentence).toEqual([]);
    }
  });

  it("reports such a course once its validity has run out", () => {
    const sentence = "Wilhelmina's designated lead training (Level 3) was valid until 10 June 2025.";
    const text = museum(sentence);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    expect(excerpts(checkText(trainingStale, text, { asOf }), text).join(" ")).toMatch(/Wilhelmina/);
  });

  it("does not ask for a company's training when its name stands where the lead's should", () => {
    for (const [name, suffix] of [
      ["Fernlight Films", "Ltd"],
      ["Harbourside Productions", "Limited"],
      ["Saltmere Leisure", "Centre"],
    ]) {
      expect(checkText(trainingMissing, company(name, suffix), { asOf }), name).toEqual([]);
    }
  });

  it("still asks for a person's training when a job title follows their name", () => {
    const text = company("Saltmere Leisure", "Centre").replace(
      "- DSL: Saltmere Leisure, 01632 960 770",
      "- DSL: Odile Farrant, 01632 960 770",
    );
    const found = checkText(trainingMissing, `${text}\nOdile Farrant Centre Manager\n`, { asOf });
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/none for Odile Farrant/)]);
  });

  it("still reports a named deputy with no training", () => {
    const text = museum("Wilhelmina's Level 3 DSL course expires on 4 May 2027.").replace(
      "Tobias completed the same course in March 2025. ",
      "",
    );
    expect(checkText(trainingMissing, text, { asOf }).map((f) => f.message)).toEqual([
      expect.stringMatching(/none for Tobias Renner/),
    ]);
  });
});
