/// <reference lib="dom" />
/**
 * The self-service page's check flow in real Chromium (issue 13): `policysmith site` (the built CLI) writes the
 * page for the example partnership, the page is opened from file://, and a person's policy files are chosen
 * with its "Choose a file" input — a Word policy and a PDF with known defects from the labelled corpus, and a
 * file that is not what its name says. At 1280 and 320 px: the findings show under the self-audit's
 * questions, axe-core finds no WCAG 2.2 A/AA violation, the page never scrolls sideways, and it makes no
 * request but its own four files, none after it has loaded. Screenshots of each step go to /tmp/site-shots/.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "./helpers/browser.js";
import {
  axeProblems,
  checkFile,
  type OpenedPage,
  openSite,
  repoRoot,
  SHOTS,
  shoot,
  sidewaysScroll,
  writeSite,
} from "./helpers/site.js";
import { toolsAvailable } from "./helpers/tools.js";

const haveBrowser = browserAvailable("The self-service page in Chromium");
const havePdfTools = toolsAvailable("The self-service page's evidence PDF", "qpdf", "pdftotext");
const WORD = join(repoRoot, "test", "corpus", "little-acorns-nursery.docx");
const PDF = join(repoRoot, "test", "corpus", "bramble-pre-school.pdf");
/** The corpus's labels are as of this day (test/corpus/README.md). */
const AS_OF = "2026-12-01";

let browser: Browser;
let siteDir: string;
let scratch: string;
const timings: Record<string, number> = {};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "policysmith-site-check-"));
  siteDir = join(scratch, "site");
  const written = writeSite(siteDir);
  expect(written.stderr).toBe("");
  expect(written.status).toBe(0);
  if (haveBrowser) browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (Object.keys(timings).length)
    writeFileSync(join(SHOTS, "timings.json"), `${JSON.stringify(timings, null, 2)}\n`);
});

/** The page's text under one of the self-audit's questions. */
async function answerTo(opened: OpenedPage, question: string): Promise<string> {
  return opened.page.evaluate((q) => {
    const heading = Array.from(document.querySelectorAll("#check-results h4")).find(
      (h) => h.textContent === q,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, with spaces between its blocks
    return heading?.parentElement?.innerText.replace(/\s+/g, " ").trim() ?? `(no question "${q}")`;
  }, question);
}

/** The page's own files are all it may load, and nothing at all once it has loaded. */
function requestProblems(opened: OpenedPage): string[] {
  const own = new Set(
    ["index.html", "style.css", "data.js", "app.js"].map((name) => pathToFileURL(join(siteDir, name)).href),
  );
  return [
    ...opened.requests.filter((r) => !own.has(r.url)).map((r) => `not one of the page's files: ${r.url}`),
    ...opened.requests.filter((r) => r.afterLoad).map((r) => `after the page loaded: ${r.url}`),
  ];
}

async function checkAt(opened: OpenedPage, path: string): Promise<number> {
  await opened.page.fill("#as-of", AS_OF);
  const started = performance.now();
  await checkFile(opened.page, path);
  return performance.now() - started;
}

describe.skipIf(!haveBrowser)("the self-service page checks a policy in Chromium", () => {
  for (const width of [1280, 320]) {
    it(`shows a Word policy's findings under the self-audit's questions at ${width} px`, async () => {
      const opened = await openSite(browser, siteDir, width);
      try {
        timings[`load ${width} px (ms)`] = Math.round(opened.loadMs);
        await shoot(opened.page, `${width}-1-opened`);
        expect(await opened.page.inputValue("#as-of")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        await expect(opened.page.textContent("#partnership-name")).resolves.toBe(
          "Riverbend and Fallowmere Safeguarding Children Partnership",
        );
        await expect(opened.page.textContent(".private")).resolves.toMatch(/^Nothing leaves your computer\./);

        expect(await opened.page.isHidden("#check-progress")).toBe(true);
        timings[`check Word ${width} px (ms)`] = Math.round(await checkAt(opened, WORD));
        expect(await opened.page.isHidden("#check-progress")).toBe(true);
        await shoot(opened.page, `${width}-2-word-checked`);
        expect(await opened.page.textContent("#check-status")).toBe(
          "Checked little-acorns-nursery.docx. Red: 5 things must be fixed, and 1 more is worth checking.",
        );
        expect(await opened.page.textContent(".summary")).toContain(
          "Dates were checked as of 1 December 2026.",
        );
        // Focus moves to the results, so a screen reader reads them next.
        expect(await opened.page.evaluate(() => document.activeElement?.id)).toBe("results-heading");
        const leads = await answerTo(opened, "Is a lead named and trained?");
        expect(leads).toMatch(/^Is a lead named and trained\? 3 things to fix/);
        expect(leads).toContain(
          "Carys Bell's most recent Designated Safeguarding Lead training is dated 12 March 2022",
        );
        expect(leads).toContain('Under "Training", paragraph 4');
        expect(leads).toContain("Leon Ashby's most recent Child Protection Awareness");
        const inDate = await answerTo(opened, "Is the policy in date?");
        expect(inDate).toMatch(/1 thing to fix, 1 thing to check/);
        expect(inDate).toContain("The policy was due for review by 21 June 2020");
        expect(inDate).toContain('"Pre-school Learning Alliance" is out of date');
        expect(await answerTo(opened, "Are the contacts right?")).toBe(
          "Are the contacts right? Nothing found.",
        );
        const template = await answerTo(opened, "Is anything left from the template?");
        expect(template).toContain('"??????" stands where a number or detail should be');
        expect(template).toContain('Under "Safeguarding and Child Protection Policy", paragraph 1');

        expect(requestProblems(opened)).toEqual([]);
        expect(await axeProblems(opened)).toEqual([]);
        expect(await sidewaysScroll(opened.page)).toBe(0);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.page.context().close();
      }
    });

    it(`shows a PDF's findings, with their page, at ${width} px`, async () => {
      const opened = await openSite(browser, siteDir, width);
      try {
        timings[`check PDF ${width} px (ms)`] = Math.round(await checkAt(opened, PDF));
        await shoot(opened.page, `${width}-3-pdf-checked`);
        expect(await opened.page.textContent("#check-status")).toBe(
          "Checked bramble-pre-school.pdf. Red: 1 thing must be fixed, and 1 more is worth checking.",
        );
        const leads = await answerTo(opened, "Is a lead named and trained?");
        expect(leads).toContain("but none for Ciaran Boyle (deputy designated safeguarding lead)");
        expect(leads).toContain("Page 1");
        expect(await answerTo(opened, "Is the policy in date?")).toContain(
          '"Protection of Children Act 1999" is out of date',
        );
        expect(requestProblems(opened)).toEqual([]);
        expect(await axeProblems(opened)).toEqual([]);
        expect(await sidewaysScroll(opened.page)).toBe(0);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.page.context().close();
      }
    });

    it(`says plainly when it cannot read a file, at ${width} px`, async () => {
      const notWord = join(scratch, "minutes.docx");
      writeFileSync(notWord, "These are the minutes of the committee meeting, saved as text.\n");
      const opened = await openSite(browser, siteDir, width);
      try {
        await checkAt(opened, notWord);
        await shoot(opened.page, `${width}-4-unreadable`);
        expect(await opened.page.textContent("#check-status")).toBe(
          "We could not read minutes.docx, so it was not checked. This file could not be audited: it is not a Word .docx file (it is not a zip archive) — open it in Word and save it as .docx.",
        );
        expect(await opened.page.isHidden("#check-results")).toBe(true);
        expect(await opened.page.getAttribute("#check-status", "role")).toBe("status");

        // The next file is checked as usual: the message does not stick.
        await checkAt(opened, join(repoRoot, "test", "corpus", "bramble-pre-school.md"));
        expect(await opened.page.textContent("#check-status")).toMatch(
          /^Checked bramble-pre-school\.md\. Red:/,
        );
        expect(requestProblems(opened)).toEqual([]);
        expect(await axeProblems(opened)).toEqual([]);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.page.context().close();
      }
    });
  }

  it.skipIf(!havePdfTools)(
    "downloads the check as a PDF dated with the as-of day, which qpdf passes and whose text is the findings",
    async () => {
      const opened = await openSite(browser, siteDir, 1280);
      try {
        await checkAt(opened, WORD);
        const [download] = await Promise.all([
          opened.page.waitForEvent("download"),
          opened.page.getByRole("button", { name: "Download this check as a PDF" }).click(),
        ]);
        expect(download.suggestedFilename()).toBe("check-of-little-acorns-nursery-2026-12-01.pdf");
        const pdf = join(scratch, download.suggestedFilename());
        await download.saveAs(pdf);
        await opened.page.waitForFunction(() =>
          /^The PDF of this check is ready/.test(document.getElementById("check-status")?.textContent ?? ""),
        );
        await shoot(opened.page, "1280-6-evidence-pdf");
        const qpdf = spawnSync("qpdf", ["--check", pdf], { encoding: "utf8" });
        expect(qpdf.stderr).toBe("");
        expect(qpdf.status).toBe(0);
        const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
          .stdout.replace(/\s+/g, " ")
          // A long file name breaks after a hyphen in the PDF's title.
          .replace(/-\s+/g, "-");
        expect(text).toContain("Safeguarding policy check: little-acorns-nursery.docx");
        expect(text).toContain("with dates as of 1 December 2026");
        expect(text).toContain("Result: Red. 5 things must be fixed, and 1 more is worth checking.");
        expect(text).toContain("Is a lead named and trained?");
        expect(text).toContain("Carys Bell's most recent Designated Safeguarding Lead training");
        expect(text).toContain("The policy was due for review by 21 June 2020");
        expect(text).toContain("book a refresher and record the new date. It says:");
        expect(text).toContain("Riverbend and Fallowmere Safeguarding Children Partnership");
        // Dated by the check, not the clock: the PDF's own date is the as-of day.
        const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
        expect(info).toMatch(/CreationDate:\s+Tue Dec {1,2}1 \d\d:\d\d:\d\d 2026/);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
        expect(requestProblems(opened)).toEqual([]);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.page.context().close();
      }
    },
  );

  it("checks the same file again when the as-of day changes", async () => {
    const opened = await openSite(browser, siteDir, 1280);
    try {
      await checkAt(opened, WORD);
      expect(await answerTo(opened, "Is the policy in date?")).toContain("due for review by 21 June 2020");
      const before = await opened.page.getAttribute("#check", "data-checks");
      await opened.page.fill("#as-of", "2020-01-01");
      await opened.page.waitForFunction(
        (count) => document.getElementById("check")?.getAttribute("data-checks") !== count,
        before,
      );
      expect(await opened.page.textContent(".summary")).toContain("Dates were checked as of 1 January 2020.");
      expect(await answerTo(opened, "Is the policy in date?")).not.toContain(
        "due for review by 21 June 2020",
      );
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.page.context().close();
    }
  });

  it("reaches the file chooser by keyboard and shows where the focus is", async () => {
    const opened = await openSite(browser, siteDir, 320);
    try {
      const reached: string[] = [];
      for (let i = 0; i < 8; i++) {
        await opened.page.keyboard.press("Tab");
        reached.push(
          await opened.page.evaluate(
            () => document.activeElement?.id || document.activeElement?.tagName || "",
          ),
        );
        if (reached.at(-1) === "policy-file") break;
      }
      expect(reached).toContain("as-of");
      expect(reached.at(-1)).toBe("policy-file");
      // The file input is drawn by its label, the "Choose a file" button: that button shows the focus.
      const outline = await opened.page.evaluate(() => {
        const style = getComputedStyle(document.querySelector(".drop .button") as Element);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline).toBe("solid 3px");
      await shoot(opened.page, "320-5-keyboard-focus");
    } finally {
      await opened.page.context().close();
    }
  });
});
