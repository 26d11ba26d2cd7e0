/**
 * A TrueType font cut down to the characters a document uses, as a standalone font Word and LibreOffice can
 * install from a .docx: glyf/loca/hmtx with only those glyphs (and the parts of composite glyphs), a cmap
 * (Windows Unicode, format 4) for them, and the font's own name, OS/2, head, hhea, maxp, hinting tables;
 * post without glyph names. Pure bytes in, bytes out (runs in Node and the browser); same input → same bytes.
 */

interface TableRecord {
  offset: number;
  length: number;
}

function tables(font: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(font[at], font[at + 1], font[at + 2], font[at + 3]);
    const record: TableRecord = { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
    out.set(tag, font.subarray(record.offset, record.offset + record.length));
  }
  return out;
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Unicode code point → glyph id, from the font's format 4 (BMP) and format 12 (full) cmap subtables. */
const characterMaps = new WeakMap<Uint8Array, Map<number, number>>();

export function characterMap(font: Uint8Array): Map<number, number> {
  const known = characterMaps.get(font);
  if (known) return known;
  const cmap = tables(font).get("cmap");
  const map = new Map<number, number>();
  characterMaps.set(font, map);
  if (!cmap) return map;
  const view = viewOf(cmap);
  const subtables = view.getUint16(2);
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(4 + 8 * i);
    const encoding = view.getUint16(6 + 8 * i);
    const offset = view.getUint32(8 + 8 * i);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if (format === 4) {
      const segments = view.getUint16(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const ranges = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const end = view.getUint16(ends + 2 * s);
        const start = view.getUint16(starts + 2 * s);
        const delta = view.getInt16(deltas + 2 * s);
        const range = view.getUint16(ranges + 2 * s);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          let glyph: number;
          if (range === 0) glyph = (code + delta) & 0xffff;
          else {
            const at = ranges + 2 * s + range + 2 * (code - start);
            glyph = view.getUint16(at);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          if (glyph !== 0 && !map.has(code)) map.set(code, glyph);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(offset + 12);
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + 12 * g;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        const first = view.getUint32(at + 8);
        for (let code = start; code <= end; code++) if (!map.has(code)) map.set(code, first + code - start);
      }
    }
  }
  return map;
}

/** The font with only the glyphs of `codePoints` (those it has) and .notdef. */
export function subsetFont(font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const source = tables(font);
  const need = (tag: string) => {
    const table = source.get(tag);
    if (!table) throw new Error(`font subset: the font has no '${tag}' table`);
    return table;
  };
  const head = need("head");
  const hhea = need("hhea");
  const maxp = need("maxp");
  const hmtx = viewOf(need("hmtx"));
  const loca = viewOf(need("loca"));
  const glyf = need("glyf");
  const longOffsets = viewOf(head).getInt16(50) === 1;
  const metricsCount = viewOf(hhea).getUint16(34);
  const glyphStart = (id: number) => (longOffsets ? loca.getUint32(4 * id) : 2 * loca.getUint16(2 * id));
  const glyphBytes = (id: number) => glyf.subarray(glyphStart(id), glyphStart(id + 1));

  // Old glyph ids: .notdef, the characters' glyphs and every component of a composite glyph.
  const cmap = characterMap(font);
  const mapped = new Map<number, number>();
  for (const code of codePoints) {
    const glyph = cmap.get(code);
    if (glyph !== undefined && code <= 0xffff) mapped.set(code, glyph);
  }
  const wanted = new Set<number>([0, ...mapped.values()]);
  const pending = [...wanted];
  while (pending.length) {
    const id = pending.pop() as number;
    for (const component of components(glyphBytes(id)))
      if (!wanted.has(component.glyph)) {
        wanted.add(component.glyph);
        pending.push(component.glyph);
      }
  }
  const order = [...wanted].sort((a, b) => a - b);
  const newId = new Map(order.map((old, index) => [old, index]));

  // glyf and loca (long offsets), composite glyphs pointing at the new ids.
  const glyphs = order.map((old) => {
    const bytes = glyphBytes(old).slice();
    for (const component of components(bytes))
      viewOf(bytes).setUint16(component.at, newId.get(component.glyph) as number);
    return pad(bytes, 2);
  });
  const newGlyf = concat(glyphs);
  const newLoca = new Uint8Array(4 * (order.length + 1));
  let offset = 0;
  glyphs.forEach((bytes, index) => {
    viewOf(newLoca).setUint32(4 * index, offset);
    offset += bytes.length;
  });
  viewOf(newLoca).setUint32(4 * order.length, offset);

  // hmtx: a full metric for every glyph.
  const newHmtx = new Uint8Array(4 * order.length);
  order.forEach((old, index) => {
    const advance = hmtx.getUint16(4 * Math.min(old, metricsCount - 1));
    const bearing =
      old < metricsCount
        ? hmtx.getInt16(4 * old + 2)
        : hmtx.getInt16(4 * metricsCount + 2 * (old - metricsCount));
    viewOf(newHmtx).setUint16(4 * index, advance);
    viewOf(newHmtx).setInt16(4 * index + 2, bearing);
  });

  const newHead = head.slice();
  viewOf(newHead).setUint32(8, 0); // checkSumAdjustment, set below
  viewOf(newHead).setInt16(50, 1); // long loca offsets
  const newHhea = hhea.slice();
  viewOf(newHhea).setUint16(34, order.length);
  const newMaxp = maxp.slice();
  viewOf(newMaxp).setUint16(4, order.length);
  // post version 3: the font's metrics for underlines and italics, no glyph names.
  const newPost = need("post").slice(0, 32);
  viewOf(newPost).setUint32(0, 0x00030000);

  const out = new Map<string, Uint8Array>([
    ["cmap", unicodeCmap(new Map([...mapped].map(([code, old]) => [code, newId.get(old) as number])))],
    ["glyf", newGlyf],
    ["head", newHead],
    ["hhea", newHhea],
    ["hmtx", newHmtx],
    ["loca", newLoca],
    ["maxp", newMaxp],
    ["post", newPost],
  ]);
  out.set("name", windowsNames(need("name")));
  for (const tag of ["OS/2", "cvt ", "fpgm", "prep", "gasp"]) {
    const table = source.get(tag);
    if (table) out.set(tag, table);
  }
  return assemble(out);
}

/**
 * The name table with its Windows records only (the ones Word and LibreOffice read; the Macintosh records
 * repeat them), the copyright and licence notices among them, as the font's licence asks of every copy.
 */
function windowsNames(name: Uint8Array): Uint8Array {
  const view = viewOf(name);
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  const records: Array<{ fields: Uint8Array; text: Uint8Array }> = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    if (view.getUint16(at) !== 3) continue;
    const length = view.getUint16(at + 8);
    const offset = view.getUint16(at + 10);
    records.push({
      fields: name.slice(at, at + 8),
      text: name.slice(storage + offset, storage + offset + length),
    });
  }
  const header = new Uint8Array(6 + 12 * records.length);
  const head = viewOf(header);
  head.setUint16(2, records.length);
  head.setUint16(4, header.length);
  let offset = 0;
  records.forEach((record, i) => {
    const at = 6 + 12 * i;
    header.set(record.fields, at);
    head.setUint16(at + 8, record.text.length);
    head.setUint16(at + 10, offset);
    offset += record.text.length;
  });
  return concat([header, ...records.map((r) => r.text)]);
}

/** The components of a composite glyph: each one's glyph id and where that id is written. */
function components(glyph: Uint8Array): Array<{ glyph: number; at: number }> {
  if (glyph.length < 10) return [];
  const view = viewOf(glyph);
  if (view.getInt16(0) >= 0) return [];
  const out: Array<{ glyph: number; at: number }> = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    out.push({ glyph: view.getUint16(at + 2), at: at + 2 });
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return out;
  }
}

/** A cmap with one Windows Unicode BMP subtable (format 4): runs of consecutive characters and glyphs. */
function unicodeCmap(map: Map<number, number>): Uint8Array {
  const codes = [...map.keys()].sort((a, b) => a - b);
  const segments: Array<{ start: number; end: number; delta: number }> = [];
  for (const code of codes) {
    const glyph = map.get(code) as number;
    const last = segments[segments.length - 1];
    if (last && code === last.end + 1 && glyph === code + last.delta) last.end = code;
    else segments.push({ start: code, end: code, delta: glyph - code });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const length = 16 + 8 * n;
  const table = new Uint8Array(12 + length);
  const view = viewOf(table);
  view.setUint16(0, 0); // version
  view.setUint16(2, 1); // one subtable
  view.setUint16(4, 3); // Windows
  view.setUint16(6, 1); // Unicode BMP
  view.setUint32(8, 12);
  const sub = 12;
  view.setUint16(sub, 4);
  view.setUint16(sub + 2, length);
  view.setUint16(sub + 4, 0);
  view.setUint16(sub + 6, 2 * n);
  const power = 2 ** Math.floor(Math.log2(n));
  view.setUint16(sub + 8, 2 * power);
  view.setUint16(sub + 10, Math.log2(power));
  view.setUint16(sub + 12, 2 * n - 2 * power);
  segments.forEach((s, i) => {
    view.setUint16(sub + 14 + 2 * i, s.end);
    view.setUint16(sub + 16 + 2 * n + 2 * i, s.start);
    view.setUint16(sub + 16 + 4 * n + 2 * i, s.delta & 0xffff);
    view.setUint16(sub + 16 + 6 * n + 2 * i, 0);
  });
  return table;
}

/** The font file: offset table, table records in tag order, 4-byte aligned tables, checksums. */
function assemble(tablesByTag: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tablesByTag.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = tags.length;
  const header = new Uint8Array(12 + 16 * n);
  const view = viewOf(header);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  const power = 2 ** Math.floor(Math.log2(n));
  view.setUint16(6, 16 * power);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, 16 * n - 16 * power);
  const bodies: Uint8Array[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const table = tablesByTag.get(tag) as Uint8Array;
    const at = 12 + 16 * i;
    for (let c = 0; c < 4; c++) header[at + c] = tag.charCodeAt(c);
    view.setUint32(at + 4, checksum(table));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.length);
    const padded = pad(table, 4);
    bodies.push(padded);
    offset += padded.length;
  });
  const file = concat([header, ...bodies]);
  const headAt = viewOf(header).getUint32(12 + 16 * tags.indexOf("head") + 8);
  viewOf(file).setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return file;
}

function checksum(bytes: Uint8Array): number {
  const padded = pad(bytes, 4);
  const view = viewOf(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function pad(bytes: Uint8Array, to: number): Uint8Array {
  const length = Math.ceil(bytes.length / to) * to;
  if (length === bytes.length) return bytes;
  const out = new Uint8Array(length);
  out.set(bytes);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
