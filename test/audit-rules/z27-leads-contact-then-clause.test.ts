/**
 * Review of the twenty-seventh session (people.ts, deputies listed with contacts), in our own words. "Our Deputy
 * Designated Safeguarding Lead is Ann Lee, 07700 900158; and Mr Patel, our chair, handles complaints." — after a
 * contact and "; and", the next person is another holder only when they are listed the same way (their own bracket
 * or contact); here a new clause says what Mr Patel does. Near miss: "A (job), phone; and B (job), phone" reads both.
 */
import { describe, expect, it } from "vitest";
import { namesFor } from "../helpers/audit-context.js";

const policy = (line: string) =>
  `# Kestle Youth Dance – Safeguarding Policy\n\nDesignated Safeguarding Lead: Mrs Ada Kwarteng, 07700 900123.\n\n${line}\n`;

describe("a person after a contact and '; and'", () => {
  it("is no second holder when a new clause follows their name", () => {
    expect(
      namesFor(
        policy(
          "Our Deputy Designated Safeguarding Lead is Ann Lee, 07700 900158; and Mr Patel, our chair, handles complaints.",
        ),
        "md",
        "deputy",
      ),
    ).toEqual(["Ann Lee"]);
  });

  it("near miss: both listed with a job and a contact", () => {
    expect(
      namesFor(
        policy(
          "Deputies: Ann Lee (Rehearsal Director), 07700 900158; and Mr Ben Patel (Tour Manager), 07700 900159",
        ),
        "md",
        "deputy",
      ),
    ).toEqual(["Ann Lee", "Mr Ben Patel"]);
  });
});
