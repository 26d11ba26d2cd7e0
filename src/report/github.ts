/** GitHub Actions workflow commands: each finding becomes an annotation on the file and line. */
import type { Formatter } from "./types.js";

const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const github: Formatter = (report) =>
  report.findings
    .map((f) => {
      const props = [`file=${property(f.file)}`];
      if (f.line !== undefined) props.push(`line=${f.line}`, `col=${f.column ?? 1}`);
      if (f.endLine !== undefined) props.push(`endLine=${f.endLine}`, `endColumn=${f.endColumn ?? 1}`);
      props.push(`title=${property(`${f.ruleId}${f.settingId ? ` (${f.settingId})` : ""}`)}`);
      // A Word, PDF or web page's line number is of its extracted text: the message says where a person looks.
      const message = f.place && f.location ? `${f.message} (at ${f.location})` : f.message;
      return `::${f.severity === "error" ? "error" : "warning"} ${props.join(",")}::${data(message)}\n`;
    })
    .join("");
