/**
 * From the twelfth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A national service's domain with an ending added after it ("help@nspcc.org.uk.co", "www.childline.org.uk.com")
 *   is a misspelt address: mail to it does not reach the service. A sub-domain of the real one
 *   ("learning.nspcc.org.uk") is right, and a sentence run on after an address without a space
 *   ("help@nspcc.org.uk.Or call …") is no added ending.
 */
import { describe, expect, it } from "vitest";
import { misspeltDomain, rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lines: string[]): string {
  return [
    "# Fenwick Summer Camp — Safeguarding Code",
    "",
    "Our Designated Safeguarding Officer is Priyanka Deol (07700 900275).",
    "",
    ...lines.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string) => excerpts(checkText(nationalContact, text, { asOf }), text);

describe("a national domain with an ending added", () => {
  it("is misspelt, in an email address and in a web address", () => {
    expect(found(policy(["| NSPCC helpline | 0808 800 5000 / help@nspcc.org.uk.co |"]))).toEqual([
      "help@nspcc.org.uk.co",
    ]);
    expect(
      found(policy(["Young people can talk to Childline on 0800 1111 or at www.childline.org.uk.com."])),
    ).toEqual(["www.childline.org.uk.com"]);
    const [finding] = checkText(nationalContact, policy(["Email help@nspcc.org.uk.co for advice."]), {
      asOf,
    });
    expect(finding?.message).toMatch(
      /help@nspcc\.org\.uk\.co looks misspelt: the published address is help@nspcc\.org\.uk/,
    );
    expect(misspeltDomain("nspcc.org.uk.co", ["nspcc.org.uk"])).toBe("nspcc.org.uk");
  });

  it("is not a sub-domain of the real one, nor a sentence run on after an address", () => {
    expect(
      found(
        policy([
          "Training for staff is on learning.nspcc.org.uk and advice at help@nspcc.org.uk.",
          "Adults worried about a child can email help@nspcc.org.uk.Or call 0808 800 5000.",
          "Further advice is at www.nspcc.org.uk.Info sheets are in the clubhouse.",
          "Write to help@nspcc.org.uk.Com and the NSPCC will reply.",
        ]),
      ),
    ).toEqual([]);
    expect(misspeltDomain("nspcc.org.uk.or", ["nspcc.org.uk"])).toBeUndefined();
  });
});
