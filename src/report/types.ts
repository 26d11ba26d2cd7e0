/** What every report format receives. */

import type { RuleMeta } from "../audit/rule.js";
import type { Finding } from "../model.js";

export interface AuditReport {
  findings: Finding[];
  asOf: string;
  settingsChecked: number;
  documentsChecked: number;
  waived: number;
  /** Every rule that ran, for formats that describe rules (SARIF). */
  rules: RuleMeta[];
  /** Setting id → name, for headings. */
  settingNames: Map<string, string>;
  /** Settings audited (ids), for formats that list clean ones too (JUnit). */
  settingIds: string[];
  version: string;
}

export type Formatter = (report: AuditReport, options: { color: boolean }) => string;
