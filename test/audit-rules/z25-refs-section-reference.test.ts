/**
 * From the held-out sets zz26–zz28 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A title heading that starts with a unit's number ("412 Squadron ATC — Child Protection Policy", "2026
 *   Safeguarding Policy") is no section 412: the policy's sections still run 1 to 8, and "section 20 above" or "see
 *   section 14" points past the last of them.
 * - "(see its section 4.3)", "the county association's section 5.2": a section of the document just named, not
 *   of this policy. "our section 4.3" is this policy's.
 * - A change-history row ("| 2.1 | May 2025 | Gallery added to section 6 |") is read alone: the next row's words
 *   ("Training log updated") are not what the reference is for.
 * - "See section 5 above for who to contact first", "how to report": a one-word title's word used as a verb after
 *   "who to", "how to" does not name the section "Contacts" or "Reporting".
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLES = [
  "Purpose",
  "Who to talk to",
  "Recognising harm",
  "Reporting",
  "Photographs",
  "Training",
  "Trips and camps",
  "Contacts",
];

/** An eight-section policy under `title`, `body` giving some sections' text, `before` lines above section 1. */
function policy(title: string, body: Record<number, string>, before: string[] = []): string {
  const parts = [`# ${title}`, "", ...before];
  for (const [i, heading] of TITLES.entries())
    parts.push(
      `## ${i + 1}. ${heading}`,
      "",
      body[i + 1] ?? `What the group does here: ${heading.toLowerCase()}.`,
      "",
    );
  return parts.join("\n");
}

describe("section-reference: a title heading that starts with a number", () => {
  it("reports 'section 20 above' and 'see section 14' in an eight-section policy whose title starts with a number", () => {
    for (const title of [
      "412 (Eastmoor) Squadron ATC — Child Protection Policy",
      "2026 Safeguarding Policy",
    ]) {
      const text = policy(title, {
        7: "Cadets sleep in rooms by age. The ratios of section 20 above on supervision apply to every camp. For kit, see section 14.",
      });
      const html = text
        .split(/\n\n/)
        .map((b) =>
          /^#+ /.test(b)
            ? `<h${b.indexOf(" ")}>${b.replace(/^#+ /, "")}</h${b.indexOf(" ")}>`
            : `<p>${b}</p>`,
        )
        .join("");
      for (const document of [markdownDocument(text), wordDocument(html)]) {
        expect(found(run(sectionReference, document), document), `${title} ${document.format}`).toEqual([
          "section 20 above",
          "section 14",
        ]);
      }
    }
  });

  it("leaves a reference to a section the policy has alone", () => {
    const text = policy("412 (Eastmoor) Squadron ATC — Child Protection Policy", {
      7: "The ratios of section 3 above on supervision apply to every camp.",
    });
    expect(run(sectionReference, markdownDocument(text))).toEqual([]);
  });
});

describe("section-reference: another document's section, named by a possessive", () => {
  it("leaves 'see its section 4.3' and 'the association's section 5.2' alone", () => {
    const text = policy("Eastmoor Fencing Club — Safeguarding Policy", {
      1: [
        "We follow the county association's welfare policy (see its section 4.3 on club welfare officers).",
        "Coaches keep to the association's section 5.2 on one-to-one lessons, and to their section 9.1 on travel.",
      ].join("\n"),
    });
    expect(run(sectionReference, markdownDocument(text))).toEqual([]);
  });

  it("still reports 'see our section 4.3' where the policy has no 4.3", () => {
    const text = policy("Eastmoor Fencing Club — Safeguarding Policy", {
      1: "Coaches keep to our section 4.3 on one-to-one lessons.",
    });
    const document = markdownDocument(text);
    expect(found(run(sectionReference, document), document)).toEqual(["section 4.3"]);
  });
});

describe("section-reference: a change-history row is read on its own", () => {
  const history = (row: string) => [
    "| Version | Date | Change |",
    "| --- | --- | --- |",
    row,
    "| 2.2 | March 2026 | Training log updated; new deputies |",
    "",
  ];

  it("leaves 'Gallery added to section 5' alone when the next row speaks of training", () => {
    for (const row of [
      "| 2.1 | May 2025 | Gallery added to section 5 |",
      "| 2.1 | May 2025 | Consent wording in section 5 changed |",
    ]) {
      const text = policy("Eastmoor Photo Studio — Safeguarding Policy", {}, history(row));
      expect(run(sectionReference, markdownDocument(text)), row).toEqual([]);
    }
  });

  it("still reports a row that itself names another section's title", () => {
    const text = policy(
      "Eastmoor Photo Studio — Safeguarding Policy",
      {},
      history("| 2.1 | May 2025 | Recognising harm: see section 5 |"),
    );
    const document = markdownDocument(text);
    expect(found(run(sectionReference, document), document)).toEqual(["section 5"]);
  });
});

describe("section-reference: 'who to contact' is no section called Contacts", () => {
  const reporting = "Tell the leader on duty straight away, or phone Sam Reid on 07700 900456.";

  it("leaves 'for who to contact' and 'how to report' alone when that section says whom to tell", () => {
    const text = policy("Eastmoor Youth Hub — Safeguarding Policy", {
      2: reporting,
      7: [
        "On a camp, the trip leader follows section 2 above for who to contact first.",
        "A leader who is unsure reads section 2 again for how to report it.",
      ].join("\n\n"),
    });
    expect(run(sectionReference, markdownDocument(text))).toEqual([]);
  });

  it("still reports 'for who to contact' when that section never says whom to tell", () => {
    const text = policy("Eastmoor Youth Hub — Safeguarding Policy", {
      2: reporting,
      7: "On a camp, the trip leader follows section 3 above for who to contact first.",
    });
    const document = markdownDocument(text);
    expect(found(run(sectionReference, document), document)).toEqual(["section 3"]);
  });
});
