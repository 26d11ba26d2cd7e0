/**
 * lead-missing, in our own words; every name is invented. As of 1 December 2026. In a health body's own policy (its
 * title's subject is the body: "Safeguarding Children Policy — Ashmoor Community NHS Trust") the body's "Named
 * Professional for Safeguarding" is its lead (z37-review5). Not when the title names the body only as another's
 * commissioner, funder or partner ("Kestrel Befriending (commissioned by Ashmoor Community NHS Trust)"), and not when
 * the title names another trust whose name merely ends the same way ("Upper Ashmoor Community NHS Trust"): there the
 * professional is the other body's adviser and the policy still names no lead of its own.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(leadMissing, text, { asOf }).map((f) => f.message);

const policy = (title: string, contact: string) =>
  [
    `# ${title}`,
    "",
    "Adopted on 3 March 2026. Next review date: March 2027.",
    "",
    "## Who to contact",
    "",
    "Volunteers report every concern to the coordinator on duty.",
    "",
    contact,
    "",
  ].join("\n");

const CONTACT =
  "Health contacts for advice: Ashmoor Community NHS Trust, Named Professional for Safeguarding Adults: Dr Nell Ivers, 01632 960 300.";

describe("lead-missing: a trust named in the title but not as the policy's subject", () => {
  for (const words of ["commissioned by", "funded by", "by", "with", "in partnership with", "on behalf of"])
    it(`reports the missing lead when the title says "(${words} the trust)"`, () => {
      const text = policy(
        `Safeguarding Adults Policy — Kestrel Befriending (${words} Ashmoor Community NHS Trust)`,
        CONTACT,
      );
      expect(found(text)).toHaveLength(1);
    });

  it('reports the missing lead for "a befriending service for the trust"', () => {
    const text = policy(
      "Kestrel Befriending, a volunteer service for Ashmoor Community NHS Trust — Safeguarding Adults Policy",
      CONTACT,
    );
    expect(found(text)).toHaveLength(1);
  });

  it('reports the missing lead for "The Trust, Named Professional …" under a commissioner\'s title', () => {
    const text = policy(
      "Safeguarding Adults Policy — Kestrel Befriending (commissioned by Ashmoor Community NHS Trust)",
      "The Trust, Named Professional for Safeguarding Adults: Dr Nell Ivers, 01632 960 300.",
    );
    expect(found(text)).toHaveLength(1);
  });

  it("reports the missing lead when the title's trust only ends with the contact's trust's name", () => {
    const text = policy(
      "Safeguarding Children Policy — Upper Ashmoor Community NHS Trust",
      "Our patients also use the neighbouring trust. Ashmoor Community NHS Trust, Named Professional for Safeguarding Children: Dr Nell Ivers, 01632 960 300.",
    );
    expect(found(text)).toHaveLength(1);
  });
});

describe("lead-missing: the trust's own policy, however its title is written (stays quiet)", () => {
  const own =
    "Ashmoor Community NHS Trust, Named Professional for Safeguarding Children: Dr Nell Ivers, 01632 960 300.";
  for (const title of [
    "Safeguarding Children Policy — Ashmoor Community NHS Trust",
    "Safeguarding Children Policy for Ashmoor Community NHS Trust",
    "Safeguarding Children Policy Ashmoor Community NHS Trust",
    "Ashmoor Community NHS Trust – Safeguarding Children Policy",
  ])
    it(`names the trust's lead under "${title}"`, () => {
      expect(found(policy(title, own))).toEqual([]);
    });

  it('names the trust\'s lead written as "The Trust, Named Professional …"', () => {
    const text = policy(
      "Safeguarding Children Policy — Ashmoor Community NHS Trust",
      "The Trust, Named Professional for Safeguarding Children: Dr Nell Ivers, 01632 960 300.",
    );
    expect(found(text)).toEqual([]);
  });

  it("names the trust's lead when a sentence's first word comes before the trust's name", () => {
    const text = policy(
      "Safeguarding Children Policy — Ashmoor Community NHS Trust",
      "Contact Ashmoor Community NHS Trust, Named Professional for Safeguarding Children: Dr Nell Ivers, 01632 960 300.",
    );
    expect(found(text)).toEqual([]);
  });
});
