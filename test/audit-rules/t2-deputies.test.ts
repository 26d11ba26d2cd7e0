/**
 * Deputies written the ways real policies write them, beyond "Deputy DSL: Name" (../shared/REAL-WORLD-TEXT.md
 * "The lead and the deputies"): a role that says it deputises ("(deputy to the …)", ", deputising for …",
 * "(alternate)"), a role line with a bracketed qualifier and the name on the next line with a job title, a tab
 * and a phone number, and the person to go to when the lead is away ("In her absence, contact …", "If the DSL is
 * not available, speak to …"). Each shape in two or three layouts, in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

interface Shape {
  name: string;
  text: string;
  dsl: string[];
  deputy: string[];
}

const SHAPES: Shape[] = [
  {
    name: "a role line saying 'deputy to …', the name, job title, tab and phone on the next line",
    text: [
      "# Riverside Singers — keeping young members safe",
      "",
      "## Who to talk to",
      "",
      "Group Safeguarding Officer",
      "Mrs Wilhelmina Achebe\t01632 960101\tsafe@riverside.example.org",
      "",
      "Youth Choir Welfare Officer (deputy to the Group Safeguarding Officer for the youth choir)",
      "Mr Tobias Lindqvist, Musical Director\t01632 960102",
      "",
      "Any of them will listen to a worry.",
      "",
    ].join("\n"),
    dsl: ["Mrs Wilhelmina Achebe"],
    deputy: ["Mr Tobias Lindqvist"],
  },
  {
    name: "a role with ', deputising for the …' and the name after a colon",
    text: [
      "Club Welfare Officer: Ms Harriet Vane (07700 900111)",
      "",
      "Junior Section Welfare Officer, deputising for the Club Welfare Officer: Colin Ashdown",
      "",
      "Players and parents can raise a concern with either of them.",
      "",
    ].join("\n"),
    dsl: ["Ms Harriet Vane"],
    deputy: ["Colin Ashdown"],
  },
  {
    name: "a role with '(alternate)' and the name under it",
    text: [
      "Safeguarding Lead",
      "Name: Orla Kinsella",
      "",
      "Safeguarding Lead (alternate)",
      "Name: Bartholomew Reyes",
      "",
    ].join("\n"),
    dsl: ["Orla Kinsella"],
    deputy: ["Bartholomew Reyes"],
  },
  {
    name: "'In her absence, contact …' after the lead is named",
    text: [
      "Our Designated Safeguarding Lead is Mrs Gwendolyn Price, the Nursery Manager. In her absence, contact",
      "Tom Baines (Room Leader) on 01632 960 555.",
      "",
    ].join("\n"),
    dsl: ["Mrs Gwendolyn Price"],
    deputy: ["Tom Baines"],
  },
  {
    name: "'If the DSL is not available, speak to …'",
    text: [
      "The DSL is Rahim Chowdhury, Head of Centre.",
      "",
      "If the DSL is not available, staff should speak to Mrs Aisha Karim, Family Support Worker, straight away.",
      "",
    ].join("\n"),
    dsl: ["Rahim Chowdhury"],
    deputy: ["Mrs Aisha Karim"],
  },
  {
    name: "'In the absence of the Welfare Officer: …' as a label",
    text: ["Welfare Officer: Petra Novak", "In the absence of the Welfare Officer: Declan Furlong", ""].join(
      "\n",
    ),
    dsl: ["Petra Novak"],
    deputy: ["Declan Furlong"],
  },
  {
    name: "names in brackets straight after the role ('The DSL (Mrs Hana Sato) and her deputy (Mr Tom Ure)')",
    text: [
      "The DSL (Mrs Hana Sato) and her deputy (Mr Tom Ure) read every concern the day it is written down.",
      "",
    ].join("\n"),
    dsl: ["Mrs Hana Sato"],
    deputy: ["Mr Tom Ure"],
  },
  {
    name: "a lead and a deputy on one line with spaced dashes ('Safeguarding Lead - …; Deputy - …')",
    text: "Safeguarding Lead - Tania Brook; Deputy - Omar Sheikh\n",
    dsl: ["Tania Brook"],
    deputy: ["Omar Sheikh"],
  },
];

describe("deputies written as deputising roles and absence cover", () => {
  for (const format of ["md", "pdf"] as const) {
    for (const shape of SHAPES) {
      it(`${shape.name} (${format})`, () => {
        expect(namesFor(shape.text, format, "dsl")).toEqual(shape.dsl);
        expect(namesFor(shape.text, format, "deputy")).toEqual(shape.deputy);
        expect(checkText(leadMissing, shape.text, { asOf, format })).toEqual([]);
        expect(checkText(deputyMissing, shape.text, { asOf, format })).toEqual([]);
      });
    }
  }
});

describe("what does not name a deputy", () => {
  for (const format of ["md", "pdf"] as const) {
    it(`the absent person is not a lead ('If your key person is away, speak to …') (${format})`, () => {
      const text = [
        "Designated Safeguarding Lead: Ms Leona Hart",
        "",
        "If your child's key person is away, speak to Ruth Ambler at the door.",
        "",
      ].join("\n");
      expect(namesFor(text, format, "deputy")).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format })).toHaveLength(1);
    });

    it(`'in her absence' with no lead before it, and absence cover given only by role (${format})`, () => {
      const text = [
        "The cook plans the menus with Mrs Ida Flint. In her absence, ask Jack Moreno.",
        "",
        "Designated Safeguarding Lead: Ms Leona Hart",
        "",
        "If the DSL is unavailable, contact the Deputy Manager straight away.",
        "",
      ].join("\n");
      expect(namesFor(text, format, "deputy")).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format })).toHaveLength(1);
    });

    it(`a deputy left as 'Mr/Mrs ……' in a half-filled template is not named (${format})`, () => {
      const text = [
        "Club Welfare Officer: Mrs Nadia Orwell",
        "",
        "If the Club Welfare Officer is not available, tell the Deputy Junior Welfare Officer, Mr/Mrs \\.\\.\\.\\.\\.\\.,",
        "or the County FA Designated Safeguarding Officer.",
        "",
        "Deputy Youth Welfare Officer: Mr/Ms ________",
        "",
      ].join("\n");
      expect(namesFor(text, format, "deputy")).toEqual([]);
      const found = checkText(deputyMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(
        /^The deputy designated safeguarding lead is not named: "Mr\/Mrs \.{6}" stands where/,
      );
    });

    it(`a place in brackets after the role is not a name (${format})`, () => {
      const text = "Safeguarding Lead (Orchard Row) – see the list of sites at the back.\n";
      expect(namesFor(text, format, "dsl")).toEqual([]);
    });

    it(`a lead whose job title starts with "Deputy" is the lead, not a deputy (${format})`, () => {
      const text = "Designated Safeguarding Lead – Deputy Headteacher, Mr Ivo Brennan\n";
      expect(namesFor(text, format, "dsl")).toEqual(["Mr Ivo Brennan"]);
      expect(namesFor(text, format, "deputy")).toEqual([]);
    });

    it(`a role inside another role's brackets is not a label for the next line (${format})`, () => {
      const text = [
        "Choir Welfare Officer (deputy to the Parish Safeguarding Officer for all choir matters)",
        "Name: Mr Anselm Doyle, Organist",
        "",
      ].join("\n");
      // Mr Doyle is the deputy only: the Parish Safeguarding Officer in the brackets is not named here.
      expect(namesFor(text, format, "deputy")).toEqual(["Mr Anselm Doyle"]);
      expect(namesFor(text, format, "dsl")).toEqual([]);
      const second = [
        "Match Day Safeguarding Officer (second contact, after the Club Welfare Officer, on match days)",
        "Name: Ms Priya Venkataraman",
        "",
      ].join("\n");
      expect(namesFor(second, format, "deputy")).toEqual(["Ms Priya Venkataraman"]);
      expect(namesFor(second, format, "dsl")).toEqual([]);
      const short = second.replace("Match Day Safeguarding Officer", "Safeguarding Officer");
      expect(namesFor(short, format, "deputy")).toEqual(["Ms Priya Venkataraman"]);
      expect(namesFor(short, format, "dsl")).toEqual([]);
    });
  }
});
