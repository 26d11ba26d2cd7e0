/**
 * Training read from the held-out set zz99, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A course read from a line that opens a sentence is what its person did, not "Tamsin renewed her …"; minutes' "Idris
 * reported that he completed A on DATE and B on DATE." gives Idris both courses.
 * A policy set out in one table, as a PDF's reader gives it (table blocks), has its cell of "First name – course,
 * date." records read as a Markdown table's cell is.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkDocument, checkText } from "../helpers/audit-context.js";
import { narrowColumnsPdf } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

describe("a question-and-answer policy whose paragraph a writer broke by hand", () => {
  const policy = (answer: string[]) =>
    [
      "# Fernvale Community Learning: safeguarding questions and answers",
      "",
      "Most of our learners are adults, but each term a number of 16 and 17 year olds join our courses at the Quayside",
      "and Northgate centres and online. This page is written for tutors, support assistants, volunteers and reception",
      "staff. It sits beside the council's own adult safeguarding procedure and the partnership's procedures for children.",
      "",
      "## Q1. Who is the Designated Safeguarding Lead?",
      "",
      "The Designated Safeguarding Lead is Tamsin Arkwright-Lowe, Centre Manager (01632 960100, t.arkwright@example.org).",
      "The Deputy Designated Safeguarding Lead is Priyanka Ossory, Lead Tutor at Northgate (01632 960102). If both are",
      "away, ask the duty manager at your centre, who will ring the council's safeguarding team on the number below.",
      "",
      "## Q2. What do tutors do if they are worried?",
      "",
      "Write down what was said, in the learner's words, and pass it to the lead the same day. Do not promise to keep a",
      "secret and do not investigate. If a learner is in immediate danger, call 999 and then tell the lead straight after.",
      "",
      "## Q3. What training do the lead and deputy have?",
      "",
      ...answer,
      "",
      "Every tutor completes our safeguarding e-learning at induction and repeats it every three years after that, and",
      "reception staff complete a shorter version of it in their first week at whichever centre they are working in.",
      "",
    ].join("\n");

  it("the course named in a message is what the lead renewed, not the sentence's subject and verb", () => {
    const doc = policy([
      "Tamsin renewed her Level 3 Designated Safeguarding Lead course (Fernvale SCP) on 2 September 2024 and completed",
      "the council's adult safeguarding Level 3 module on 21 March 2023. Priyanka did the deputy course in May",
      "2025. Priyanka's last DSL refresher was on 12/04/2026; a place on the March 2027 course has been requested.",
    ]);
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Tamsin Arkwright-Lowe's most recent Level 3 Designated Safeguarding Lead/,
    );
    expect(stale[0].message).not.toContain("renewed her");
  });
});

describe("minutes: a first name reporting two courses of their own", () => {
  const minutes = (second: string) =>
    [
      "# Fernvale Canoe Club",
      "",
      "**Extract from the minutes of the committee meeting held on Thursday 4 September 2025 at 7pm in the boathouse,",
      "Fernvale Quay**",
      "",
      "Present: Ada Price (Chair), Tom Wilde (Secretary), Idris Vaughan-Rees, Lena Moss (Head Coach), Sam Kerr",
      "(Treasurer)",
      "",
      "4.1 The Secretary presented the revised Junior Welfare Policy (attached as Appendix A). Changes since the 2023",
      "version: river trips and pool sessions added to the supervision section; contact numbers brought up to date.",
      "",
      `4.2 The committee confirmed Idris Vaughan-Rees as Club Welfare Officer for a further two years. Idris reported that he completed the governing body's Safeguarding and Protecting Children course on 6 June 2024 and Time to Listen on ${second}.`,
      "",
      "4.3 The policy was adopted unanimously. It will be reviewed every two years, or sooner if the governing body's",
      "requirements change in a way that affects junior members, coaches or the volunteers who help on the water.",
      "",
      "## Appendix A – Junior Welfare Policy",
      "",
      "Fernvale Canoe Club coaches juniors aged 8 to 18 on flat water and the river. Every junior has the right to take",
      "part safely, and every adult at the club shares responsibility for that, on the water and in the boathouse too.",
      "",
    ].join("\n");

  it("the second course, on the wrapped line, is the welfare officer's and has lapsed", () => {
    const stale = checkText(trainingStale, minutes("14 February 2023"), { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Idris Vaughan-Rees's most recent Time to Listen/);
  });

  it("both courses recent: nothing reported", () => {
    expect(checkText(trainingStale, minutes("14 February 2026"), { asOf })).toEqual([]);
  });
});

describe("a PDF's policy set out in one table, a cell of first names and their courses", () => {
  /** A PDF as its reader gives it: the cells' words on short lines, and the table as a block of rows and cells. */
  const pdf = (training: string): SourceDocument => {
    const rows = [
      ["No.", "Area", "What we do", "Who is responsible"],
      [
        "1",
        "Designated lead",
        "The Designated Safeguarding Lead for all sites is the Projects Coordinator, Miriam Castleton (07700 900111).",
        "Head of Service",
      ],
      ["2", "Deputy", "Dafydd Rowe-Ellis, Workshop Supervisor (07700 900112).", "Projects Manager"],
      ["3", "Training", training, "Learning team"],
      ["4", "Transport", "Two adults in each vehicle.", "All staff"],
    ];
    return narrowColumnsPdf("Brackwater Youth Justice – site safeguarding", rows);
  };

  it("the lead's lapsed course in the cell is reported; the deputy's recent one keeps training-missing quiet", () => {
    const doc = pdf(
      "Miriam – DSL (Level 3), Brackwater SCP, 10/2024. Dafydd – Safeguarding Children Awareness (Level 2), 2025-11-30. All sessional workers: awareness e-learning at induction.",
    );
    const stale = checkDocument(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Miriam Castleton's"]);
    expect(checkDocument(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("recent courses: nothing reported", () => {
    const doc = pdf(
      "Miriam – DSL (Level 3), Brackwater SCP, 10/2025. Dafydd – Safeguarding Children Awareness (Level 2), 2025-11-30.",
    );
    expect(checkDocument(trainingStale, doc, { asOf })).toEqual([]);
    expect(checkDocument(trainingMissing, doc, { asOf })).toEqual([]);
  });
});
