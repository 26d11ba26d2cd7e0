/**
 * Three layouts that name the lead or deputy away from a "Role: Name" label:
 * - a questions-and-answers leaflet: a heading asks "Who is our Designated Safeguarding Lead?" and the answer under
 *   it opens "It's **Name**, job (phone, email)";
 * - a poster's numbered table "| | Who | What they do | How to reach them |", each role after a job and a dash in
 *   the "What they do" cell, the person in the "Who" column;
 * - committee minutes: "The committee confirmed Name as Club Welfare Officer", with the deputy's label left
 *   "TBC – Name to ask …" (a task for a member, not a deputy).
 * From the held-out set zz99, in our own words; every name and setting is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const named = (text: string, role: "dsl" | "deputy") =>
  analyse(toDocument(text))
    .leads.filter((m) => m.role === role && m.name)
    .map((m) => m.name);

function leaflet(question: string, answer: string): string {
  return [
    "# Keeping learners safe: common questions",
    "",
    "Owner: Head of Community Learning",
    "",
    "## 1. Who does this cover?",
    "",
    "Every learner aged 16 or 17, and any adult who may be at risk.",
    "",
    `## 2. ${question}`,
    "",
    answer,
    "",
    "## 3. What should I do if I am worried?",
    "",
    "Write down what you saw or heard and pass it to the Designated Safeguarding Lead the same day.",
    "",
  ].join("\n");
}

describe("a question heading answered with the lead's name", () => {
  it("names the person the answer opens with", () => {
    for (const answer of [
      "It's **Delphine Arkwright**, Learning Support Manager (01632 960221, d.arkwright@example.org). She covers all our centres.",
      "It is Delphine Arkwright, Learning Support Manager, on 01632 960221.",
      "That's **Mrs Delphine Arkwright**, our Learning Support Manager.",
    ]) {
      const text = leaflet("Who is the service's Designated Safeguarding Lead?", answer);
      expect(named(text, "dsl"), answer).toContain(
        answer.includes("Mrs") ? "Mrs Delphine Arkwright" : "Delphine Arkwright",
      );
      expect(checkText(leadMissing, text, { asOf }), answer).toEqual([]);
    }
  });

  it("still finds no lead when the answer names nobody", () => {
    for (const answer of [
      "It's the person who takes every concern about a learner and decides what happens next.",
      "It's **important** that every tutor knows: ask at reception for the lead on duty.",
    ]) {
      const found = checkText(
        leadMissing,
        leaflet("Who is the service's Designated Safeguarding Lead?", answer),
        {
          asOf,
        },
      );
      expect(found, answer).toHaveLength(1);
      expect(found[0].message).toMatch(/never says who it is/);
    }
  });

  it("does not read a name under a question that is not who holds the role", () => {
    const text = leaflet(
      "What does the Designated Safeguarding Lead do?",
      "It's Mariusz Kowal's view, as chair of governors, that the lead should take every concern.",
    );
    expect(named(text, "dsl")).toEqual([]);
  });
});

function poster(
  deputyWho: string,
  deputyWhat = "Kitchen Garden Coordinator – Deputy Designated Safeguarding Lead",
): string {
  return [
    "# NEED TO TALK?",
    "",
    "**Larkspur Community Allotments · Children's Growing Club**",
    "",
    "| | Who | What they do | How to reach them |",
    "| --- | --- | --- | --- |",
    "| **1** | **Imogen Trelawny-Hart** | Site Manager – our Designated Safeguarding Lead | 07700 900771 |",
    `| **2** | ${deputyWho} | ${deputyWhat} | 07700 900772 |`,
    "| **3** | **Brother Anselm Keogh** | Will listen and help you find the right person | 01632 960771 |",
    "",
    "Childline – 0800 1111.",
    "",
  ].join("\n");
}

describe("a poster's Who / What they do table", () => {
  it("names the deputy in the Who column beside the role's cell", () => {
    const text = poster("**Lucan Fairweather**");
    expect(named(text, "dsl")).toContain("Imogen Trelawny-Hart");
    expect(named(text, "deputy")).toContain("Lucan Fairweather");
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });

  it("finds no deputy when the Who cell is left to be confirmed", () => {
    const found = checkText(deputyMissing, poster("TBC"), { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/deputy designated safeguarding lead/);
  });

  it("does not make the deputy of someone who only supports the deputy", () => {
    const text = poster(
      "**Lucan Fairweather**",
      "Volunteer – supports the Deputy Designated Safeguarding Lead",
    );
    expect(named(text, "deputy")).not.toContain("Lucan Fairweather");
  });
});

function minutes(lead: string, deputy: string): string {
  return [
    "# Ashcombe Orienteering Club",
    "",
    "**Minutes of the committee meeting, 3 March 2026**",
    "",
    "Present: Petra Lindqvist (Chair), Helen Radcliffe (Secretary), Chidozie Fairbairn-Lowe, Joanna Marsh (Coach)",
    "",
    "**Item 4 – Juniors**",
    "",
    `4.1 ${lead}`,
    "",
    `4.2 ${deputy}`,
    "",
    "4.3 The Junior Policy was adopted. Concerns go to the Club Welfare Officer.",
    "",
  ].join("\n");
}

describe("committee minutes confirming the lead", () => {
  const confirmed =
    "The committee confirmed Chidozie Fairbairn-Lowe as Club Welfare Officer for a further two years.";

  it("names the member the committee confirmed in the role", () => {
    for (const lead of [
      confirmed,
      "The meeting re-elected Mr Chidozie Fairbairn-Lowe as the Club Welfare Officer.",
      "The committee appointed Chidozie Fairbairn-Lowe as our Club Welfare Officer from April.",
    ]) {
      const text = minutes(lead, "Deputy Welfare Officer: Joanna Marsh.");
      expect(named(text, "dsl"), lead).toEqual(
        expect.arrayContaining([expect.stringMatching(/Chidozie Fairbairn-Lowe$/)]),
      );
      expect(checkText(leadMissing, text, { asOf }), lead).toEqual([]);
    }
  });

  it("still finds no lead when the minute names nobody for the role", () => {
    for (const lead of [
      "The committee agreed to appoint a volunteer as Club Welfare Officer before the summer.",
      "The committee confirmed that the Club Welfare Officer will attend the county course.",
    ]) {
      const found = checkText(leadMissing, minutes(lead, "Deputy Welfare Officer: Joanna Marsh."), { asOf });
      expect(found, lead).toHaveLength(1);
    }
  });

  it("does not name whoever speaks in a minute about the role", () => {
    const text = minutes(
      "Helen Radcliffe asked whether anyone would stand as Club Welfare Officer.",
      "Deputy Welfare Officer: Joanna Marsh.",
    );
    expect(named(text, "dsl")).toEqual([]);
  });

  it("finds no deputy where the deputy's label is left to be confirmed, with a member's task after it", () => {
    const text = minutes(
      confirmed,
      "Deputy Welfare Officer: TBC – Helen to ask parents at the next session. Until then, concerns go to Chidozie.",
    );
    expect(named(text, "deputy")).toEqual([]);
    const found = checkText(deputyMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/TBC/);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });
});
