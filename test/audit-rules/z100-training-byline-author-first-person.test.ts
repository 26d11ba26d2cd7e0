/**
 * Training read from the held-out set zz100, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A parish magazine's page written by its safeguarding officer ("By Name, Parish Safeguarding Officer", "please tell
 * me: Name, phone"): "As for me, I did the Diocese's Leadership Pathway in April 2023" is the author's own record.
 * Without a byline naming the lead, a first-person sentence is nobody's. A sentence in the same cell opening with the
 * deputy's first name ("Dev did the Diocese's Foundation course on 2 June 2025.") is the deputy's record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkDocument, checkText, pdfOfParagraphs } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const magazine = (byline: string, when: string) =>
  [
    "# Keeping children safe at St Aldric's",
    "",
    "*A page to keep — Tiny Tots, Junior Church and the Youth Band*",
    "",
    byline,
    "",
    "| WHO TO TALK TO | WHAT HAPPENS NEXT |",
    "| --- | --- |",
    `| Since Michaelmas I have been your Parish Safeguarding Officer, taking over from Norman Pike. Thank you, Norman!<br><br>If anything about a child at our groups worries you, please tell me: Winifred Ashdown-Lyle, 01632 960 551, safeguarding@staldrics.example.org.<br><br>If I am away, please speak to Dev Mistry, our Assistant Safeguarding Officer (01632 960 552). Dev did the Diocese's Foundation course on 2 June 2025.<br><br>As for me, I did the Diocese's Leadership Pathway in ${when}, before I took the role on, and I shadowed Norman for a year. | If a child tells you something worrying, listen, write down what was said and tell Winifred or Dev the same day. If a child is in danger now, ring 999.<br><br>The PCC adopted this policy on 10 February 2026. |`,
    "",
  ].join("\n");

describe("a magazine page its safeguarding officer wrote, her own course in the first person", () => {
  it("the author's lapsed course is reported as hers", () => {
    const doc = magazine("By Winifred Ashdown-Lyle, Parish Safeguarding Officer", "April 2023");
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Winifred Ashdown-Lyle's"]);
    expect(stale[0].message).toContain("Leadership Pathway");
    // The deputy's course, a sentence in the same cell, is his: nobody's training is missing.
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("a recent course: nothing reported", () => {
    const doc = magazine("By Winifred Ashdown-Lyle, Parish Safeguarding Officer", "April 2026");
    expect(checkText(trainingStale, doc, { asOf })).toEqual([]);
  });

  it("no byline naming the lead: the first-person sentence is nobody's record", () => {
    const doc = magazine("From the Parish Office", "April 2023");
    expect(checkText(trainingStale, doc, { asOf })).toEqual([]);
  });

  it("a PDF of the page: the author's course is hers, so her training is not missing", () => {
    const pdf = pdfOfParagraphs([
      ["Keeping children safe at St Aldric's"],
      ["By Winifred Ashdown-Lyle, Parish Safeguarding Officer"],
      [
        "Since January I have been your Parish",
        "Safeguarding Officer, taking over from",
        "Norman Pike. Thank you, Norman!",
        "If anything about a child at our groups",
        "worries you, please tell me: Winifred",
        "Ashdown-Lyle, 01632 960 551.",
        "If I am away, please speak to Dev",
        "Mistry, our Assistant Safeguarding",
        "Officer (01632 960 552). Dev did the",
        "Diocese's Foundation course on 2 June",
        "2025.",
        "As for me, I did the Diocese's Leadership",
        "Pathway in April 2023, before I took the",
        "role on, and I shadowed Norman for a year.",
      ],
    ]);
    const stale = checkDocument(trainingStale, pdf, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Winifred Ashdown-Lyle's"]);
    expect(checkDocument(trainingMissing, pdf, { asOf })).toEqual([]);
  });
});
