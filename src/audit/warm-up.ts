/**
 * The rules' first run, made on a small built-in policy while the audit waits for its first document (issue 15,
 * start fast). A rule's first run over any policy costs ten times its later runs: V8 compiles the rule's code and
 * its regular expressions, and chrono builds its parsers, on first use. `audit one.docx` reads the Word file in a
 * thread (sources/read-ahead-node.ts) while this thread loads the rules; when the rules are loaded first, this
 * thread would wait with nothing to do, so it runs them on this policy instead, one rule at a time, and stops as
 * soon as the document is there. What the rules report here is thrown away; rules keep nothing from one document
 * to the next (an audit worker checks many in turn), so no finding of the real document changes.
 */
import { checkSourceDocument, type DocumentCheckInput } from "./check-document.js";
import type { Block, TableCell } from "./document/blocks.js";
import type { OutlineHeading, SourceDocument } from "./rule.js";

/** Written as the Word reader gives a policy's text: headings, paragraphs, a list, a table. Names are invented. */
const WARM_UP_TEXT = `# Willow Lane Nursery

# Safeguarding and Child Protection Policy

# 1. Policy statement

Willow Lane Nursery cares for children aged six months to five years. We follow the Early Years Foundation Stage, the procedures of the local safeguarding partnership and Working Together to Safeguard Children 2023.

# 2. Designated Safeguarding Lead and deputy

Designated Safeguarding Lead: Mrs Priya Dawson, Nursery Manager
Deputy Designated Safeguarding Lead: Owen Hartley, Room Leader

The DSL can be contacted on 01632 960 111. The NSPCC helpline is 0808 800 5000 and ChildLine is 0800 1111.

# 3. Training

| **Name** | **Course** | **Date completed** | **Expires** |
| - | - | - | - |
| Priya Dawson | Designated Safeguarding Lead training | 12 March 2024 | March 2026 |
| Owen Hartley | Safeguarding level 2 | 3 October 2023 | |
| Grace Mensah | Child protection awareness | 14/09/2022 | 14/09/2025 |

All staff complete safeguarding training within their first month and refresh it every three years. Our manager completed safer recruitment training in January 2024.

# 4. Safer recruitment

Everyone who works with the children has an enhanced DBS check (formerly a CRB check) with a barred list check, and we check the ISA list as required by the Independent Safeguarding Authority. References are taken up before anyone starts.

# 5. Responding to concerns

- **Record**: write down what you saw or heard on a concern form, sign and date it.
- **Report**: tell the DSL at once, or the deputy if the DSL is away; see section 7 below.
- **Refer**: the DSL contacts children's social care or the LADO within one working day, and Ofsted within 14 days.

If a child is in immediate danger, call 999. Contact [insert local authority number] for advice.

# 6. Allegations against staff

Allegations are reported to the manager, or to the chair of the committee, Mr David O'Neill, if they concern the manager.

# 7. Review

This policy was adopted on 1 September 2024 and is reviewed annually by the committee. Date of last review: September 2024. Next review due: September 2025.

Signed: ____________ Date: ____________
`;

/** The policy above as the Word reader would give it: each block with its range in the text and its place. */
function warmUpDocument(): SourceDocument {
  const text = WARM_UP_TEXT;
  const blocks: Block[] = [];
  const headings: OutlineHeading[] = [];
  let section: string | undefined;
  let paragraph = 0;
  let table: { rows: TableCell[][]; offset: number; endOffset: number } | undefined;
  let offset = 0;
  const place = () => ({ section, paragraph });
  for (const line of text.split("\n")) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    if (line.startsWith("| ")) {
      if (/^\|(?:\s*-\s*\|)+$/.test(line)) continue;
      table ??= { rows: [], offset: start, endOffset: end };
      table.endOffset = end;
      const cells: TableCell[] = [];
      let from = start + 1;
      for (const raw of line.slice(1, -1).split("|")) {
        const words = raw.trim().replace(/^\*\*|\*\*$/g, "");
        const at = text.indexOf(words, from);
        cells.push({ text: words, offset: at, endOffset: at + words.length });
        from += raw.length + 1;
      }
      table.rows.push(cells);
      continue;
    }
    if (table) {
      paragraph++;
      blocks.push({ kind: "table", headerRow: true, ...table, place: place() });
      table = undefined;
    }
    if (line === "") continue;
    if (line.startsWith("# ")) {
      const words = line.slice(2);
      const numbered = /^(\d+)\.\s+(.*)$/.exec(words);
      section = `"${words}"`;
      paragraph = 0;
      headings.push({ depth: 1, text: words, offset: start, endOffset: end });
      blocks.push({
        kind: "heading",
        depth: 1,
        ...(numbered ? { number: numbered[1], title: numbered[2] } : { title: words }),
        offset: start,
        endOffset: end,
        place: { section },
      });
      continue;
    }
    paragraph++;
    blocks.push(
      line.startsWith("- ")
        ? {
            kind: "listItem",
            level: 1,
            ordered: false,
            marker: "-",
            offset: start,
            endOffset: end,
            place: place(),
          }
        : { kind: "paragraph", offset: start, endOffset: end, place: place() },
    );
  }
  return {
    file: "warm-up.docx",
    format: "docx",
    text,
    outline: { headings, links: [], anchors: [] },
    blocks,
    pageCount: 2,
  };
}

/**
 * Runs each of `input.rules` once on the built-in policy, yielding to the event loop before each, until `arrived`
 * settles (the document the audit waits for). Never throws; what the rules report is dropped.
 */
export async function warmUpUntil(arrived: Promise<unknown>, input: DocumentCheckInput): Promise<void> {
  let done = false;
  const settle = () => {
    done = true;
  };
  arrived.then(settle, settle);
  let document: SourceDocument;
  try {
    document = warmUpDocument();
  } catch {
    return;
  }
  for (const active of input.rules) {
    // setImmediate runs after the event loop's poll phase, where the reader thread's message arrives.
    await new Promise((resolve) => setImmediate(resolve));
    if (done) return;
    try {
      checkSourceDocument(document, { ...input, rules: [active] });
    } catch {
      // A warm-up that fails costs nothing but its time: the real document is checked as always.
    }
  }
}
