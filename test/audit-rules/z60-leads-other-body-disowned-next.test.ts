/**
 * Another organisation's lead, named in the possessive ("Hollowmere Primary School's Designated Safeguarding Lead is
 * Mrs A, Headteacher.") and disowned in the next sentence ("She is not a lead for the club.", "He is not the
 * club's lead.", "They are not one of our leads.") is that organisation's lead, not the setting's: no lead training
 * for this policy to list. Without those words the named officer stays the lead — and the words must be said of
 * that officer ("She is not …", "…, who is not …"), not of someone else in the sentence ("any member of staff who is
 * not a DSL"). From the sixtieth held-out set
 * (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (paragraph: string) =>
  [
    "# Little Acorns Breakfast Club — Safeguarding Policy",
    "",
    "Club Designated Safeguarding Lead: Ms Ada Okonjo, Club Manager (07700 900111)",
    "",
    paragraph,
    "",
    "## Training",
    "",
    "Ms Ada Okonjo completed Designated Safeguarding Lead training on 10 February 2026.",
    "",
  ].join("\n");

describe("another organisation's lead, disowned in the next sentence", () => {
  it.each([
    "Brambleton Primary School's Designated Safeguarding Lead is Mrs Petra Lund, Headteacher. She is not a lead for the club.",
    "Brambleton Primary School's DSL is Mr Aldo Grint. He is not the club's lead, but we share concerns with him.",
    "St Cuthbert's Church's Safeguarding Officer is Mrs Petra Lund. She is not one of our leads.",
    "The Academy's Designated Safeguarding Lead is Mrs. Petra Lund. She is not our Designated Safeguarding Lead.",
    // The bodies are one list for "the Region’s" and "Kestrel Valley Region’s".
    "Kestrel Valley Region's Safeguarding Officer is Mrs Petra Lund. She is not one of our leads.",
    "Brambleton Primary School's Designated Safeguarding Lead is Mrs Petra Lund, who is not part of the club's team.",
    "Brambleton Primary School's Designated Safeguarding Lead, Mrs Petra Lund, does not take the club's concerns.",
    "Brambleton Primary School's Designated Safeguarding Lead is Mrs Petra Lund and is not a lead for the club.",
    // A bracket between the commas, with a comma of its own.
    "The Trust's Designated Safeguarding Lead, Mrs Petra Lund (01632 960 000, petra.lund@example.org), is not part of the club's team.",
    "Brambleton Primary School's Designated Safeguarding Lead, Mrs Petra Lund (Headteacher, 01632 960 000), does not take the club's concerns.",
  ])("is not the setting's lead: %s", (paragraph) => {
    const text = policy(paragraph);
    expect(leadNamesOf(text, "dsl")).toEqual(["Ms Ada Okonjo"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it.each([
    "Brambleton Primary School's Designated Safeguarding Lead is Mrs Petra Lund, Headteacher. She takes the club's concerns during school hours.",
    "Brambleton Primary School's Designated Safeguarding Lead is Mrs Petra Lund. Our staff are not leads for the school.",
    "Brambleton Primary School's Designated Safeguarding Lead is Mrs Petra Lund, and any member of staff who is not a DSL must pass concerns to her straight away.",
    "Brambleton Primary School's Designated Safeguarding Lead is Mrs Petra Lund; volunteers are not part of the school's staff team.",
    "Brambleton Primary School's Designated Safeguarding Lead, Mrs Petra Lund (01632 960 000, petra.lund@example.org), says volunteers are not part of the school's staff team.",
    "Brambleton Primary School's Designated Safeguarding Lead is Mrs Petra Lund. She reminds staff that anyone who is not a DSL passes concerns to her.",
  ])("near miss: stays the lead when no sentence about the same holder says otherwise: %s", (paragraph) => {
    const text = policy(paragraph);
    expect(leadNamesOf(text, "dsl")).toContain("Mrs Petra Lund");
    expect(
      checkText(trainingMissing, text, { asOf })
        .map((f) => f.message)
        .join(),
    ).toContain("Mrs Petra Lund");
  });
});
