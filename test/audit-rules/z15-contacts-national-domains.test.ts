/**
 * From the fifteenth and sixteenth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - A national service's own name with the wrong ending ("help@nspcc.co.uk", "www.childline.com",
 *   "nspcc.uk") is a misspelt address: mail to it does not reach the service. The real addresses
 *   (nspcc.org.uk, childline.org.uk, learning.nspcc.org.uk) and other organisations' domains that merely
 *   contain the name ("nspcc-friends.co.uk", "thenspcc.com") are left alone.
 * - Childline given the NSPCC helpline's number in a paragraph hard-wrapped between the name and the number
 *   (Markdown written with line breaks, a Word paragraph with a line break in it) is still the wrong number;
 *   a table row, a list item or a separate line of a simple table is not run into the next.
 */
import { describe, expect, it } from "vitest";
import { misspeltDomain, rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lines: string[]): string {
  return [
    "# Wrenford Rowing Club — Safeguarding Policy",
    "",
    "Our Welfare Officer is Callum Ferrie (07700 900318).",
    "",
    ...lines.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string, format: "md" | "docx" = "md") =>
  excerpts(checkText(nationalContact, text, { asOf, format }), text);

describe("a national service's name with the wrong ending", () => {
  it("is misspelt, in an email address, a web address and a bare domain", () => {
    expect(found(policy(["- NSPCC helpline: 0808 800 5000, help@nspcc.co.uk"]))).toEqual([
      "help@nspcc.co.uk",
    ]);
    expect(
      found(policy(["Young people can talk to Childline on 0800 1111 or at www.childline.com."])),
    ).toEqual(["www.childline.com"]);
    expect(found(policy(["Adults can find advice at nspcc.uk and call 0808 800 5000."]))).toEqual([
      "nspcc.uk",
    ]);
    const [finding] = checkText(nationalContact, policy(["Email help@nspcc.co.uk for advice."]), { asOf });
    expect(finding?.message).toMatch(
      /help@nspcc\.co\.uk looks misspelt: the published address is help@nspcc\.org\.uk/,
    );
    expect(misspeltDomain("childline.co.uk", ["nspcc.org.uk", "childline.org.uk"])).toBe("childline.org.uk");
  });

  it("leaves the real addresses and other organisations' domains alone", () => {
    for (const line of [
      "Email help@nspcc.org.uk or visit www.childline.org.uk.",
      "Training is booked through learning.nspcc.org.uk.",
      "Our fundraising partner is nspcc-friends.co.uk, and the shop is at thenspcc.com.",
      "The county's rowing association (wrenfordrowing.co.uk) runs the regatta.",
    ])
      expect(found(policy([line]))).toEqual([]);
  });
});

describe("Childline given the NSPCC's number across a hard-wrapped line", () => {
  const WRAPPED = [
    "Parents can ring the NSPCC helpline on 0808 800 5000. Young people can speak to Childline",
    "on 0808 800 5000 or online at childline.org.uk.",
  ].join("\n");

  it("is reported in Markdown and in a Word paragraph with a line break", () => {
    for (const format of ["md", "docx"] as const) {
      const text = policy([WRAPPED]);
      const reported = checkText(nationalContact, text, { asOf, format });
      expect(excerpts(reported, text)).toEqual(["0808 800 5000"]);
      expect(reported[0].message).toMatch(
        /is the number of the NSPCC helpline .* but the policy gives it for Childline/,
      );
    }
    expect(
      found(
        policy([
          [
            "If a child wants to talk to someone outside the club, they can contact Childline",
            "free on 0808 800 5000 at any time.",
          ].join("\n"),
        ]),
      ),
    ).toEqual(["0808 800 5000"]);
  });

  it("does not run a table row, a list item or a simple table's line into the next", () => {
    for (const lines of [
      ["| Childline | see the poster in the boathouse |", "| Rowing helpline | 0808 800 5000 |"],
      ["- Childline", "- Adults: 0808 800 5000"],
      ["  Childline                  online chat", "  Adult helpline             0808 800 5000"],
      ["Young people can talk to Childline.", "Adults: 0808 800 5000"],
    ])
      expect(found(policy([lines.join("\n")]))).toEqual([]);
  });

  it("keeps a Markdown hard break and a Word line break before a new sentence as the author's", () => {
    for (const format of ["md", "docx"] as const)
      for (const lines of [
        // Two trailing spaces (or a backslash): the writer broke the line on purpose.
        [
          "Children and young people can talk to Childline  ",
          "Adults worried about a child can call 0808 800 5000",
        ],
        [
          "Children and young people can talk to Childline\\",
          "Adults worried about a child can call 0808 800 5000",
        ],
        [
          "Children and young people can talk to Childline  ",
          "0808 800 5000 is the helpline for worried adults",
        ],
        [
          "Children and young people can talk to Childline\\",
          "0808 800 5000 is the helpline for worried adults",
        ],
        // A line break (Shift+Enter in Word) before a line that starts a sentence of its own.
        ["Pupils are told about Childline in assemblies", "The helpline for adults is 0808 800 5000"],
      ])
        expect(found(policy([lines.join("\n")]), format)).toEqual([]);
  });

  it("still reads a sentence that runs on in lower case or at its number", () => {
    for (const format of ["md", "docx"] as const)
      for (const lines of [
        ["Young people can speak to Childline", "on 0808 800 5000 or online at childline.org.uk."],
        [
          "If a child wants to talk to someone outside the club, they can contact Childline",
          "free on 0808 1111 at any time.",
        ],
        ["Children can ring Childline", "0808 800 5000 at any time."],
      ])
        expect(found(policy([lines.join("\n")]), format)).toEqual([lines[1].match(/0808[\d ]+\d/)?.[0]]);
  });
});
