/**
 * Reviewer findings on issue 11 (round 24), in our own words; every name is invented.
 * - A church's own policy ("St Ninian's Church – Safeguarding Policy") whose Church Safeguarding Officer "supports
 *   us …, but decisions … are made by the Diocesan Safeguarding Adviser": the officer is the church's own lead, as
 *   the title says whose policy it is. Only a host's kind the title does not name makes its officer another's.
 * - A quoted letter's signature "> Dara Quayle" / "> Designated Safeguarding Lead, Fenbridge Council Early Years
 *   Team": a role followed by a body's name is that body's officer, and names no lead of ours.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const named = (text: string, role: "dsl" | "deputy") =>
  findLeadMentions(text)
    .filter((m) => m.role === role)
    .flatMap((m) => m.names ?? (m.name ? [m.name] : []));

const churchPolicy = (title: string) =>
  [
    `# ${title}`,
    "",
    "This policy covers every part of our work with children and young people.",
    "",
    "Church Safeguarding Officer: Mrs Elspeth Garvie (07700 900321)",
    "",
    "## When there is a worry",
    "",
    "The Church Safeguarding Officer supports us with every worry, but decisions about a referral to children's social care are made by the Diocesan Safeguarding Adviser.",
    "",
    "Next review: June 2027",
  ].join("\n");

describe("leads: an adviser of the kind the title names is the setting's own", () => {
  it("names the church's officer as the lead in the church's own policy", () => {
    const text = churchPolicy("St Ninian's Church, Fenbridge – Safeguarding Policy");
    expect(named(text, "dsl")).toEqual(["Mrs Elspeth Garvie"]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });

  it("still passes over the church's officer in a club's policy that meets at the church (near miss)", () => {
    const text = churchPolicy("Fenbridge Youth Football Club – Safeguarding Policy");
    expect(named(text, "dsl")).toEqual([]);
  });
});

const letterPolicy = (signature: string) =>
  [
    "# Fenbridge Pre-school – Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Mrs Carys Whitlow",
    "",
    "Deputy Designated Safeguarding Lead: Mr Idris Pallant",
    "",
    "## Why we name a deputy",
    "",
    "The council wrote to every setting last year:",
    "",
    "> Every setting should name a deputy who can act while the lead is away.",
    "> Dara Quayle",
    `> ${signature}`,
    "",
    "## Training",
    "",
    "Carys Whitlow – Designated Safeguarding Lead training – 14 March 2025",
    "",
    "Idris Pallant – Designated Safeguarding Lead training – 2 June 2025",
  ].join("\n");

describe("leads: a quoted signature of another body's officer", () => {
  it("names no lead from a role followed by the body's name", () => {
    const text = letterPolicy("Designated Safeguarding Lead, Fenbridge Council Early Years Team");
    expect(named(text, "dsl")).toEqual(["Mrs Carys Whitlow"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("still reads a quoted signature with the role alone (near miss)", () => {
    const text = letterPolicy("Designated Safeguarding Lead");
    expect(named(text, "dsl")).toEqual(["Mrs Carys Whitlow", "Dara Quayle"]);
  });
});
