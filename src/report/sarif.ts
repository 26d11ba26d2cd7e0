/** SARIF 2.1.0 for code scanning (GitHub uploads it with github/codeql-action/upload-sarif). */
import type { Formatter } from "./types.js";

const ENGINE_RULES = [
  {
    id: "unreadable",
    description:
      "A policy file could not be read (not a real .docx, a password, a scan with no text, empty).",
  },
  { id: "waiver-expired", description: "A waiver in partnership.yaml has passed its expiry date." },
  { id: "rule-error", description: "A rule failed on this input: a policysmith bug, please report it." },
];

/** Engine rules users configure, described here when the report's rules do not (a merged report). */
const CONFIGURABLE_ENGINE_RULES = [
  {
    id: "document-unreadable",
    description:
      "The text of a PDF or Word document could not be read in order (a scan, text boxes, words run together), so it was not checked.",
    level: "warning" as const,
  },
];

export const sarif: Formatter = (report) => {
  const rules = [
    ...report.rules.map((r) => ({ id: r.id, description: r.description, level: r.defaultSeverity })),
    ...ENGINE_RULES.map((r) => ({ ...r, level: "error" as const })),
    ...CONFIGURABLE_ENGINE_RULES.filter((r) => !report.rules.some((known) => known.id === r.id)),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "policysmith",
            version: report.version,
            informationUri: "https://github.com/policysmith/policysmith",
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.split(/(?<=\.)\s/)[0] },
              fullDescription: { text: r.description },
              defaultConfiguration: { level: r.level === "error" ? "error" : "warning" },
            })),
          },
        },
        properties: { asOf: report.asOf },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: f.severity === "error" ? "error" : "warning",
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split("\\").join("/") },
                // Word, PDF and web pages: no region (a line of their extracted text is no line of the file);
                // properties.location says where a person looks. Markdown, text and YAML keep their regions.
                ...(f.line !== undefined && !f.place
                  ? {
                      region: {
                        startLine: f.line,
                        startColumn: f.column ?? 1,
                        ...(f.endLine !== undefined
                          ? { endLine: f.endLine, endColumn: f.endColumn ?? 1 }
                          : {}),
                        ...(f.excerpt ? { snippet: { text: f.excerpt } } : {}),
                      },
                    }
                  : {}),
              },
            },
          ],
          ...(f.settingId || f.location
            ? {
                properties: {
                  ...(f.settingId ? { settingId: f.settingId } : {}),
                  ...(f.location !== undefined ? { location: f.location } : {}),
                  ...(f.place !== undefined ? { place: f.place } : {}),
                  ...(f.place && f.excerpt ? { excerpt: f.excerpt } : {}),
                },
              }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
