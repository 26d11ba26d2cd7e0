/**
 * The yaml package keeps comments but writes one space before a trailing comment (`area: riverbend   # …`
 * becomes `area: riverbend # …`). After an update, every line that differs from its original only in the
 * spacing before a comment or at the end of the line gets its original back, so a diff shows only what
 * really changed. Lines are paired by a longest-common-subsequence alignment, never by text alone.
 */
function normal(line: string): string {
  return line.replace(/[ \t]+#/g, " #").trimEnd();
}

export function keepOriginalSpacing(original: string, updated: string): string {
  const a = original.split("\n");
  const b = updated.split("\n");
  const na = a.map(normal);
  const nb = b.map(normal);
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = length of the LCS of na[i..] and nb[j..]
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = na[i] === nb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out = [...b];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (na[i] === nb[j]) {
      out[j] = a[i];
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  return out.join("\n");
}
