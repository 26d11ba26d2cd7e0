/** The text an XML part holds where it escapes the five predefined entities (Word's w:t, instrText, …). */
export const unescapeXml = (text: string): string =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
