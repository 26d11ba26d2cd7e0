/**
 * deputy-missing (review 53), in our own words; every name is invented. A small primary names its staff once by job
 * ("Mr Idris Fennimore, our SENCo", "Ms Ana Rusu (HLTA)") and then gives the deputy's role to the job: "The SENCo is
 * the Deputy Designated Safeguarding Lead". A school's short job words in capitals and small letters (SENCo, SENDCo,
 * SENCO, ELSA, HLTA, PSHE Lead) are jobs as "Office Manager" or "Assistant Head" are: the job's one holder is the
 * deputy. Near misses: "The SENCo is not a deputy DSL" gives the role to nobody; a SENCo the policy never names still
 * leaves the deputy unnamed.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (staffLine: string, roleLine: string): SourceDocument[] => {
  const body = [
    ["Staffing", staffLine],
    ["Designated Safeguarding Lead", roleLine],
    [
      "Reporting",
      "Any member of staff with a concern speaks to the Designated Safeguarding Lead the same day.",
    ],
  ];
  return [
    markdownDocument(
      [
        "# Child Protection Policy — Hollin Brook Primary School",
        "",
        ...body.flatMap(([h, p]) => [`## ${h}`, "", p, ""]),
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Child Protection Policy — Hollin Brook Primary School</h1>",
        ...body.flatMap(([h, p]) => [`<h2>${h}</h2>`, `<p>${p}</p>`]),
      ].join("\n"),
    ),
    pdfDocument(
      ["Child Protection Policy — Hollin Brook Primary School", ...body.flatMap(([h, p]) => [h, p]), ""].join(
        "\n",
      ),
    ),
  ];
};

const lead = "Mrs Carys Ollerton (the Headteacher) is the Designated Safeguarding Lead.";

describe("deputy-missing: a school's short job word holds the deputy's role", () => {
  it.each([
    [
      "Mr Idris Fennimore, our SENCo, works across both key stages.",
      "The SENCo is the Deputy Designated Safeguarding Lead.",
    ],
    [
      "Mr Idris Fennimore (SENCo) works across both key stages.",
      "The SENCo is our Deputy Designated Safeguarding Lead and acts when the Headteacher is away.",
    ],
    [
      "Mr Idris Fennimore, our SENDCo, works across both key stages.",
      "The SENDCo is the Deputy Designated Safeguarding Lead.",
    ],
    [
      "Mr Idris Fennimore, our SENCO, works across both key stages.",
      "The SENCO is the Deputy Designated Safeguarding Lead.",
    ],
    ["Ms Ana Rusu (HLTA) supports the Year 2 class.", "The HLTA is the Deputy Designated Safeguarding Lead."],
    [
      "Ms Ana Rusu, our ELSA, runs the nurture group.",
      "The ELSA is the Deputy Designated Safeguarding Lead.",
    ],
    [
      "Ms Ana Rusu, our PSHE Lead, plans the relationships curriculum.",
      "The PSHE Lead is the Deputy Designated Safeguarding Lead.",
    ],
  ])("reads the job's holder as the deputy: %s / %s", (staff, role) => {
    for (const document of layouts(staff, `${lead} ${role}`))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it("still reports a deputy's role the job is said not to hold", () => {
    for (const document of layouts(
      "Mr Idris Fennimore, our SENCo, works across both key stages.",
      `${lead} The SENCo is not a Deputy Designated Safeguarding Lead; the governors will appoint one this term.`,
    ))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
  it("still reports the deputy when no one is named as the SENCo", () => {
    for (const document of layouts(
      "Our SENCo works across both key stages.",
      `${lead} The SENCo is the Deputy Designated Safeguarding Lead.`,
    ))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
  it("does not read 'Lead' alone as the PSHE Lead's job", () => {
    for (const document of layouts(
      "Ms Ana Rusu, our Lead Teacher for Year 2, plans the relationships curriculum.",
      `${lead} The PSHE Lead is the Deputy Designated Safeguarding Lead.`,
    ))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
});
