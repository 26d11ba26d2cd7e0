/**
 * Training, per person (issue 11): lines under a person's name belong to that person until the next name, one
 * finding per person and course, rules about training are not records. Fixtures in test/fixtures/training/
 * (invented names, our own words) in the layouts of REAL-WORLD-TEXT.md "Training lines": as Markdown, and as
 * the plain text a PDF gives (bullets as "•", a course broken before its date, a page footer).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/training/${name}`, import.meta.url)), "utf8");
const asOf = "2026-12-01";
const trainingRules = [trainingStale, trainingUndated, trainingMissing];

describe("lines under a person's name", () => {
  for (const [name, format] of [
    ["person-blocks.md", "md"],
    ["person-blocks.txt", "txt"],
  ] as const) {
    const text = fixture(name);
    it(`belong to that person until the next name (${format})`, () => {
      const stale = checkText(trainingStale, text, { asOf, format });
      expect(excerpts(stale, text).map((e) => e.replace(/\s+/g, " "))).toEqual([
        "Child Protection Awareness and Responding to Concerns. November 2018",
        "Level 3 DSL training (Hollowmere SCP) 12/03/2022",
      ]);
      // Dana's two child protection courses are one course: the most recent counts, and only once.
      expect(stale.map((f) => f.message)).toEqual([
        "Dana Whitlow's most recent Child Protection Awareness and Responding to Concerns training is November 2018 — it lapsed at the end of November 2021 (it is valid for 3 years); book a refresher and record the new date",
        "Marcus Fenwick's most recent Level 3 DSL training (Hollowmere SCP) is dated 12 March 2022 — it lapsed on 12 March 2024 (it is valid for 2 years); book a refresher and record the new date",
      ]);
      const undated = checkText(trainingUndated, text, { asOf, format });
      expect(excerpts(undated, text)).toEqual([
        "Designated Lead training – date",
        "Prevent awareness – No date recorded",
      ]);
      expect(undated.map((f) => f.message)).toEqual([
        "Dana Whitlow's Designated Lead training is listed without a date — write the date it was completed (day, month and year)",
        "Marcus Fenwick's Prevent awareness training is listed without a date — write the date it was completed (day, month and year)",
      ]);
      // "No date recorded" is undated, not missing; both leads have training.
      expect(checkText(trainingMissing, text, { asOf, format })).toEqual([]);
    });
  }

  it("start at a heading with the name, and end at the next person's line", () => {
    const text = [
      "### Dana Whitlow (Designated Safeguarding Lead)",
      "",
      "- Designated lead training: 3 March 2022",
      "",
      "### Ravi Sandhu",
      "",
      "- Child protection refresher – 1 June 2020",
      "",
      "Ellen Price, Nursery Manager and DSL",
      "- Safeguarding Level 3 course – 20 January 2021",
      "Amira Haddad: Head of Nursery",
      "- Safer recruitment training – 2 May 2019",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(found.map((f) => f.message.replace(/ is .*/, ""))).toEqual([
      "Dana Whitlow's most recent Designated lead training",
      "Ravi Sandhu's most recent Child protection refresher",
      "Ellen Price's most recent Safeguarding Level 3 course",
      "Amira Haddad's most recent Safer recruitment training",
    ]);
  });
});

describe("rules about training", () => {
  it("are not records: no finding at all", () => {
    const text = fixture("rules-only.md");
    for (const rule of trainingRules) expect(checkText(rule, text, { asOf }), rule.meta.id).toEqual([]);
  });
});

describe("one finding per person and course", () => {
  const text = fixture("table-and-body.md");

  it("when a table and the body list the same record, and never two people's records together", () => {
    const found = checkText(trainingStale, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([
      "Tomasz Nowak's most recent Designated lead training is October 2019 — it lapsed at the end of October 2021 (it is valid for 2 years); book a refresher and record the new date",
      "Bethan Lloyd-Hughes's most recent Safeguarding Children workshop (FA) is June 2020 — it lapsed at the end of June 2023 (it is valid for 3 years); book a refresher and record the new date",
    ]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("for undated training too", () => {
    const undated = [
      "Designated Safeguarding Lead: Dana Whitlow",
      "- Designated Lead training – date",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Dana Whitlow | DSL training | No date recorded |",
      "| Marcus Fenwick | DSL training | No date recorded |",
    ].join("\n");
    expect(
      checkText(trainingUndated, undated, { asOf }).map((f) => f.message.replace(/ is listed.*/, "")),
    ).toEqual(["Dana Whitlow's Designated Lead training", "Marcus Fenwick's DSL training"]);
  });
});

describe("the as-of date", () => {
  const stale = (line: string) =>
    checkText(trainingStale, `Designated Safeguarding Lead: Dana Whitlow\n- ${line}\n`, { asOf });

  it("a course that lapses the day after as-of is current; the day before, stale", () => {
    expect(stale("Level 3 DSL training – 2 December 2024")).toEqual([]);
    expect(stale("Level 3 DSL training – 1 December 2024")).toEqual([]);
    expect(stale("Level 3 DSL training – 30 November 2024")).toHaveLength(1);
  });

  it("counts a month or a year from its end, and says so", () => {
    expect(stale("Level 3 DSL training – December 2024")).toEqual([]);
    expect(stale("Level 3 DSL training – November 2024")[0]?.message).toBe(
      "Dana Whitlow's most recent Level 3 DSL training is November 2024 — it lapsed at the end of November 2026 (it is valid for 2 years); book a refresher and record the new date",
    );
    expect(stale("Child Protection Basic Awareness training 2017")[0]?.message).toMatch(
      /^Dana Whitlow's most recent Child Protection Basic Awareness training is 2017 — it lapsed at the end of 2020/,
    );
    expect(stale("Child Protection Basic Awareness training 2024")).toEqual([]);
    // A year that belongs to a title is not a date.
    expect(stale("Working Together to Safeguard Children 2018 training")).toEqual([]);
  });
});

describe("training-missing", () => {
  it("is quiet when a policy records nobody's training", () => {
    const text = [
      "Designated Safeguarding Lead: Dana Whitlow",
      "Deputy Designated Safeguarding Lead: Marcus Fenwick",
      "",
      "All staff complete safeguarding training at induction.",
      "Whole-staff safeguarding training was last held on 4 September 2025.",
    ].join("\n");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("reports a named lead when the policy lists other people's training and none for them", () => {
    const text = [
      "Designated Safeguarding Lead: Dana Whitlow",
      "Deputy Designated Safeguarding Lead: Marcus Fenwick",
      "",
      "## Training",
      "",
      "Dana Whitlow",
      "· Level 3 DSL training 12/03/2026",
    ].join("\n");
    const found = checkText(trainingMissing, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Marcus Fenwick"]);
    expect(found[0].message).toBe(
      "The policy lists safeguarding training for other people, but none for Marcus Fenwick (deputy designated safeguarding lead) — add their courses with the dates they were completed",
    );
  });
});

describe("what ends a person's block", () => {
  const text = fixture("block-ends.txt");

  it("a heading in plain text after a phone line, and a line about other people's training", () => {
    // "Safeguarding training" is a heading, not Ciaran Boyle's course; "(add training and dates here)" is a
    // placeholder for other staff (placeholder-text reports it), not Ellen Price's training.
    expect(excerpts(checkText(trainingUndated, text, { asOf, format: "txt" }), text)).toEqual([
      "Designated Lead training – date",
    ]);
    expect(excerpts(checkText(trainingMissing, text, { asOf, format: "txt" }), text)).toEqual([
      "Ciaran Boyle",
    ]);
  });

  it("a sentence, even one with a phone number in it", () => {
    const sentence = [
      "Deputy Designated Safeguarding Lead: Ciaran Boyle",
      "You can reach both of them at the pre-school on 01632 960 930 while it is open.",
      "Prevent awareness – date",
    ].join("\n");
    expect(checkText(trainingUndated, sentence, { asOf }).map((f) => f.message)).toEqual([
      "Prevent awareness training is listed without a date — write the date it was completed (day, month and year)",
    ]);
  });
});

describe("training in running text", () => {
  it("each sentence that records a course is a record; a sentence that sets a rule is not", () => {
    const text = [
      "## My training",
      "",
      "I am the designated safeguarding lead for my home setting and I work on my own. I completed my designated lead training in June, 2019, through the local partnership. I also completed a paediatric first aid course in March 2025 and renew it every three years.",
      "",
      "Everyone who helps me with the children completes safeguarding training before they start, and repeats it every three years.",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "I completed my designated lead training in June, 2019, through the local partnership.",
    ]);
    expect(found[0].message).toBe(
      "Designated lead training is dated June 2019 — it lapsed at the end of June 2021 (it is valid for 2 years); book a refresher and record the new date",
    );
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});

describe("training tables and lines as a PDF breaks them", () => {
  it("a plain-text table across a page break: the row carried over, the running footer and header", () => {
    const text = fixture("plain-table-page-break.txt");
    const found = checkText(trainingStale, text, { asOf, format: "txt" });
    expect(found.map((f) => f.message.replace(/ is dated.*/, ""))).toEqual([
      "Femi Adeyemi's most recent DSL training (Hollowmere SCP)",
    ]);
    // Everyone in the table has training: "SCP)" is not part of Femi Adeyemi's name.
    expect(checkText(trainingMissing, text, { asOf, format: "txt" })).toEqual([]);
  });
});

describe("a nursery group's table of leads, one row per site", () => {
  const text = fixture("site-table.md");

  it("names every site's lead and deputy, so a deputy with no training listed is missing", () => {
    const found = checkText(trainingMissing, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Hattie Crane"]);
  });

  it("reads a date broken over two lines, and a school year as its last day (31 August)", () => {
    const found = checkText(trainingStale, text, { asOf });
    expect(found.map((f) => f.message.replace(/ — .*/, ""))).toEqual([
      "Rosa Delgado's most recent Designated Safeguarding Lead training is dated 9 April 2024",
      "Noel Gartside's most recent Online safety briefing training is in the school year 2019–20 (to 31 August 2020)",
    ]);
    expect(found[1].message).toMatch(/ — it lapsed on 31 August 2023 \(it is valid for 3 years\)/);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});

describe("names that are not people", () => {
  it("a saint's name in a school's running header does not own the lines under it", () => {
    const text = "St Aldric House\n· Safeguarding induction – March 2019\n";
    const found = checkText(trainingStale, text, { asOf, format: "txt" });
    expect(found.map((f) => f.message.replace(/ is dated.*/, ""))).toEqual(["Safeguarding induction"]);
  });
});

describe("a training matrix as a PDF gives it", () => {
  const text = fixture("training-matrix.txt");

  it("header over three lines, 'Oct-22' as a month, a booked course, a cell carried over a page", () => {
    const stale = checkText(trainingStale, text, { asOf, format: "txt" });
    expect(stale.map((f) => f.message.replace(/ — .*/, ""))).toEqual([
      "Ines Valcourt's most recent Family Liaison Officer Safeguarding awareness for support staff training is October 2022",
      "Pavel Honda's most recent Deputy Level 3 designated safeguarding lead training is dated 5 October 2023",
    ]);
    // "booked 14.01.27" is a course to come: the row has no completion date.
    expect(
      checkText(trainingUndated, text, { asOf, format: "txt" }).map((f) =>
        f.message.replace(/ is listed.*/, ""),
      ),
    ).toEqual(["Cormac Tully's Deputy Designated Safeguarding Lead, new to role training"]);
  });
});

describe("a list entry under a person's name", () => {
  it("is theirs even when it starts with capitalised words", () => {
    const text = [
      "Kieran Doyle (Safeguarding Champion)",
      "· England Boxing Safeguarding and Protecting Children – October 2022",
      "· Club Welfare Officer course – 2/2/2025",
      "· Grace Darling – Water Safety course – October 2022",
    ].join("\n");
    expect(checkText(trainingStale, text, { asOf }).map((f) => f.message.replace(/ is .*/, ""))).toEqual([
      "Kieran Doyle's most recent England Boxing Safeguarding and Protecting Children training",
      "Kieran Doyle's most recent Grace Darling – Water Safety course",
    ]);
  });
});

describe("lines under a person's name that are not courses", () => {
  it("duties, plans and bookings give no finding", () => {
    const text = [
      "Designated Safeguarding Lead: Dana Whitlow",
      "- Level 3 DSL training – 4 June 2025",
      "- Keeps the safeguarding training records up to date",
      "- training for new volunteers on request",
      "- Next DSL training: March 2027",
      "- DSL training (renew by March 2027)",
      "- Prevent refresher – booked for March 2022",
      "- attends the partnership's DSL network training each term",
      "",
      "Safeguarding training (Level 1) – updated September 2023",
    ].join("\n");
    for (const rule of trainingRules) expect(checkText(rule, text, { asOf }), rule.meta.id).toEqual([]);
  });
});
