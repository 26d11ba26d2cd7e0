/**
 * The lead and deputies in every layout real policies use (../shared/REAL-WORLD-TEXT.md "The lead and the
 * deputies"), each as a whole Markdown document and as the plain text a PDF gives (test/fixtures/leads/).
 * Written in our own words; every name is invented.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadContactMissing } from "../../src/audit/rules/lead-contact-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText, excerpts, namesFor, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leads/${name}`, import.meta.url), "utf8");

interface Layout {
  file: string;
  dsl: string[];
  deputy: string[];
}

/** What a careful reader takes from each fixture: who the lead is, who the deputies are. */
const LAYOUTS: Layout[] = [
  { file: "role-colon", dsl: ["Mrs R. Okafor"], deputy: ["Mr. T O'Neill"] },
  { file: "name-dash-role", dsl: ["Tomasz Nowak"], deputy: ["Bethan Lloyd-Evans"] },
  { file: "name-title-and-dsl", dsl: ["Ellen Price"], deputy: ["Farid Khan"] },
  { file: "no-separator", dsl: ["Hannah Birch"], deputy: ["Ravi Chandran"] },
  { file: "phone-after", dsl: ["Owen Pryce"], deputy: ["Nia Roberts"] },
  { file: "role-heading-name-below", dsl: ["Sam Keller"], deputy: ["Dr Ines Lacroix-Bauer"] },
  { file: "table", dsl: ["Priya Mistry-Lowe"], deputy: ["Kwame Osei-Bonsu"] },
  { file: "person-who-leads", dsl: ["Carys Bell"], deputy: ["Leon Ashby", "Maya Corrigan"] },
  { file: "name-job-email", dsl: ["Mia Tran"], deputy: ["Gareth Oyelaran"] },
  { file: "referred-below", dsl: ["Jo Ferris"], deputy: ["Mr Dev Anand"] },
  { file: "change-history", dsl: ["Bea Moss"], deputy: ["Colm Doherty", "Sunita Rao"] },
];

describe("the lead and deputies in every layout", () => {
  for (const format of ["md", "pdf"] as const) {
    for (const layout of LAYOUTS) {
      it(`${layout.file} (${format})`, () => {
        const text = fixture(`${layout.file}.${format === "md" ? "md" : "pdf.txt"}`);
        expect(namesFor(text, format, "dsl")).toEqual(layout.dsl);
        expect(namesFor(text, format, "deputy")).toEqual(layout.deputy);
        expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      });
    }
  }
});

describe("who is not named", () => {
  for (const format of ["md", "pdf"] as const) {
    const file = (name: string) => fixture(`${name}.${format === "md" ? "md" : "pdf.txt"}`);

    it(`a lead only mentioned generically is missing (${format})`, () => {
      const text = file("generic-only");
      const found = checkText(leadMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(/mentions the designated safeguarding lead but never says who/);
      expect(checkText(deputyMissing, text, { asOf, format })).toHaveLength(1);
    });

    it(`the LADO ("Designated Officer") is not the lead (${format})`, () => {
      const text = file("lado-only");
      expect(analyse(toDocument(text, format)).leads).toEqual([]);
      const found = checkText(leadMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(/does not name a designated safeguarding lead/);
    });

    it(`a placeholder holding the role words is reported as one (${format})`, () => {
      const text = "If you are worried about a child, tell [insert DSL name] the same day.\n";
      const found = checkText(leadMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain('"[insert DSL name]" stands where the name should be');
    });

    it(`a placeholder where the name should be is reported as one (${format})`, () => {
      const text = file("placeholder");
      const found = checkText(leadMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain('"[insert DSL name]" stands where the name should be');
    });
  }
});

describe("a childminder's own policy", () => {
  for (const format of ["md", "pdf"] as const) {
    it(`the author is the lead and has no deputy to name (${format})`, () => {
      const text = fixture(`childminder.${format === "md" ? "md" : "pdf.txt"}`);
      const leads = analyse(toDocument(text, format)).leads;
      expect(leads.some((m) => m.author && m.role === "dsl")).toBe(true);
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });
  }

  it("still reports a blank left for a deputy", () => {
    const text = "I am the designated safeguarding lead for my setting.\n\nDeputy DSL: [insert name]\n";
    const found = checkText(deputyMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('"[insert name]" stands where the name should be');
  });
});

describe("a safeguarding team heading", () => {
  it("names its people as leads, and two of them cover for each other", () => {
    const text = fixture("team-heading.md");
    const team = analyse(toDocument(text)).leads.filter((m) => m.team);
    expect(team.map((m) => m.names)).toEqual([["Amira Haddad", "Joel Brandt"]]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
    const pdf = fixture("team-heading.pdf.txt");
    expect(checkText(leadMissing, pdf, { asOf, format: "pdf" })).toEqual([]);
  });
});

describe("a change history", () => {
  it("takes the later holder as the lead and keeps the earlier one as former", () => {
    const text = fixture("change-history.md");
    const changed = findLeadMentions(text).find((m) => m.former);
    expect(changed).toMatchObject({ role: "dsl", name: "Bea Moss", former: "Ann Lee" });
  });
});

describe("names in the lines policies write", () => {
  const cases: Array<[string, string | undefined]> = [
    ["Designated Safeguarding Lead: Mrs S. Patel", "Mrs S. Patel"],
    ["The Designated Safeguarding Lead is the Headteacher, Mrs Okafor.", "Mrs Okafor"],
    ["Child Protection Officer – Siobhán Ní Bhriain", "Siobhán Ní Bhriain"],
    ["Named Person: Femke van Dijk", "Femke van Dijk"],
    ["Lead Safeguarding Practitioner: Zofia Wiśniewska", "Zofia Wiśniewska"],
    ["Club Safeguarding Officer – April Jones", "April Jones"],
    ["Designated Person: Will Hartley", "Will Hartley"],
    ["| Designated Safeguarding Lead | Ruth Adeyemi | 01632 960 100 |", "Ruth Adeyemi"],
    [
      "The Named Person for safeguarding in our parish is Mrs Edith Carrow, 01632 960 200.",
      "Mrs Edith Carrow",
    ],
    ["Deputy Child Protection Representative: Petty Officer (SCC) Marcus Trent", "Marcus Trent"],
    ["If Rhona is away, speak to our deputy, Shona Pattison (07700 900 981).", "Shona Pattison"],
    ["Our deputy is Pastor Samuel Osei.", "Pastor Samuel Osei"],
    ["**Deputy Parish Safeguarding Officer:** Revd Canon Ruth Okonjo, Vicar", "Revd Canon Ruth Okonjo"],
    ["Safeguarding Lead for our troops: Ciaran Mallory (Scout Leader), 07700 900 615", "Ciaran Mallory"],
    ["| Safeguarding Champion (club safeguarding lead) | Declan Marr | 07700 900 743 |", "Declan Marr"],
    ["Hester Vane (Safeguarding Champion)", "Hester Vane"],
    ["DESIGNATED SAFEGUARDING LEAD: MAIREAD QUILLAN", "MAIREAD QUILLAN"],
    ["Please speak to Carys Bell, our Designated Safeguarding Lead, if you are worried.", "Carys Bell"],
    ["I, Lowri Pennant, am the designated lead for safeguarding.", "Lowri Pennant"],
    ["Designated Safeguarding Lead ……………… Tegan Marlow", "Tegan Marlow"],
    ["Designated Safeguarding Lead: [Wren Ashcombe](mailto:w.ashcombe@example.org)", "Wren Ashcombe"],
    ["Deputy DSL: Mr Fionn O\\'Dowd (Deputy Head)", "Mr Fionn O'Dowd"],
    ["The DSL is Mrs A Patel (Headteacher).", "Mrs A Patel"],
    ["The Club Welfare Officer (CWO) is Tina Bright.", "Tina Bright"],
    ["The Safeguarding Officer (SGO) is Lyle Varden.", "Lyle Varden"],
    // Words that look like a name and are not.
    ["The DSL. A Child Protection Plan follows.", undefined],
    ["THE DSL WILL ENSURE THAT RECORDS ARE KEPT", undefined],
    ["DSL: NURSERY MANAGER", undefined],
    ["Designated Safeguarding Lead: Nursery Manager", undefined],
    ["The DSL will Contact Children's Social Care.", undefined],
    ["Tell the DSL, who will ring Hollowmere Borough Council.", undefined],
    ["The DSL must inform Ofsted within 14 days.", undefined],
    ["What The DSL Will Do", undefined],
    ["Designated Safeguarding Lead: March 2025", undefined],
    ["The Designated Safeguarding Lead Will Decide What Happens Next", undefined],
    // A PDF joined the name to the next sentence.
    ["Designated Safeguarding Lead Ravi Chandran Visitors sign in at the office.", "Ravi Chandran"],
  ];
  for (const [line, name] of cases) {
    it(line, () => {
      const named = findLeadMentions(line).find((m) => m.name);
      expect(named?.name).toBe(name);
    });
  }
});

describe("roles that are not the setting's lead", () => {
  it('"Deputy Manager" after a name is a job title, and a bare "deputy" with no name is no mention', () => {
    expect(findLeadMentions("- Opal Reyes, Deputy Manager")).toEqual([]);
    const text = "Report it to the coach in charge, deputy, or head coach.";
    expect(findLeadMentions(text).filter((m) => m.role === "deputy")).toEqual([]);
  });

  for (const line of [
    "Contact the Designated Officer: Marcus Whitfield",
    "The designated teacher for looked-after children is Alan Pike.",
    "Diocesan Safeguarding Officer: Helen Marsh",
    "County Welfare Officer – Dean Forbes",
    "Our designated governor, Pat Reilly, reads the policy each year.",
  ]) {
    it(line, () => {
      expect(findLeadMentions(line).filter((m) => m.role === "dsl")).toEqual([]);
    });
  }
});

describe("lead-contact-missing in a policy", () => {
  for (const format of ["md", "pdf"] as const) {
    // Every layout fixture gives a way to reach each person, or a role address, somewhere.
    for (const file of [
      "role-heading-name-below",
      "table",
      "phone-after",
      "referred-below",
      "name-job-email",
    ]) {
      it(`finds the contact details in ${file} (${format})`, () => {
        const text = fixture(`${file}.${format === "md" ? "md" : "pdf.txt"}`);
        expect(checkText(leadContactMissing, text, { options: { documents: true }, asOf, format })).toEqual(
          [],
        );
      });
    }
  }

  it("reads contacts on the next line, in a table row and in a contacts appendix", () => {
    const text = fixture("contacts-appendix.md");
    expect(checkText(leadContactMissing, text, { options: { documents: true }, asOf })).toEqual([]);
    const pdf = fixture("contacts-appendix.pdf.txt");
    expect(checkText(leadContactMissing, pdf, { options: { documents: true }, asOf, format: "pdf" })).toEqual(
      [],
    );
  });

  it("checks policy documents only when the option documents: true is set", () => {
    const text = fixture("no-contacts.md");
    expect(checkText(leadContactMissing, text, { asOf })).toEqual([]);
    expect(checkText(leadContactMissing, text, { options: { documents: true }, asOf })).toHaveLength(2);
  });

  it("reports a named lead nobody can reach, once per person, at the name", () => {
    const text = fixture("no-contacts.md");
    const found = checkText(leadContactMissing, text, { options: { documents: true }, asOf });
    expect(excerpts(found, text)).toEqual(["Rhian Powell", "Idris Mensah"]);
    expect(found[0].message).toBe(
      "Rhian Powell (designated safeguarding lead) is named, but the policy gives no phone number or email address to reach them — add a phone number or email next to their name so staff, parents and other agencies can reach them quickly",
    );
  });

  it("reads a contact a few lines under the name", () => {
    const text =
      "## Club Welfare Officer\n\nName: Sam Keller\nRole at the club: Head Coach\nPhone: 07700 900 456\n\nSpeak to the welfare officer about any worry.\n";
    expect(checkText(leadContactMissing, text, { options: { documents: true }, asOf })).toEqual([]);
  });

  it("takes an address for the role as a way to reach the lead", () => {
    const text =
      "Club Welfare Officer: Rhian Powell\n\nCoaches pass on every worry the same day.\n\nNo coach is ever alone with a junior member.\n\nParents are welcome to watch every session.\n\nWrite to welfare@greystone-judo.example.org at any time.\n";
    expect(checkText(leadContactMissing, text, { options: { documents: true }, asOf })).toEqual([]);
  });

  it("leaves a childminder's own policy alone", () => {
    expect(
      checkText(leadContactMissing, fixture("childminder.md"), { options: { documents: true }, asOf }),
    ).toEqual([]);
  });
});

describe("first names and joined lines", () => {
  it("finds the full names of people a policy then calls by first name", () => {
    const text = fixture("first-names.pdf.txt");
    expect(namesFor(text, "pdf", "dsl")).toEqual(["Amira Haddad"]);
    expect(namesFor(text, "pdf", "deputy")).toEqual(["Joel Fenwick", "Sadia Rahman"]);
    expect(checkText(leadMissing, text, { asOf, format: "pdf" })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "pdf" })).toEqual([]);
  });

  it("does not take a heading's \"and deputy\" as the next line's prefix", () => {
    const text =
      "Designated Safeguarding Lead and deputy\nDesignated Safeguarding Lead: Lorna Pike, Manager\n";
    expect(namesFor(text, "pdf", "dsl")).toEqual(["Lorna Pike"]);
    expect(namesFor(text, "pdf", "deputy")).toEqual([]);
  });
});

describe("paragraphs wrapped over lines, and tables a PDF flattened", () => {
  it("reads a role and a name split over a Markdown paragraph's lines", () => {
    const text = fixture("wrapped-paragraphs.md");
    expect(namesFor(text, "md", "dsl")).toEqual(["Imogen Tasker", "Olamide Ferraz"]);
    expect(namesFor(text, "md", "deputy")).toEqual(["Rufus Penhaligon"]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(leadContactMissing, text, { options: { documents: true }, asOf })).toEqual([]);
  });

  it("takes the first row's people for column headings a PDF ran together", () => {
    const text = fixture("column-headings.pdf.txt");
    expect(namesFor(text, "pdf", "dsl")).toEqual(["Hollis Brant"]);
    expect(namesFor(text, "pdf", "deputy")).toEqual(["Tamsin Oakes"]);
    expect(checkText(leadMissing, text, { asOf, format: "pdf" })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "pdf" })).toEqual([]);
    expect(
      checkText(leadContactMissing, text, { options: { documents: true }, asOf, format: "pdf" }),
    ).toEqual([]);
  });
});

describe("several names with their job titles", () => {
  it("reads each name past the bracket after the one before", () => {
    const [mention] = findLeadMentions("Our DSLs are Anouk Berger (Head) and Tariq Osman (Deputy Head).");
    expect(mention.names).toEqual(["Anouk Berger", "Tariq Osman"]);
  });

  it("reports blank leaders as a placeholder", () => {
    const [mention] = findLeadMentions("Designated Safeguarding Lead ………………");
    expect(mention.name).toBeUndefined();
    expect(mention.placeholder).toBe("………………");
  });
});

describe("deputies", () => {
  for (const line of [
    "**Deputy Parish Safeguarding Officer:** Revd Canon Ruth Okonjo, Vicar",
    "Deputy Club Welfare Officer – Ellis Varga",
    "Alternate: Noor Sadeghi",
    "Deputy DSL: Priyanka Rao-Whitfield",
    "- Tomos Gwilt, deputy – 07700 900 741",
    "| Assistant Safeguarding Champion (deputy) | Ffion Adair | 07700 900 742 |",
  ]) {
    it(line, () => {
      expect(findLeadMentions(line).map((m) => [m.role, m.name])).toContainEqual([
        "deputy",
        expect.any(String),
      ]);
      expect(findLeadMentions(line).filter((m) => m.role === "dsl" && m.name)).toEqual([]);
    });
  }
});
