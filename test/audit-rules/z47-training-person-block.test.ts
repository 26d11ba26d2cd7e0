/**
 * training-stale (issue 11, held-out set zz48), in our own words; every name is invented. As of 3 December 2026.
 * A person's block: a bold name line, a job-and-role line of ten words or more ("Leisure Services Manager — Designated
 * Safeguarding Person for the Leisure Service"), a phone and email line, then the person's course lines. The course
 * lines are the bold person's until the next bold name or heading: the finding names them. Near misses: the next
 * bold role with no name ("**Deputy Designated Safeguarding Person**") takes nothing of the person above, and a
 * sentence under the name (not a role line) still ends the person's block.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

function policy(roleLine: string, courses: string[], after: string[] = []): string {
  return [
    "# Cwm Aur Leisure Service — Safeguarding Children Procedure",
    "",
    "## 3. Roles and responsibilities",
    "",
    "**Mr Idris Pengelly-Rhys**",
    roleLine,
    "Ffôn / Tel: 01632 960 555 · i.pengelly-rhys@cwmaur.example.org",
    ...courses,
    "",
    ...after,
    "## 4. Recognising abuse",
    "",
    "Staff pass on what they see; they do not investigate.",
    "",
  ].join("\n");
}

const ROLE_LINE = "Leisure Services Manager — Designated Safeguarding Person for the Leisure Service";

const found = (text: string, format: "md" | "docx" = "md") =>
  checkText(stale, text, { asOf, format }).map((f) => f.message);

describe("course lines under a bold name, a long role line and a contact line", () => {
  it("names the bold person in the finding", () => {
    for (const format of ["md", "docx"] as const) {
      const messages = found(
        policy(ROLE_LINE, [
          "Designated Safeguarding Person training – 14/02/2022",
          "Safeguarding awareness – 20/01/2025",
        ]),
        format,
      );
      expect(messages, format).toHaveLength(1);
      expect(messages[0]).toContain("Mr Idris Pengelly-Rhys's most recent Designated Safeguarding Person");
    }
  });

  it("a role line of twelve words keeps the person too", () => {
    const messages = found(
      policy(
        "Sports Development and Outdoor Activities Manager — Designated Safeguarding Person for every centre",
        ["Level 3 Designated Safeguarding Person course – 02/03/2022"],
      ),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Idris Pengelly-Rhys");
  });

  it("near miss: a current course under the same block stays silent", () => {
    expect(found(policy(ROLE_LINE, ["Designated Safeguarding Person training – 14/02/2026"]))).toEqual([]);
  });

  it("near miss: the next bold role with no name takes nothing of the person above", () => {
    const messages = found(
      policy(
        ROLE_LINE,
        ["Designated Safeguarding Person training – 14/02/2026"],
        [
          "**Deputy Designated Safeguarding Person**",
          "Post vacant since the restructure. Until it is filled, contact the Education Safeguarding Officer.",
          "",
        ],
      ),
    );
    expect(messages).toEqual([]);
  });

  it("near miss: a sentence under the name is no role line, and ends the person's block", () => {
    const messages = found(
      policy(
        "He chairs the service's safeguarding group and is the Designated Safeguarding Person for the service.",
        ["Designated Safeguarding Person training – 14/02/2022"],
      ),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).not.toContain("Pengelly-Rhys's");
  });
});
