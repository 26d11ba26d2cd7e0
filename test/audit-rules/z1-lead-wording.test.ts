/**
 * The families of wording real policies use for the lead and the deputy beyond "Designated Safeguarding Lead"
 * (../shared/REAL-WORLD-TEXT.md "The lead and the deputies"): a "Nominated Person", a "Safeguarding Manager",
 * a "Designated Senior Person (DSP) for Safeguarding", "the person who leads on safeguarding at …", a "Child
 * Welfare Officer"; a deputy called the "second contact" or "back-up contact"; and the name in a sentence
 * before or after the role. Each is read as Markdown and as the plain text a PDF gives (lines joined). Written
 * in our own words; every name and place is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

interface Wording {
  name: string;
  text: string;
  dsl: string[];
  deputy: string[];
}

const WORDINGS: Wording[] = [
  {
    name: "a Nominated Person and a second contact, each named on the line under its label",
    text: `# Safeguarding at Brynmawr Chapel Sunday School

## Whom to tell

The Nominated Person for safeguarding at the Sunday School is:

Rev Alun Prothero (Minister) – 07700 900 411

If Alun cannot be reached, the second contact is:

Mrs Delyth Roberts (Sunday School Superintendent) – 07700 900 412

Tell one of them the same day.
`,
    dsl: ["Rev Alun Prothero"],
    deputy: ["Mrs Delyth Roberts"],
  },
  {
    name: "a nominated person label with a back-up contact straight under it",
    text: `# Keeping children safe at Harefield Tamil School

Our nominated safeguarding person: Mr Senthil Rajan
Back-up contact: Mrs Kavitha Murugan

Classes meet on Saturday mornings in the community hall.
`,
    dsl: ["Mr Senthil Rajan"],
    deputy: ["Mrs Kavitha Murugan"],
  },
  {
    name: "a back-up contact named in a sentence well below the lead",
    text: `# Penrose Lane Toddler Group

Child Protection Officer: Mr Dafydd Rhys-Evans, Group Organiser.

Parents stay with their children at every session, and helpers sign in at the door.

Refreshments are served at half past ten; please tell us about any allergies.

When Dafydd is away, our back-up contact is Mrs Sioned Parry (07700 900 661).
`,
    dsl: ["Mr Dafydd Rhys-Evans"],
    deputy: ["Mrs Sioned Parry"],
  },
  {
    name: "a Safeguarding Manager and deputy named in wrapped sentences",
    text: `# Little Acre Farm Nursery: Safeguarding

**Who leads on safeguarding**

The person who leads on safeguarding at Little Acre is our Safeguarding
Manager, Harriet Oduya (Owner), 01632 960 610. When Harriet is away
the Deputy Safeguarding Manager, Priyesh Lal (Room Leader,
01632 960 611), takes her place.
`,
    dsl: ["Harriet Oduya"],
    deputy: ["Priyesh Lal"],
  },
  {
    name: "a Designated Senior Person (DSP) for Safeguarding with the name run on after the label",
    text: `# Fernhill Sixth Form College: Safeguarding Policy

**Designated Senior Person (DSP) for Safeguarding** Dr Wen Hollis, Vice Principal, 01632 960 720

**Deputy Designated Senior Person** Mr Rhys Caddick, Student Services Manager, 01632 960 721

The DSP reports to the governing body each term.
`,
    dsl: ["Dr Wen Hollis"],
    deputy: ["Mr Rhys Caddick"],
  },
  {
    name: "the lead and deputy as 'our … is our <job title>, <name>'",
    text: `# 5th Ashcombe Brownies: Safeguarding

Our pack's safeguarding lead is our Brown Owl, Ffion Talbot (07700 900 531).
Our deputy safeguarding lead is the Assistant Leader, Kofi Mensah (07700 900 532).
`,
    dsl: ["Ffion Talbot"],
    deputy: ["Kofi Mensah"],
  },
  {
    name: "'the person who leads on … at <place> is <name>', and a job title then the name after 'is our'",
    text: `# Kestrel Court Out of School Club

The person who leads on child protection at Kestrel Court is Mrs Abena Quarshie (Club Manager).
Our deputy welfare officer is our Head Coach, Eilidh Brannagh.
`,
    dsl: ["Mrs Abena Quarshie"],
    deputy: ["Eilidh Brannagh"],
  },
  {
    name: "the name before the role ('X is our Child Welfare Officer') and 'contact X, our …'",
    text: `# Meadowbank Juniors Cricket Club: Safeguarding

Marek Dvorak is our Child Welfare Officer and can be reached on 07700 900 551.

If Marek is away, contact Yasmin Okoro, our deputy welfare officer, on 07700 900 552.
`,
    dsl: ["Marek Dvorak"],
    deputy: ["Yasmin Okoro"],
  },
];

describe("the lead and the deputy in other words", () => {
  for (const format of ["md", "pdf"] as const) {
    for (const wording of WORDINGS) {
      it(`${wording.name} (${format})`, () => {
        expect(namesFor(wording.text, format, "dsl")).toEqual(wording.dsl);
        expect(namesFor(wording.text, format, "deputy")).toEqual(wording.deputy);
        expect(checkText(leadMissing, wording.text, { asOf, format })).toEqual([]);
        expect(checkText(deputyMissing, wording.text, { asOf, format })).toEqual([]);
      });
    }
  }
});

describe("people who are not the setting's lead or deputy", () => {
  for (const format of ["md", "pdf"] as const) {
    it(`a trust's Head of Safeguarding, a Safeguarding Trustee and a commissioner are not the lead (${format})`, () => {
      const text = `# Oakvale Scouts: Safeguarding

The Trust's Head of Safeguarding, Mr Ian Fell, audits this policy every year. Our Safeguarding Trustee,
Dr Rosa Quint, reports to the board. The District Commissioner, Mrs Jean Abara, is told of every concern.

Tell the designated safeguarding lead about any worry the same day.
`;
      expect(namesFor(text, format, "dsl")).toEqual([]);
      const found = checkText(leadMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(/mentions the designated safeguarding lead but never says who/);
    });

    it(`the council's safeguarding manager is a contact outside the setting (${format})`, () => {
      const text = `# Rowan Tree Playgroup

Concerns about a member of staff go to the council's safeguarding manager, Mr Tariq Hollins, on 01632 960 800.
`;
      expect(namesFor(text, format, "dsl")).toEqual([]);
    });

    it(`a role with the outside body named after it is that body's, not the setting's (${format})`, () => {
      const text = `# Dovecote Pre-school

The safeguarding manager at the local authority, Mr Jim Pratt, chairs the case panel.
The Safeguarding Officer for the Diocese, Canon Ruth Amesbury, gives advice to parishes.
`;
      expect(namesFor(text, format, "dsl")).toEqual([]);
      expect(checkText(leadMissing, text, { asOf, format })).toHaveLength(1);
    });

    it(`a child's second contact on a registration form is not a deputy (${format})`, () => {
      const text = `# Registration form

Emergency contacts

First contact: Ana Bello (mother)

Second contact: Segun Bello (father)

Second contact number: 07700 900 999
`;
      expect(analyse(toDocument(text, format)).leads).toEqual([]);
    });

    it(`a second contact number for the lead is not a deputy (${format})`, () => {
      const text = `# Safeguarding

Designated Safeguarding Lead: Nell Fairburn, Manager. Second contact number for safeguarding: 07700 900 321.
`;
      expect(analyse(toDocument(text, format)).leads.filter((m) => m.role === "deputy")).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format })).toHaveLength(1);
    });
  }
});

describe("precision first: a role in a sentence that names a person", () => {
  for (const format of ["md", "pdf"] as const) {
    for (const sentence of [
      "Anyone with a worry goes to the designated safeguarding lead – at present that is Mrs Ada Kwarteng.",
      "The designated safeguarding lead (currently held by Mr Tobias Renfrew since 2024) keeps the records.",
      "Worries go to the safeguarding lead; this year the post is held by Dr Imani Serwaa.",
    ]) {
      it(`is not reported as a missing lead: ${sentence.slice(0, 50)}… (${format})`, () => {
        const text = `# Larkspur Holiday Club\n\n${sentence}\n`;
        expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      });
    }

    it(`a person in another sentence does not name the lead (${format})`, () => {
      const text =
        "# Larkspur Holiday Club\n\nTell the designated safeguarding lead. Mrs Ada Kwarteng runs the kitchen.\n";
      const found = checkText(leadMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(/never says who/);
    });
  }
});

describe("a contents list's leader dots are not a blank for a name", () => {
  for (const format of ["md", "pdf"] as const) {
    it(`'3.2 Deputy safeguarding leads..........5' is a contents entry; a form's dotted blank is a placeholder (${format})`, () => {
      const contents =
        "# Thistle Lane Youth Project\n\n3.1 The designated safeguarding lead..........4 3.2 Deputy designated safeguarding leads..........5 3.3 All volunteers..........6\n\nDesignated Safeguarding Lead: Morag Keddie, Youth Worker.\n";
      const deputies = analyse(toDocument(contents, format)).leads.filter((m) => m.role === "deputy");
      expect(deputies.length).toBeGreaterThan(0);
      expect(deputies.map((m) => m.placeholder)).toEqual(deputies.map(() => undefined));
      const form =
        "# Thistle Lane Youth Project\n\nDesignated Safeguarding Lead: Morag Keddie, Youth Worker.\n\nDeputy DSL: ....................\n";
      const found = checkText(deputyMissing, form, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain("stands where the name should be");
    });
  }
});
