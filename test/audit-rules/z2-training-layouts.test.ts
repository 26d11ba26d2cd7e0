/**
 * Training records in the layouts of the fourth held-out set's shapes (issue 11), in our own words: names
 * separated from courses by runs of spaces, a list of "Name -- course, date" entries, a month named May, a
 * course with only the date it falls due again. Names and places are invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a name laid out with runs of spaces before its courses is the trained person's", () => {
  const spaced = [
    "**Who to contact**",
    "",
    "Lead Welfare Officer        Mr Osman Trelawney        07700 900 101",
    "",
    "Deputy Welfare Officer      Ms Priya Venn-Hartley     07700 900 102",
    "",
    "Team Coach                  Mr Gil Marrow             07700 900 103",
    "",
    "**Training**",
    "",
    "Osman Trelawney        Space to Talk (club officer course) – completed 3 March 2025",
    "                       Safeguarding in Rowing – completed 19 June 2024",
    "",
    "Priya Venn-Hartley     Child Protection Foundations – completed 11 September 2025",
    "",
    "Gil Marrow             Safeguarding in Rowing – completed 2 October 2024",
    "",
  ].join("\n");

  it("so neither lead is said to have no training (a column gap is never part of a name)", () => {
    expect(checkText(trainingMissing, spaced, { asOf })).toEqual([]);
    expect(checkText(trainingStale, spaced, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, spaced, { asOf })).toEqual([]);
  });

  it("also when a PDF closed the gap to one space (a lead the document names is that name)", () => {
    const pdf = spaced.replace(/ {2,}/g, " ").replace(/\n /g, "\n");
    expect(checkText(trainingMissing, pdf, { asOf, format: "pdf" })).toEqual([]);
  });

  it("but a lead whose name heads no training is still reported", () => {
    const without = spaced.replace(/Priya Venn-Hartley {5}Child[^\n]*\n/, "");
    expect(excerpts(checkText(trainingMissing, without, { asOf }), without)).toEqual([
      "Ms Priya Venn-Hartley",
    ]);
  });
});

describe("a course with only the date it falls due again, under a name laid out with spaces", () => {
  it("is out of date once that date has passed, though the line has no word 'training' or 'course'", () => {
    const text = [
      "## Our welfare team",
      "",
      "Club Safeguarding Officer: Mrs Hedda Lorne",
      "Deputy Safeguarding Officer: Mr Tobias Quenby",
      "",
      "## Training records",
      "",
      "Hedda Lorne       Safeguarding and Protecting Children – completed 6 January 2026",
      "Tobias Quenby     Advanced Child Protection – due for renewal June 2025",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "Tobias Quenby     Advanced Child Protection – due for renewal June 2025",
    ]);
    expect(found[0].message).toMatch(
      /^Tobias Quenby's Advanced Child Protection training was due for renewal in June 2025/,
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });

  it("but not a DBS check or a policy falling due, and not a date still to come", () => {
    const text = [
      "Tobias Quenby     Enhanced DBS – due for renewal June 2025",
      "Hedda Lorne       Child Protection Foundations – due for renewal June 2027",
      "",
    ].join("\n");
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});

describe("a list whose entries each start with a person's name and their course", () => {
  const list = [
    "## Key people",
    "",
    "**Designated Safeguarding Lead**\\",
    "Mr Bartholomew Ekwueme, Vice Principal",
    "",
    "## Training",
    "",
    "All staff complete safeguarding training at induction and a short online update every year. The DSL and",
    "deputies renew their lead training every two years.",
    "",
    "-   Bartholomew Ekwueme \\-- Level 3 DSL, 14 May 2025",
    "-   Wren Castellano \\-- Level 3 DSL, 20 September 2022",
    "-   Isolde Fairweather \\-- Level 3 DSL, 9 January 2026",
    "",
  ].join("\n");

  it("gives each entry to its own person (the second entry is not the first person's)", () => {
    const found = checkText(trainingStale, list, { asOf });
    expect(excerpts(found, list)).toEqual(["Wren Castellano \\-- Level 3 DSL, 20 September 2022"]);
    expect(found[0].message).toMatch(
      /^Wren Castellano's most recent Level 3 DSL training is dated 20 September 2022/,
    );
  });

  it("reads a date in May as a date, not the verb 'may' (the lead's own entry is their training)", () => {
    expect(checkText(trainingMissing, list, { asOf })).toEqual([]);
  });

  it("while a list of courses under a person's name is still theirs", () => {
    const text = [
      "Marguerite Olds, Deputy DSL",
      "",
      "- Rowing Safeguarding Foundations – March 2026",
      "- Level 3 DSL – 18 May 2024",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Level 3 DSL – 18 May 2024"]);
    expect(found[0].message).toMatch(/^Marguerite Olds's most recent Level 3 DSL training/);
  });
});

describe("a school year ('2022-23') at the end of a record dates it to the year's last day", () => {
  it("so a lead's update done in a long-past school year is out of date, not undated", () => {
    const text = [
      "Designated Safeguarding Lead: Mrs Odile Farrant",
      "Deputy: Mr Kwame Eastleigh",
      "",
      "## Training",
      "",
      "- Odile Farrant -- Level 3 DSL, 9 March 2026",
      "- Kwame Eastleigh -- DSL refresher 2021/22",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Kwame Eastleigh -- DSL refresher 2021/22"]);
    expect(found[0].message).toBe(
      "Kwame Eastleigh's most recent DSL refresher is in the school year 2021/22 (to 31 August 2022) — it lapsed on 31 August 2024 (it is valid for 2 years); book a refresher and record the new date",
    );
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("but a plan for a school year is not a record", () => {
    const text = ["Kwame Eastleigh, Deputy DSL", "", "- Safeguarding training programme 2021-22", ""].join(
      "\n",
    );
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});

describe("a record with several courses between semicolons", () => {
  it("gives each course its own date; a course booked for later records nothing", () => {
    const text = [
      "Safeguarding Lead: Ms Rhiannon Vell",
      "",
      "Rhiannon Vell: child protection basics course, 12 February 2024; designated safeguarding lead training booked for 3 March 2027.",
      "",
    ].join("\n");
    // The basics course is judged by the 3 years of a course for everyone, not the 2 of the lead's own course.
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("and the lead's own course, dated long ago, is out of date on its own part of the line", () => {
    const text = [
      "Safeguarding Lead: Ms Rhiannon Vell",
      "",
      "Rhiannon Vell: child protection basics course, 12 February 2026; designated safeguarding lead training, 7 July 2023; paediatric first aid, 2019",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    // First aid is not safeguarding training.
    expect(excerpts(found, text)).toEqual(["designated safeguarding lead training, 7 July 2023"]);
    expect(found[0].message).toMatch(
      /^Ms Rhiannon Vell's most recent Designated Safeguarding Lead training is dated 7 July 2023 — it lapsed on 7 July 2025/,
    );
  });
});

describe("a semicolon that does not separate courses", () => {
  it("'Level 3 DSL; 4 June 2022' is one record (the date's part names no course)", () => {
    const text = [
      "Designated Safeguarding Lead: Mrs Hana Brook",
      "",
      "Hana Brook: Level 3 DSL; 4 June 2022",
      "",
    ].join("\n");
    expect(excerpts(checkText(trainingStale, text, { asOf }), text)).toEqual([
      "Hana Brook: Level 3 DSL; 4 June 2022",
    ]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});

describe("a list entry hard-wrapped over lines (a web page converted to Markdown)", () => {
  const text = [
    "The person who leads on safeguarding is our Safeguarding Manager, Petra Lindqvist-Roe (Manager).",
    "",
    "Training held:",
    "",
    "-   Petra Lindqvist-Roe \\-- designated safeguarding lead",
    "    refresher, completed Feb \\'24; Forest School Level 3, 2018",
    "-   Everyone else \\-- safeguarding awareness, completed at",
    "    induction and refreshed every year",
    "",
  ].join("\n");

  it("is one record: the course named on the first line, the date (an escaped 'Feb \\'24') on the next", () => {
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "Petra Lindqvist-Roe \\-- designated safeguarding lead\n    refresher, completed Feb \\'24",
    ]);
    expect(found[0].message).toMatch(/ lapsed at the end of February 2026 \(it is valid for 2 years\)/);
  });

  it("a qualification in another subject ('Forest School Level 3') is not safeguarding training", () => {
    const other = [
      "Petra Lindqvist-Roe, Safeguarding Manager",
      "",
      "- Forest School Level 3, 2018",
      "- Food Hygiene Level 2 course, 2017",
      "- Safeguarding Level 2 course, 2018",
      "",
    ].join("\n");
    const found = checkText(trainingStale, other, { asOf });
    expect(excerpts(found, other)).toEqual(["Safeguarding Level 2 course, 2018"]);
  });

  it("an entry that names no person ('Everyone else -- …') is not the person's above", () => {
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});

describe("a lead's course named with no date, in a list of named entries", () => {
  it("is undated: 'lead' in 'designated lead training' is the role, not a duty the person leads", () => {
    const text = [
      "Our deputy safeguarding lead is the Assistant Leader, Nadia Oyelaran (07700 900 441).",
      "",
      "## Training",
      "",
      "- Corin Haskett – Level 3 designated lead training, 2 October 2025",
      "- Nadia Oyelaran – safeguarding lead course",
      "- Ffion Burrage (Helper) – safeguarding level 1, 14 April 2025",
      "",
    ].join("\n");
    const found = checkText(trainingUndated, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Nadia Oyelaran – safeguarding lead course"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("but a duty the person leads is not a course ('leads the termly training sessions')", () => {
    const text = [
      "Corin Haskett, Deputy DSL",
      "",
      "- Leads the termly safeguarding training sessions",
      "",
    ].join("\n");
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});

describe("training-missing stays silent when a training record names the lead in its own words", () => {
  it("though the reader gave the record to someone else ('Name and Name – course – date')", () => {
    const text = [
      "Designated Safeguarding Lead: Mrs Lowri Pennock",
      "Deputy DSL: Mr Dan Croft",
      "",
      "## Training",
      "",
      "Level 3 DSL (Dan Croft) – 12 March 2026",
      "Lowri Pennock and Jude Ferraby – Level 3 DSL – 4 May 2025",
      "",
    ].join("\n");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("but a lead no record names is still reported", () => {
    const text = [
      "Designated Safeguarding Lead: Mrs Lowri Pennock",
      "Deputy DSL: Mr Dan Croft",
      "",
      "## Training",
      "",
      "Level 3 DSL (Dan Croft) – 12 March 2026",
      "",
    ].join("\n");
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual(["Mrs Lowri Pennock"]);
  });
});

describe("a record naming a lead without the title the document gives them is the lead's", () => {
  it("so it is judged as theirs, not as the person's of the line above", () => {
    const text = [
      "Designated Safeguarding Lead: Mrs Lowri Pennock",
      "Deputy DSL: Mr Dan Croft",
      "",
      "## Training",
      "",
      "Level 3 DSL (Dan Croft) – 12 March 2026",
      "Lowri Pennock and Jude Ferraby – Level 3 DSL – 4 May 2023",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Lowri Pennock and Jude Ferraby – Level 3 DSL – 4 May 2023"]);
    expect(found[0].message).toMatch(/^Mrs Lowri Pennock's most recent /);
  });
});
