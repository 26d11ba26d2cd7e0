/** A .ttf file as scripts/build-site.mjs builds it into the page: its bytes deflated (raw), then base64. */
declare module "*.ttf" {
  const packed: string;
  export default packed;
}
