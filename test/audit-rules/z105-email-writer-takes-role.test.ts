/**
 * Training read from the held-out set zz105, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A policy circulated as an email thread whose pasted policy still has a placeholder for the new lead; a quoted reply
 * from the person taking the role on ("I'm glad to take over as Club Welfare Officer …") gives their own course in
 * the first person ("my training is the county's Welfare Officer course, which I did in May 2022"): the writer's
 * record, as the lead they say they are. "My X was in DATE" names its course before the verb.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const thread = (claim: string, record: string, sender = "Tamsin Oduya") =>
  [
    "From: Gareth Pell <sec@example.org>",
    "Sent: 2 November 2026 20:11",
    "Subject: RE: Juniors safeguarding policy",
    "",
    "Policy pasted below as agreed.",
    "",
    "**BRAMBLE VALE CYCLING CLUB – JUNIOR SAFEGUARDING POLICY**",
    "",
    "Club Welfare Officer: [NEW NAME], 07700 900111",
    "Deputy Welfare Officer: Colm Reddy, 07700 900112",
    "",
    "Our Welfare Officer and Deputy attend the county safeguarding course and a refresher every three years.",
    "",
    "Next review: October 2027",
    "",
    `> From: ${sender} <t.o@example.org>`,
    "> Sent: 28 October 2026 18:02",
    "> Subject: RE: new welfare officer",
    ">",
    `> Gareth – ${claim} For the record ${record} I expect it needs renewing.`,
    ">",
    "> Tamsin",
  ].join("\n");

const claim = "yes, I'm glad to take over as Club Welfare Officer after the AGM.";
const who = (text: string) =>
  checkText(trainingStale, text, { asOf }).map((f) => f.message.split(" most recent")[0]);

describe("an email thread: a writer who takes on the lead role owns their first-person record", () => {
  it("'my training is COURSE, which I did in DATE' in the new lead's reply is reported as hers", () => {
    const text = thread(
      claim,
      "my training is the county's Club Welfare Officer course, which I did in May 2022.",
    );
    const found = checkText(trainingStale, text, { asOf });
    expect(who(text)).toEqual(["Tamsin Oduya's"]);
    expect(found[0].message).toContain("Welfare Officer course");
    expect(found[0].message).not.toContain("which I did");
  });

  it("'my X was in DATE' names the course before the verb", () => {
    const text = thread(claim, "my safeguarding refresher was in April 2022.");
    const found = checkText(trainingStale, text, { asOf });
    expect(who(text)).toEqual(["Tamsin Oduya's"]);
    expect(found[0].message).toContain("safeguarding refresher");
  });

  it("a writer who only stands down from the role, or names nobody new, owns no record", () => {
    const down = "I'm standing down as Club Welfare Officer after the AGM.";
    expect(
      who(thread(down, "my training is the county's Club Welfare Officer course, which I did in May 2022.")),
    ).toEqual([]);
    const asked = "I'm not sure I can take over as Club Welfare Officer.";
    expect(who(thread(asked, "my safeguarding refresher was in April 2022."))).toEqual([]);
  });

  it("a recent course: nothing reported", () => {
    expect(
      who(thread(claim, "my training is the county's Club Welfare Officer course, which I did in May 2025.")),
    ).toEqual([]);
  });
});
