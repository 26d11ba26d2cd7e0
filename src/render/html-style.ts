/** The stylesheet embedded in every HTML policy: readable on screen, sensible on paper. */
export const HTML_STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5;
  color: #1b1b1b; background: #fff; max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 3rem;
  overflow-wrap: break-word; }
h1, h2, h3, h4 { line-height: 1.25; color: #0b3d5c; }
h1 { font-size: 2rem; margin-top: 0.5rem; }
h2 { font-size: 1.5rem; margin-top: 2.25rem; border-bottom: 1px solid #c9d6df; padding-bottom: 0.2rem; }
h3 { font-size: 1.2rem; margin-top: 1.5rem; }
a { color: #0b5394; }
/* Focus: a dark outline (#0b3d5c: 11:1 on white, 9:1 on the table header grey) with a gap of page colour. */
:focus-visible { outline: 3px solid #0b3d5c; outline-offset: 2px; }
a:focus-visible { background: #fff; text-decoration-thickness: 2px; }
.table-scroll { overflow-x: auto; margin: 1rem 0; }
.table-scroll:focus-visible { outline-offset: 0; }
table { border-collapse: collapse; width: 100%; margin: 0; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding: 0.35rem 0; }
th, td { border: 1px solid #8a9ba8; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e8eef2; }
th[scope="row"] { background: #f3f6f8; font-weight: normal; }
.phone { white-space: nowrap; }
blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-left: 4px solid #0b5394; background: #f3f6f8; }
code { font-family: ui-monospace, Consolas, monospace; background: #f3f3f3; padding: 0 0.2rem; }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { position: static; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 0 1rem; border-bottom: 2px solid #0b3d5c; }
header .setting { font-weight: bold; font-size: 1.1rem; }
.logo { max-height: 4rem; max-width: 100%; width: auto; height: auto; }
/* Each contents entry carries its heading's own number, so the lists show no second one. */
nav.contents ol { list-style: none; padding-left: 1.5rem; }
nav.contents > ol { padding-left: 0; }
footer { margin-top: 3rem; border-top: 1px solid #c9d6df; font-size: 0.9rem; color: #4a4a4a; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .skip-link { display: none; }
  nav.contents a { text-decoration: none; color: inherit; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
  .table-scroll { overflow: visible; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
}
`.trim();
