/**
 * Review of the thirteenth held-out set's fixes (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - "(name)" before a blank is a form's field only on a form: under a form's, record's, log's or referral's
 *   heading, or on a line with a second field to fill in ("Signed by (name): ______ Date: ______"). Straight after
 *   a role ("Designated Safeguarding Lead (name): ______", "Our lead is (name) ………") it is the lead's name left
 *   out of the policy, form or not — unless the role is who a form's concern goes to ("Received by DSL (name):
 *   ………" on a concern record), filled in for each concern.
 * - "[parent's name]" or "<child's name>" stands for whichever child or parent an example is about only in an
 *   example: a quotation, a block quote, a letter's greeting, a message or script introduced with a colon, or
 *   under an example's heading. In the policy's own sentence ("Please contact [parent's name] on …") it is a
 *   name left out.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[]): string {
  return [
    "# Tarnbeck Judo Club — Safeguarding Policy",
    "",
    "## 1. Purpose",
    "",
    "This policy sets out how Tarnbeck Judo Club keeps its junior members safe.",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string, format: SourceDocument["format"] = "md") =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text);

describe("(name) before a blank, straight after a role", () => {
  it("is the lead's name left out, with a phone number after it", () => {
    expect(
      found(
        policy([
          "## 2. Who to tell",
          "Designated Safeguarding Lead (name): ____________ Phone: 07700 900123",
        ]),
      ),
    ).toEqual(["(name)"]);
  });

  it("is the deputy's name left out, with dots after it", () => {
    expect(found(policy(["## 2. Who to tell", "Deputy lead (name): ................."]))).toEqual(["(name)"]);
  });

  it("is the lead's name left out in a sentence ('Our … Lead is (name) ………')", () => {
    expect(
      found(policy(["Our Designated Safeguarding Lead is (name) ……… and can be reached on 07700 900123."])),
    ).toEqual(["(name)"]);
  });

  it("is the lead's name left out even under a form's heading, with a second field on the line", () => {
    expect(
      found(
        policy([
          "## Appendix 1: Incident record",
          "Club Welfare Officer (name): ______________ Tel: ______________",
        ]),
      ),
    ).toEqual(["(name)"]);
  });
});

describe("(name) or (date) before a blank, with no form around it", () => {
  it("is a placeholder as the only field on a line under a policy's heading", () => {
    expect(found(policy(["## 4. Training", "Checked by (name): ....................."]))).toEqual(["(name)"]);
  });
});

describe("(name) or (date) as a form's field label", () => {
  it("is no placeholder under a concern record's heading ('Received by DSL (name): ………')", () => {
    expect(
      found(
        policy([
          "## 9. Appendix – Record of a concern (paper copy)",
          "What did you see or hear?",
          "Received by DSL (name): ..................................  Action agreed: Refer / Monitor (circle)",
        ]),
      ),
    ).toEqual([]);
  });

  it("is no placeholder under a referral's heading", () => {
    expect(
      found(
        policy(["## Appendix B: Referral to the local authority", "Referred by (name): ________________"]),
      ),
    ).toEqual([]);
  });

  it("is no placeholder with a second field on its line, without a form's heading", () => {
    expect(found(policy(["## 5. Reporting", "Signed off by (name): __________ Date: __________"]))).toEqual(
      [],
    );
    expect(found(policy(["## 5. Reporting", "Concern passed on (date): ........ Time: ........"]))).toEqual(
      [],
    );
  });
});

describe("(name) after a word that is a safeguarding role only with its qualifier", () => {
  it("is a form's field after an emergency contact, a police officer or a trip's lead", () => {
    for (const line of [
      "Emergency contact (name): ______________ Phone: ______________",
      "Police officer attending (name): ____________ Collar number: ________",
      "Trip lead (name): ____________ Mobile: ____________",
    ])
      expect(found(policy(["## 6. Consent and trips", line])), line).toEqual([]);
  });

  it("is still the lead's name left out after a qualified role", () => {
    for (const line of [
      "Club Welfare Officer (name): ____________ Phone: 07700 900123",
      "Named safeguarding contact (name): ____________ Phone: 07700 900123",
      "Our lead is (name) ………… and can be reached on 07700 900123.",
    ])
      expect(found(policy(["## 2. Who to tell", line])), line).toEqual(["(name)"]);
  });
});

describe("a child's or parent's name in brackets", () => {
  it("is a placeholder in the policy's own sentence", () => {
    expect(
      found(policy(["Please contact [parent's name] on 07700 900123 for safeguarding concerns."])),
    ).toEqual(["[parent's name]"]);
    expect(found(policy(["Concerns about <child's name> go to the welfare officer."]))).toEqual([
      "<child's name>",
    ]);
  });

  it("is no placeholder in a quoted message, a letter's greeting, a script or under an example's heading", () => {
    expect(found(policy(['> "Hi [student name], send me a photo of your kit lol"']))).toEqual([]);
    expect(found(policy(["Dear [parent's name],"]))).toEqual([]);
    expect(
      found(policy(["A coach who is told something can say: thank you for telling me, [child's name]."])),
    ).toEqual([]);
    expect(
      found(
        policy([
          "## Appendix 5: Example letter home",
          "We are writing about [pupil name] and the trip on Saturday.",
        ]),
      ),
    ).toEqual([]);
  });
});
