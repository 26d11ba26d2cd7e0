/**
 * From the tenth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - "TBC" / "TBA" / "TBD" / "to be confirmed" is a placeholder where it stands for a value the policy must give
 *   (a phone number, a name, the policy's own review or approval date), not where it is the date, time or venue of
 *   a future event the policy mentions ("Open morning for new families: date TBC").
 * - A phone number written all in X's in groups ("Office: XXXX XXX XXX") is one placeholder, not one per group.
 * - The template's guidance to whoever writes the policy, left in ("Delete this section if …", "Amend as
 *   appropriate", "Note to settings: …", "[Guidance: …]"), is a placeholder; the policy's own instructions to staff
 *   ("delete the photos from the tablet") are not.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[]): string {
  return [
    "# Thornaby Vale Gymnastics — Safeguarding Policy",
    "",
    "## 1. Who to tell",
    "",
    "Our Club Welfare Officer is Bethan Okonjo (07700 900412); her deputy is Marek Dunleavy.",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string) => excerpts(checkText(placeholderText, text, { asOf }), text);
const messages = (text: string) => checkText(placeholderText, text, { asOf }).map((r) => r.message);

describe("TBC, TBA and 'to be confirmed'", () => {
  it("is a placeholder where a phone number, a name or the policy's own date should be", () => {
    expect(found(policy(["Deputy Welfare Officer: Marek Dunleavy, Head Coach, Tel: TBC"]))).toEqual(["TBC"]);
    expect(found(policy(["Online safety lead: TBA"]))).toEqual(["TBA"]);
    expect(found(policy(["Next review date: TBC"]))).toEqual(["TBC"]);
    expect(found(policy(["Approved by the committee (date TBC) and reviewed every year."]))).toEqual(["TBC"]);
    expect(found(policy(["| Policy review date | TBC |"]))).toEqual(["TBC"]);
    expect(found(policy(["Date: TBC"]))).toEqual(["TBC"]);
    expect(found(policy(["Deputy Welfare Officer: to be confirmed"]))).toEqual(["to be confirmed"]);
    expect(found(policy(["- Safeguarding trustee: To be confirmed."]))).toEqual(["To be confirmed"]);
  });

  it("is not the date, time or venue of a future event the policy mentions", () => {
    expect(
      found(policy(["Open morning for new families in 2027: date TBC; we will write to parents in March."])),
    ).toEqual([]);
    expect(found(policy(["- Joint coaching day with Ferrybridge Tumblers: dates TBC, autumn"]))).toEqual([]);
    expect(
      found(policy(["A welfare talk for parents (date and venue TBA) will explain how to raise a worry."])),
    ).toEqual([]);
    expect(found(policy(["| Club safeguarding workshop | Time TBD |"]))).toEqual([]);
    expect(found(policy(["Summer gala: date to be confirmed"]))).toEqual([]);
  });

  it("is not a sentence about something still to be confirmed", () => {
    expect(
      found(policy(["The coach's place on the squad is to be confirmed by the head coach after trials."])),
    ).toEqual([]);
  });
});

describe("a phone number written in X's", () => {
  it("is one placeholder however many groups it is written in", () => {
    expect(found(policy(["Club office: XXXX XXX XXX"]))).toEqual(["XXXX XXX XXX"]);
    expect(found(policy(["Out of hours: XXXXX XXXXXX (mobile)"]))).toEqual(["XXXXX XXXXXX"]);
    expect(messages(policy(["Club office: XXXX XXX XXX"]))[0]).toMatch(/phone number/);
    // A lone run is still one placeholder, and two runs apart are two.
    expect(found(policy(["Registered charity number XXXX; company number XXXXXX."]))).toEqual([
      "XXXX",
      "XXXXXX",
    ]);
  });
});

describe("the template's guidance to the writer, left in", () => {
  it("is a placeholder: an instruction about the policy's own text", () => {
    expect(
      found(policy(["Delete this section if your club does not take members away on overnight trips."])),
    ).toEqual(["Delete this section if your club does not take members away on overnight trips."]);
    expect(found(policy(["*Remove this text before publishing the policy on your website.*"]))).toEqual([
      "Remove this text before publishing the policy on your website.",
    ]);
    expect(found(policy(["Members change in the changing room in pairs. Amend as appropriate."]))).toEqual([
      "Amend as appropriate.",
    ]);
    expect(
      found(policy(["Note to clubs: list every coach who holds a current DBS certificate in Appendix B."])),
    ).toEqual(["Note to clubs: list every coach who holds a current DBS certificate in Appendix B."]);
    expect(
      found(policy(["[Guidance: most clubs keep incident records for six years after a member turns 18.]"])),
    ).toEqual(["[Guidance: most clubs keep incident records for six years after a member turns 18.]"]);
    expect(found(policy(["Please delete these paragraphs if they do not apply to your club."]))).toEqual([
      "Please delete these paragraphs if they do not apply to your club.",
    ]);
    expect(found(policy(["Adapt this section to suit your setting."]))).toEqual([
      "Adapt this section to suit your setting.",
    ]);
  });

  it("is found in Word's and PDF's text too, and says what it is", () => {
    const text = policy(["Delete this paragraph if your club has no junior section."]);
    for (const format of ["docx", "pdf"] as const) {
      const reported = checkText(placeholderText, text, { asOf, format });
      expect(excerpts(reported, text)).toEqual(["Delete this paragraph if your club has no junior section."]);
    }
    expect(messages(text)[0]).toMatch(/guidance|note to whoever/i);
  });

  it("is not the policy's own instructions to staff or members", () => {
    expect(
      found(
        policy([
          "Coaches delete the photos from the club tablet once the gala report is written.",
          "Staff must not delete this record or remove these notes from the file.",
          "If a member is upset by a post, remove it and tell the Welfare Officer.",
          "The Welfare Officer will amend the plan as appropriate after each review.",
          "Note to parents: please collect your child from the sports hall door.",
          "Guidance: coaches never give a lift to a single member on their own.",
          "You may delete this message once you have read it.",
        ]),
      ),
    ).toEqual([]);
  });
});
