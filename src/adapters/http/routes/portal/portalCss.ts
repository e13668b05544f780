/** Small additions for the portal: right-to-left layout, language list, focus, narrow screens. */
export const PORTAL_CSS = `
.kp-portal-sprachen__liste, .kp-portal-fusslinks { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
.kp-portal-sprachen .kern-link, .kp-portal-sprachen .kern-link:visited { color: #fff; }
.kp-header .kern-btn--tertiary, .kp-header .kern-btn--tertiary .kern-label { color: #fff; border-color: #fff; }
.kp-portal-sprachen a[aria-current="true"] { font-weight: 700; text-decoration: none; }
.kp-portal-schritte { list-style: none; padding: 0; margin: 0; }
.kp-portal-schritt { border-block-end: 1px solid #c6c6c6; padding-block: .75rem; }
.kp-portal-details { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .25rem 0; }
.kp-portal-details dt { font-weight: 700; display: inline; }
.kp-portal-details dt::after { content: ": "; }
.kp-portal-details dd { display: inline; margin: 0; }
.kp-portal-melden { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; }
.kp-portal-melden details { flex-basis: 100%; }
.kp-portal-nur-deutsch { font-style: italic; }
.kp-portal-code { font-family: monospace; letter-spacing: .1em; overflow-wrap: anywhere; }
.kp-portal-uri { overflow-wrap: anywhere; }
a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; box-shadow: 0 0 0 5px #ffdd00; }
[dir="rtl"] .kp-skip-link { left: auto; right: -10000px; }
[dir="rtl"] .kp-skip-link:focus { right: 1rem; }
[dir="rtl"] .kern-list--bullet { padding-inline-start: 1.25rem; padding-inline-end: 0; }
@media (max-width: 480px) { .kp-header__inner { flex-wrap: wrap; } .kern-btn { max-width: 100%; white-space: normal; } }
`;
