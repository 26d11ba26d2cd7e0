/**
 * Universities, students' unions and colleges name their lead a "Safeguarding Contact" (a member of staff), and a
 * society's or club's student "Welfare Officer" is the first point of contact who passes every concern on to
 * them. The lead is named in a sentence, with a bracketed note between the role and its name; the Welfare Officer
 * is often named in the sentence after ("This year it is …"). Either way the lead is named: no lead-missing. From
 * the tenth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...people: string[]): string {
  return [
    "# Lowmere College Rowing Club — Welfare and Safeguarding",
    "",
    "Most of our members are adults, but some join before they are eighteen.",
    "",
    "## Who to talk to",
    "",
    ...people,
    "",
    "## If you are worried",
    "",
    "Tell the Welfare Officer or the Safeguarding Contact the same day. In an emergency call 999.",
    "",
  ].join("\n");
}

const welfare = [
  "The club's own Welfare Officer is a student chosen at the AGM. This year it is Rory Penhallow",
  "(rowing.welfare@lowmere.example.ac.uk). The Welfare Officer listens first and passes every worry to",
  "the Safeguarding Contact on the same day.",
].join(" ");

describe("a staff Safeguarding Contact as the lead", () => {
  it("reads the name after the role, with or without a bracketed note between", () => {
    for (const [sentence, name] of [
      [
        "The Union's Safeguarding Contact (the Union's lead for safeguarding) is Ms Imogen Tarrant, Student Welfare Manager, 01632 960 510.",
        "Ms Imogen Tarrant",
      ],
      [
        "Our Safeguarding Contact is Declan Fairweather (Head of Student Life), 01632 960 511.",
        "Declan Fairweather",
      ],
      ["Safeguarding Contact: Priya Anand-Rees, Advice Centre Manager", "Priya Anand-Rees"],
      [
        "The college's Designated Safeguarding Officer (the member of staff who leads on safeguarding) is Dr Owen Hask.",
        "Dr Owen Hask",
      ],
    ]) {
      const text = policy(sentence, "", welfare);
      expect(namesFor(text, "md", "dsl"), sentence).toContain(name);
      expect(checkText(leadMissing, text, { asOf }), sentence).toEqual([]);
    }
  });

  it("reads a deputy Safeguarding Contact as the deputy", () => {
    const text = policy(
      "Our Safeguarding Contact is Declan Fairweather (Head of Student Life).",
      "",
      "Deputy Safeguarding Contact: Lena Ostrowska, Advice Centre Manager.",
    );
    expect(namesFor(text, "md", "deputy")).toEqual(["Lena Ostrowska"]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("still reports a lead only mentioned by role, and contact lists that name no lead", () => {
    for (const people of [
      ["Speak to the Safeguarding Contact, whose details are on the noticeboard."],
      ["Safeguarding contacts outside the club: the council's children's services, 01632 960 900."],
      ["Local safeguarding contact details are on the Union's website."],
    ]) {
      const text = policy(...people);
      expect(checkText(leadMissing, text, { asOf }).length, people[0]).toBe(1);
    }
  });

  it("reads a heading or list of 'Safeguarding Contacts' as a list, whose roles say who the lead is", () => {
    const text = policy(
      "Our safeguarding contacts are:",
      "",
      "- Harriet Vance – Club Welfare Officer",
      "- Osian Pugh – Deputy Welfare Officer",
      "",
      "Safeguarding contact details for the county are on the noticeboard: Cerys Moll, 01632 960 902.",
    );
    expect(namesFor(text, "md", "dsl")).toEqual(["Harriet Vance"]);
    expect(namesFor(text, "md", "deputy")).toEqual(["Osian Pugh"]);
  });

  it("does not take a council or an outside body's safeguarding contact for the club's lead", () => {
    const text = policy(
      "The council's Safeguarding Contact for sports clubs is Martin Greave (01632 960 901).",
      "",
      "Speak to our Safeguarding Contact, whose details are on the noticeboard.",
    );
    expect(namesFor(text, "md", "dsl")).toEqual([]);
    expect(checkText(leadMissing, text, { asOf }).length).toBe(1);
  });
});
