/** mammoth's reader of style-map lines ships without types; mammoth-styles.ts only wraps `readStyle`. */
declare module "mammoth/lib/style-reader.js" {
  const styleReader: { readStyle: (line: string) => unknown };
  export default styleReader;
}
