/**
 * "Download this check as a PDF" (issue 13): the findings of one check as a short document, dated with the
 * as-of day, for the governors' or trustees' minutes. It is a small PolicyDocument drawn by the same PDF renderer
 * as the policies (tagged, with the same fonts), so it needs nothing of its own. Pure: no DOM, no clock.
 */
import type { BlockContent, Heading, ListItem, PhrasingContent, Root } from "mdast";
import type { Finding, HeadingInfo, PolicyDocument, Setting, TemplateMeta } from "../model.js";
import { addMonthsIso, formatUkDate } from "../template/dates.js";
import { groupByQuestion, severityText, summarise, whereText } from "./questions.js";

export interface EvidenceInput {
  /** The file as the person chose it. */
  fileName: string;
  /** YYYY-MM-DD: the day the dates were checked against — the document's own date. */
  asOf: string;
  findings: readonly Finding[];
  /** Who publishes the page, e.g. "Riverbend and Fallowmere Safeguarding Children Partnership". */
  partnershipName: string;
}

const text = (value: string): PhrasingContent => ({ type: "text", value });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: "paragraph", children });

/** The evidence file's name: the policy's name and the day, e.g. "check-of-our-policy-2026-12-01.pdf". */
export function evidenceFileName(fileName: string, asOf: string): string {
  const stem =
    fileName
      .replace(/\.[^.]*$/, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "policy";
  return `check-of-${stem}-${asOf}.pdf`;
}

export function evidenceDocument(input: EvidenceInput): PolicyDocument {
  const day = formatUkDate(input.asOf);
  const summary = summarise(input.findings);
  const headings: HeadingInfo[] = [];
  const heading = (depth: 1 | 2, value: string): Heading => {
    const id = `h${headings.length + 1}`;
    headings.push({ depth, text: value, id });
    return {
      type: "heading",
      depth,
      children: [text(value)],
      data: { id, hProperties: { id }, number: "", plain: value } as Heading["data"],
    };
  };
  const title = "Safeguarding policy check";
  const children: Root["children"] = [
    heading(1, `${title}: ${input.fileName}`),
    paragraph(strong("Checked: "), text(`${input.fileName}, with dates as of ${day}.`)),
    paragraph(strong("Result: "), text(`${summary.label}. ${summary.headline}`)),
    paragraph(
      text(
        `Made on the self-service page of ${input.partnershipName}. The policy was read on the computer where it was checked; it was not uploaded.`,
      ),
    ),
  ];
  for (const group of groupByQuestion(input.findings)) {
    if (group.question.id === "other" && group.findings.length === 0) continue;
    children.push(heading(2, group.question.text));
    if (group.findings.length === 0) {
      children.push(paragraph(text("Nothing found.")));
      continue;
    }
    children.push({
      type: "list",
      ordered: false,
      spread: false,
      children: group.findings.map(
        (finding): ListItem => ({
          type: "listItem",
          spread: false,
          children: [
            paragraph(
              strong(`${severityText(finding)} — ${whereText(finding)}: `),
              text(/[.!?]$/.test(finding.message) ? finding.message : `${finding.message}.`),
              ...(finding.excerpt ? [text(` It says: “${finding.excerpt}”.`)] : []),
            ),
          ],
        }),
      ),
    });
  }
  children.push(
    heading(2, "What to do next"),
    paragraph(
      text(
        summary.rating === "green"
          ? "Nothing needs fixing now. Check the policy again when anything in it changes, and at least once a year."
          : "Fix the things listed above in your policy, then check it again on the self-service page: a clean check gives a green result.",
      ),
    ),
  );

  const setting: Setting = {
    id: "self-service-check",
    name: input.partnershipName,
    type: "check",
    area: "",
    policy: {},
    leads: [],
    source: input.fileName,
  };
  const template: TemplateMeta = {
    id: "policy-check",
    title,
    version: input.asOf,
    applies_to: ["all"],
    review_cycle_months: 12,
    number_headings: false,
    changelog: [],
    source: "policy-check",
  };
  const nextCheck = addMonthsIso(input.asOf, 12);
  return {
    setting,
    template,
    tree: { type: "root", children },
    headings,
    meta: {
      title,
      settingName: input.fileName,
      author: input.partnershipName,
      subject: `What the check of ${input.fileName} found, as of ${day}`,
      keywords: ["safeguarding", "policy check", "self-audit"],
      language: "en-GB",
      version: `of ${day}`,
      nextReview: nextCheck,
      nextReviewText: formatUkDate(nextCheck),
      date: input.asOf,
    },
  };
}
