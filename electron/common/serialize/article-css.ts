// The article stylesheet of exported HTML (and the base the print stylesheet builds on).
// Logical properties throughout, so the same rules serve RTL and an LTR block.
export const ARTICLE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:var(--qalam-font);font-size:18px;line-height:1.8;color:#1b1b1b;background:#fff;
  text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased}
body{margin:0}
article{max-inline-size:42rem;margin-inline:auto;padding:2rem 1.25rem 4rem}
header{margin-block-end:1.5rem;border-block-end:1px solid #d8d2c4;padding-block-end:1rem}
.kicker{margin:0;color:#a0262d;font-weight:700;font-size:1rem}
h1{margin:.25rem 0 .75rem;font-size:2.1rem;line-height:1.35;font-weight:700}
.standfirst{margin:0 0 .75rem;font-size:1.2rem;color:#3a3a3a}
.byline{margin:0;font-size:.95rem;color:#5b5b5b}
h2{font-size:1.45rem;line-height:1.45;margin:1.75rem 0 .5rem}
h3{font-size:1.2rem;line-height:1.5;margin:1.5rem 0 .5rem}
p{margin:0 0 1rem;text-align:justify;text-justify:inter-word}
ul,ol{margin:0 0 1rem;padding-inline-start:1.75rem}
li{margin-block-end:.35rem}
blockquote{margin:1.25rem 0;padding-inline-start:1rem;border-inline-start:4px solid #d8d2c4;color:#333}
blockquote p{margin:0}
blockquote.pull-quote{border:0;border-block:2px solid #a0262d;padding:.75rem 0;font-size:1.35rem;text-align:center}
table{border-collapse:collapse;inline-size:100%;margin:1.25rem 0;font-size:.95rem}
th,td{border:1px solid #c9c2b2;padding:.4rem .6rem;text-align:start;vertical-align:top}
thead th{background:#f1ede4}
figure{margin:1.5rem 0}
figure img{display:block;max-inline-size:100%;block-size:auto;margin-inline:auto}
figcaption{font-size:.9rem;color:#555;margin-block-start:.4rem}
figcaption .credit{color:#777;font-size:.85em}
hr{border:0;border-block-start:1px solid #d8d2c4;margin:2rem auto;inline-size:30%}
a{color:#1d4f91}
[dir="ltr"]{text-align:left}
`.trim();
