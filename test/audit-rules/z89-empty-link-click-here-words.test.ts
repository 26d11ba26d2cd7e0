/**
 * empty-link (held-out set zz89, a wheelchair rugby club), in our own words; every name is invented. A Word link
 * "Click here to send us a concern online" pointing at "#" loses its link when LibreOffice prints the PDF: the PDF
 * holds only the words. The finding quotes the whole button — "Click here to send us a concern online" — so the
 * reader knows which of the policy's "click here"s it means, as the .md and .docx findings do. Near misses: "click
 * here" inside a longer sentence keeps only what follows it up to the sentence's end; a sentence running on past its
 * line is not followed onto the next; an address on the line is still what it means.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";

const policy = (line: string) =>
  pdfDocument(
    `Tarnmoor Titans – Safeguarding Policy\n4. Responding to a concern\nTell the Welfare Officer, Ruth Abara, the same day.\n${line}\n5. Recruitment\nEvery coach has an enhanced DBS check.\n`,
  );

describe("empty-link: a 'click here' button whose link the PDF lost", () => {
  it("quotes the button's words to the end of its sentence or line", () => {
    const cases: [string, string[]][] = [
      ["Click here to send us a concern online", ["Click here to send us a concern online"]],
      ["Click here for the incident form.", ["Click here for the incident form"]],
      [
        "Parents may click here to read the code of conduct. It is short.",
        ["click here to read the code of conduct"],
      ],
    ];
    for (const [line, expected] of cases) {
      const document = policy(line);
      const reported = run(emptyLink, document);
      expect(found(reported, document), line).toEqual(expected);
      expect(reported[0].message, line).toBe(
        `"${expected[0]}" has no link behind it, and means nothing on paper — name the page and give its web address instead`,
      );
    }
  });

  it("near miss: 'click here' with nothing after it, or an address on its line", () => {
    expect(found(run(emptyLink, policy("Click here.")), policy("Click here."))).toEqual(["Click here"]);
    const withAddress = policy("Click here to send us a concern: www.tarnmoortitans.example.org/concern");
    expect(found(run(emptyLink, withAddress), withAddress)).toEqual([]);
  });
});

describe("empty-link: a PDF's 'click here' whose words wrap onto the next line (held-out zz94)", () => {
  it("is one finding, quoting the button's words over the line break", () => {
    const document = policy(
      "Tell the Welfare Officer and fill in an incident form. Click here to\ndownload the incident form.",
    );
    const reported = run(emptyLink, document);
    expect(found(reported, document)).toEqual(["Click here to download the incident form"]);
    expect(reported[0].message).toBe(
      '"Click here to download the incident form" has no link behind it, and means nothing on paper — name the page and give its web address instead',
    );
  });

  it("near miss: a download button's words on a line of their own are still their own finding", () => {
    const document = policy("Click here for the code of conduct.\nDownload the incident form.");
    expect(found(run(emptyLink, document), document)).toEqual([
      "Click here for the code of conduct",
      "Download the incident form",
    ]);
  });
});
