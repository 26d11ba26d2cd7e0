/// <reference lib="dom" />
/**
 * The page's "check the policy you have" flow: a file from the drop zone or the file input is read here (the
 * File API: nothing is uploaded), checked with the same core as `policysmith audit`, and shown as a
 * red / amber / green summary with the findings grouped by the self-audit's questions.
 */
import type { AuditData, CheckOptions } from "../app/check.js";
import type { Finding } from "../model.js";
import { formatUkDate } from "../template/dates.js";
import { el, nextPaint, sizeText, todayIso } from "./dom.js";
import { groupByQuestion, severityText, summarise, whereText } from "./questions.js";

export type CheckPolicy = (
  bytes: Uint8Array,
  fileName: string,
  data: AuditData,
  options: CheckOptions,
) => Promise<Finding[]>;

/** What the page shows after a check: also what the evidence PDF is made from. */
export interface CheckedFile {
  fileName: string;
  asOf: string;
  findings: Finding[];
}

export interface CheckViewOptions {
  data: AuditData;
  checkPolicy: CheckPolicy;
  /** Makes and offers the evidence PDF of a finished check (the results add its button); returns its name. */
  evidence?: (checked: CheckedFile) => Promise<string>;
}

const READABLE = /\.(docx|pdf|html?|md|markdown|txt)$/i;

/** Rule ids that mean "this file could not be read", not "this policy has a fault". */
const UNREADABLE_RULES = new Set(["unreadable", "document-unreadable"]);

export function startCheckView(options: CheckViewOptions): void {
  const form = document.getElementById("check-form") as HTMLFormElement;
  const asOf = document.getElementById("as-of") as HTMLInputElement;
  const input = document.getElementById("policy-file") as HTMLInputElement;
  const zone = document.getElementById("drop-zone") as HTMLElement;
  const status = document.getElementById("check-status") as HTMLElement;
  const results = document.getElementById("check-results") as HTMLElement;
  const section = document.getElementById("check") as HTMLElement;
  const progress = document.getElementById("check-progress") as HTMLProgressElement;
  asOf.value ||= todayIso();
  form.addEventListener("submit", (event) => event.preventDefault());

  let running = false;
  let last: File | undefined;
  let lastDay = "";

  const say = (text: string, problem = false) => {
    status.classList.toggle("problem", problem);
    status.textContent = text;
  };

  async function check(file: File): Promise<void> {
    if (running) return;
    running = true;
    last = file;
    results.hidden = true;
    results.replaceChildren();
    try {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf.value) ? asOf.value : todayIso();
      lastDay = day;
      if (!READABLE.test(file.name)) {
        say(
          `We cannot check ${file.name}: this page reads Word (.docx), PDF, web page (.html), Markdown (.md) and text (.txt) files. If your policy is in another format (for example an old Word .doc file), open it and save it as a Word document (.docx) or PDF, then choose that file.`,
          true,
        );
        return;
      }
      say(`Reading ${file.name} (${sizeText(file.size)})…`);
      progress.hidden = false;
      await nextPaint();
      const bytes = new Uint8Array(await file.arrayBuffer());
      say(
        `Checking ${file.name}${file.size > 1024 * 1024 ? " — a long document can take a little while" : ""}…`,
      );
      await nextPaint();
      progress.removeAttribute("value"); // moving, until a PDF says how many pages it has
      const findings = await options.checkPolicy(bytes, file.name, options.data, {
        asOf: day,
        // A long PDF: the bar fills page by page (the status line is left alone, so a screen reader is not
        // told every page); the browser gets a moment to draw it every few pages.
        onPage: async (read, pages) => {
          progress.max = pages;
          progress.value = read;
          progress.setAttribute("aria-valuetext", `Page ${read} of ${pages} read`);
          if (read % 5 === 0 || read === pages) await nextPaint();
        },
      });
      show({ fileName: file.name, asOf: day, findings });
    } catch (error) {
      say(
        `We could not check ${file.name}: ${error instanceof Error ? error.message : String(error)}. Check that the file opens on your computer, save it again and try once more.`,
        true,
      );
    } finally {
      progress.hidden = true;
      running = false;
      // How many checks have finished: lets a test (or a script) wait for the answer.
      section.dataset.checks = String(Number(section.dataset.checks ?? "0") + 1);
      // The same file chosen again (after fixing it) must fire "change" again.
      input.value = "";
    }
  }

  function show(checked: CheckedFile): void {
    const unreadable = checked.findings.filter((f) => UNREADABLE_RULES.has(f.ruleId));
    if (unreadable.length) {
      say(
        `We could not read ${checked.fileName}, so it was not checked. ${unreadable.map((f) => f.message).join(" ")}`,
        true,
      );
      return;
    }
    const heading = el("h3", { id: "results-heading", tabindex: "-1" }, `Results for ${checked.fileName}`);
    const summary = summarise(checked.findings);
    const parts: Node[] = [heading, summaryBox(checked)];
    if (options.evidence) {
      const button = el("button", { type: "button", class: "secondary" }, "Download this check as a PDF");
      button.addEventListener("click", async () => {
        if (button.disabled) return;
        button.disabled = true;
        say("Making the PDF of this check…");
        try {
          const name = await options.evidence?.(checked);
          say(`The PDF of this check is ready: ${name}, in your downloads. Nothing was uploaded.`);
        } catch (error) {
          say(
            `We could not make the PDF: ${error instanceof Error ? error.message : String(error)}. Try again, or print this page instead.`,
            true,
          );
        } finally {
          button.disabled = false;
        }
      });
      parts.push(el("div", { class: "actions" }, button));
    }
    parts.push(...questionSections(checked.findings, "h4", "q"));
    results.replaceChildren(...parts);
    results.hidden = false;
    say(`Checked ${checked.fileName}. ${summary.label}: ${summary.headline}`);
    heading.focus();
  }

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void check(file);
  });
  asOf.addEventListener("change", () => {
    // A new day changes the answer: check the same file again.
    if (last && !running && asOf.value !== lastDay && /^\d{4}-\d{2}-\d{2}$/.test(asOf.value))
      void check(last);
  });
  for (const type of ["dragenter", "dragover"])
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add("over");
    });
  for (const type of ["dragleave", "drop"]) zone.addEventListener(type, () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    const file = (event as DragEvent).dataTransfer?.files?.[0];
    if (file) void check(file);
  });
  // A file dropped beside the zone must not make the browser leave the page (and the reader's work).
  for (const type of ["dragover", "drop"]) window.addEventListener(type, (event) => event.preventDefault());
}

/** The red / amber / green box at the top of a check's results. */
export function summaryBox(checked: CheckedFile): HTMLElement {
  const summary = summarise(checked.findings);
  return el(
    "div",
    { class: `summary ${summary.rating}` },
    el(
      "p",
      { class: "headline" },
      el("span", { class: `rating ${summary.rating}` }, summary.label),
      summary.headline,
    ),
    el("p", {}, `Dates were checked as of ${formatUkDate(checked.asOf)}.`),
  );
}

/** One section per self-audit question (Other only when it has findings): its answer and its findings. */
export function questionSections(
  findings: readonly Finding[],
  level: "h3" | "h4",
  idPrefix: string,
): HTMLElement[] {
  const sections: HTMLElement[] = [];
  for (const group of groupByQuestion(findings)) {
    if (group.question.id === "other" && group.findings.length === 0) continue;
    const errors = group.findings.filter((f) => f.severity === "error").length;
    const warnings = group.findings.length - errors;
    const things = (n: number) => `${n} ${n === 1 ? "thing" : "things"}`;
    const answer = group.findings.length
      ? [errors ? `${things(errors)} to fix` : "", warnings ? `${things(warnings)} to check` : ""]
          .filter(Boolean)
          .join(", ")
      : "Nothing found.";
    const id = `${idPrefix}-${group.question.id}`;
    sections.push(
      el(
        "section",
        { class: "question", "aria-labelledby": id },
        el(level, { id }, group.question.text),
        el("p", { class: "answer" }, answer),
        group.findings.length ? el("ul", { class: "findings" }, ...group.findings.map(findingItem)) : null,
      ),
    );
  }
  return sections;
}

function findingItem(finding: Finding): HTMLLIElement {
  return el(
    "li",
    { class: `finding ${finding.severity}` },
    el(
      "p",
      {},
      el("span", { class: `tag ${finding.severity}` }, severityText(finding)),
      el("span", { class: "where" }, whereText(finding)),
    ),
    el("p", {}, finding.message),
    finding.excerpt ? el("p", { class: "quote" }, `It says: “${finding.excerpt}”`) : null,
  );
}
