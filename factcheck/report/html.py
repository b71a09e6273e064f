"""One self-contained HTML page: each article's text with every claim marked.

`factcheck report --format html > report.html` writes a single file with its CSS and
script inline and a Content-Security-Policy that forbids fetching anything, so it can be
mailed, attached to a ticket or opened offline. Each claim is marked in the article's own
text (read from the article file: claim files hold only spans into it) in its verdict's
colour, with an icon and an underline style of its own so that it reads without colour.
Clicking or focusing a claim (Tab, then Enter) shows its metric, period, expected value,
reasons, rule ids, review status and the reference's source link. Checkboxes filter by
verdict and review status. The summary at the top carries the same counts as the
terminal report and the JSON summary.

Article text is untrusted: every string is escaped, links are only http(s), and the
page's policy blocks any script but its own.
"""

from __future__ import annotations

import html
import json
from typing import Optional

from factcheck import __version__
from factcheck.models import Claim, ClaimFile, FailOn, ReviewStatus, Verdict
from factcheck.report.findings import findings, is_finding, reasons, rule_ids, source_url
from factcheck.summary import RunSummary

ICONS = {"supported": "✔", "contradicted": "✖", "inconsistent": "⚠", "unverified": "?"}
VERDICTS = [v.value for v in Verdict]
REVIEWS = [r.value for r in ReviewStatus]


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def link(url: Optional[str], text: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(text)}</a>'
    return esc(text)


def article_text(cf: ClaimFile) -> tuple[Optional[str], str]:
    """(the article's decoded text, or None; a note for the reader when it is missing or changed)."""
    from factcheck.articles import file_sha256, read_article
    from factcheck.errors import FactcheckError

    path = cf.article.get("path")
    if not path:
        return None, "The claim file names no article file: the claims are shown alone."
    try:
        article = read_article(path)
    except FactcheckError as exc:
        return None, f"Article file {path} cannot be read ({exc.reason}): the claims are shown alone."
    except OSError as exc:
        return None, f"Article file {path} cannot be read ({exc.strerror or exc}): the claims are shown alone."
    if cf.article.get("sha256") and file_sha256(path) != cf.article.get("sha256"):
        return article.text, (f"Article file {path} changed since it was scanned: claims whose text is no "
                              "longer at their place are listed below it (re-run factcheck scan).")
    return article.text, ""


class Page:
    """Builds the page; claim elements get short ids (c1, c2, …) that are safe in HTML."""

    def __init__(self, files: list[ClaimFile], summary: RunSummary, fail_on: FailOn):
        self.files = files
        self.summary = summary
        self.fail_on = fail_on
        self.ids: dict[int, str] = {}

    def cid(self, c: Claim) -> str:
        key = id(c)
        if key not in self.ids:
            self.ids[key] = f"c{len(self.ids) + 1}"
        return self.ids[key]

    # -- pieces -------------------------------------------------------------------------
    def mark(self, c: Claim, text: str) -> str:
        v, r = c.check.verdict, c.review.status
        finding = " finding" if is_finding(c) else ""
        return (f'<mark class="claim v-{esc(v)} r-{esc(r)}{finding}" tabindex="0" role="button" '
                f'data-detail="{self.cid(c)}-d" data-verdict="{esc(v)}" data-review="{esc(r)}" id="{self.cid(c)}" '
                f'aria-label="{esc(text)}: {esc(v)}, {esc(r)}">{esc(text)}</mark>')

    def detail(self, cf: ClaimFile, c: Claim) -> str:
        rows = [("Claim", f"<q>{esc(c.surface)}</q> · line {c.line}, column {c.column or 1} · <code>{esc(c.id)}</code>"),
                ("Metric", esc(c.metric or "—")), ("Subject", esc(", ".join(c.subject) or "—")),
                ("Period", esc(c.period or "—"))]
        expected = esc(c.check.expected) if c.check.expected else "—"
        if c.check.reference:
            expected += f" (<code>{esc(c.check.reference)}</code>)"
        rows.append(("Expected", expected))
        why = reasons(c)
        rows.append(("Reasons", "<ul class=\"reasons\">" + "".join(f"<li>{esc(x)}</li>" for x in why) + "</ul>"
                     if why else "—"))
        rows.append(("Rules", " ".join(f"<code>{esc(x)}</code>" for x in c.check.rules) or "—"))
        review = esc(c.review.status)
        if c.review.by:
            review += f" by {esc(c.review.by)}"
        if c.review.at:
            review += f" at {esc(c.review.at)}"
        if c.review.note:
            review += f": {esc(c.review.note)}"
        rows.append(("Review", review))
        correction = getattr(c.check, "correction", None)  # written by the relations engine
        if correction:
            rows.append(("Correction", esc(correction)))
        rows.append(("Source", link(source_url(c), c.check.source) if c.check.source else "—"))
        body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        v = c.check.verdict
        return (f'<div class="detail" id="{self.cid(c)}-d" data-claim="{esc(c.id)}" hidden>'
                f'<p class="verdict v-{esc(v)}"><span class="icon" aria-hidden="true">{ICONS.get(v, "?")}</span> '
                f'{esc(v)}</p><dl>{body}</dl></div>')

    def marked_text(self, text: str, claims: list[Claim]) -> tuple[str, list[Claim]]:
        """The text with each claim marked at its span; claims whose span no longer holds
        their surface (or overlaps an earlier mark) are returned to be listed apart."""
        out: list[str] = []
        at = 0
        apart: list[Claim] = []
        for c in sorted(claims, key=lambda c: (c.span[0], c.span[1])):
            a, b = int(c.span[0]), int(c.span[1])
            if a < at or b > len(text) or text[a:b] != c.surface:
                apart.append(c)
                continue
            out.append(esc(text[at:a]))
            out.append(self.mark(c, text[a:b]))
            at = b
        out.append(esc(text[at:]))
        return "".join(out), apart

    def sentence(self, c: Claim) -> str:
        at = c.sentence.find(c.surface) if c.surface else -1
        if at < 0:
            return f"{esc(c.sentence)} {self.mark(c, c.surface)}"
        return esc(c.sentence[:at]) + self.mark(c, c.surface) + esc(c.sentence[at + len(c.surface):])

    def article(self, cf: ClaimFile, n: int) -> str:
        counts = {v: 0 for v in VERDICTS}
        for c in cf.claims:
            counts[c.check.verdict] = counts.get(c.check.verdict, 0) + 1
        meta = [esc(cf.article.get("path") or ""), esc(cf.date or "undated"),
                f"{len(cf.claims)} claim{'s' if len(cf.claims) != 1 else ''}"]
        meta += [f'<span class="v-{v}">{ICONS[v]} {counts[v]} {v}</span>' for v in VERDICTS if counts.get(v)]
        title = cf.article.get("title")
        parts = [f'<article class="article" id="a{n}" data-article="{esc(cf.id)}">',
                 f'<h2>{esc(title or cf.id)}</h2>',
                 f'<p class="meta">{" · ".join(x for x in meta if x)}</p>']
        text, note = article_text(cf)
        if note:
            parts.append(f'<p class="note" role="note">{esc(note)}</p>')
        apart = cf.claims
        if text is not None:
            body, apart = self.marked_text(text, cf.claims)
            parts.append(f'<div class="text">{body}</div>')
        if apart:
            heading = "Claims" if text is None else "Claims not found at their place in the text"
            parts.append(f'<h3>{heading}</h3><ol class="apart">')
            parts += [f'<li>{self.sentence(c)}</li>' for c in apart]
            parts.append("</ol>")
        if not cf.claims:
            parts.append('<p class="note">No quantitative claims found.</p>')
        parts += [self.detail(cf, c) for c in cf.claims]
        parts.append("</article>")
        return "".join(parts)

    def summary_html(self) -> str:
        s = self.summary.to_dict(self.fail_on)
        head = (f'<span data-count="articles">{s["articles"]}</span> article{"s" if s["articles"] != 1 else ""}, '
                f'<span data-count="claims">{s["claims"]}</span> claim{"s" if s["claims"] != 1 else ""}: ')
        head += " ".join(f'<span class="v-{v}">{ICONS[v]} <span data-count="{v}">{s["verdicts"][v]}</span> {v}</span>'
                         for v in VERDICTS)
        tail = (f'<br><span data-count="flagged">{s["flagged"]}</span> flagged; '
                f'<span data-count="failing">{s["failing"]}</span> at or above --fail-on {esc(s["fail_on"])}')
        if s["errors"]:
            tail += "; errors: " + "; ".join(esc(e) for e in s["errors"])
        return f'<p class="summary" id="summary">{head}{tail}</p>'

    def filters(self) -> str:
        reviews = self.summary.reviews
        verdicts = self.summary.verdicts
        boxes = ['<form id="filters" aria-label="Filters"><fieldset><legend>Verdict</legend>']
        boxes += [f'<label><input type="checkbox" name="verdict" value="{v}" checked> '
                  f'<span class="v-{v}">{ICONS[v]} {v}</span> ({verdicts.get(v, 0)})</label>' for v in VERDICTS]
        boxes.append('</fieldset><fieldset><legend>Review</legend>')
        boxes += [f'<label><input type="checkbox" name="review" value="{r}" checked> {r} ({reviews.get(r, 0)})</label>'
                  for r in REVIEWS]
        boxes.append('</fieldset><p id="shown" aria-live="polite"></p></form>')
        return "".join(boxes)

    def findings_html(self) -> str:
        items = []
        for f in findings(self.files):
            c = f.claim
            why = "; ".join(reasons(c))
            items.append(f'<li class="v-{esc(c.check.verdict)}"><a href="#{self.cid(c)}" data-target="{self.cid(c)}">'
                         f'{esc(f.path)}:{c.line}:{c.column or 1}</a> {ICONS.get(c.check.verdict, "?")} '
                         f'{esc(c.check.verdict)} <q>{esc(c.surface)}</q>' + (f" — {esc(why)}" if why else "")
                         + f' <span class="rules">({esc(", ".join(rule_ids(c)))})</span></li>')
        if not items:
            return '<section id="findings"><h2>Findings</h2><p>No findings.</p></section>'
        return f'<section id="findings"><h2>Findings</h2><ol>{"".join(items)}</ol></section>'

    def render(self) -> str:
        # ids are assigned in document order: articles first, so findings link to them
        articles = "".join(self.article(cf, n) for n, cf in enumerate(self.files, 1))
        legend = " ".join(f'<span class="claim v-{v} legend">{v}</span>' for v in VERDICTS)
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
            f'<meta name="generator" content="factcheck {esc(__version__)}">'
            f"<title>factcheck report</title><style>{CSS}</style></head><body>"
            f'<header><h1>factcheck report</h1>{self.summary_html()}{self.filters()}'
            f'<p class="legend">Marks: {legend}. Click a claim, or focus it with Tab, to see why.</p></header>'
            f"<main>{self.findings_html()}{articles}</main>"
            '<aside id="panel" aria-live="polite" aria-label="Claim details" hidden>'
            '<button type="button" id="close" aria-label="Close details">×</button><div id="panel-body"></div></aside>'
            f'<script type="application/json" id="summary-data">{_json_for_script(self.summary.to_dict(self.fail_on))}</script>'
            f"<script>{SCRIPT}</script></body></html>\n"
        )


def _json_for_script(data: dict) -> str:
    """JSON safe inside <script>: no '</script>' or '<!--' can close or confuse it."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(files: list[ClaimFile], summary: RunSummary, fail_on: FailOn) -> str:
    return Page(files, summary, fail_on).render()


CSS = """
:root{--supported:#1a7f37;--supported-bg:#dafbe1;--contradicted:#b3261e;--contradicted-bg:#ffd8d6;
--inconsistent:#9a6700;--inconsistent-bg:#fff1c2;--unverified:#57606a;--unverified-bg:#eef1f4;color-scheme:light dark}
body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
header,main{max-width:52rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.5rem;margin:1rem 0 .25rem}h2{font-size:1.2rem;margin:1.5rem 0 .25rem}
.summary{margin:.25rem 0}.meta{color:#57606a;margin:0 0 .5rem;font-size:.9rem}
fieldset{display:inline-block;border:1px solid #d0d7de;border-radius:6px;margin:.25rem .5rem .25rem 0;padding:.25rem .75rem}
label{margin-right:.75rem;white-space:nowrap}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,serif;font-size:1.05rem}
.note{background:#fff8c5;border-left:4px solid #9a6700;padding:.25rem .75rem}
.v-supported{color:var(--supported)}.v-contradicted{color:var(--contradicted)}
.v-inconsistent{color:var(--inconsistent)}.v-unverified{color:var(--unverified)}
mark.claim{color:inherit;border-radius:3px;padding:0 .1em;cursor:pointer;text-underline-offset:.2em}
mark.claim::before{font-family:system-ui,sans-serif;font-weight:bold;margin-right:.15em}
mark.v-supported{background:var(--supported-bg);text-decoration:underline solid var(--supported) 1px}
mark.v-supported::before{content:"\\2714";color:var(--supported)}
mark.v-contradicted{background:var(--contradicted-bg);text-decoration:underline solid var(--contradicted) 3px}
mark.v-contradicted::before{content:"\\2716";color:var(--contradicted)}
mark.v-inconsistent{background:var(--inconsistent-bg);text-decoration:underline wavy var(--inconsistent) 2px}
mark.v-inconsistent::before{content:"\\26A0";color:var(--inconsistent)}
mark.v-unverified{background:var(--unverified-bg);text-decoration:underline dotted var(--unverified) 2px}
mark.v-unverified::before{content:"?";color:var(--unverified)}
mark.r-verified::after,mark.r-disputed::after,mark.r-false::after,mark.r-ignored::after{
font:600 .65em system-ui,sans-serif;vertical-align:super;margin-left:.2em}
mark.r-verified::after{content:"verified"}mark.r-ignored::after{content:"ignored"}
mark.r-disputed::after{content:"disputed";color:var(--contradicted)}mark.r-false::after{content:"false";color:var(--contradicted)}
mark.claim:focus,mark.claim.active{outline:3px solid #0969da;outline-offset:1px}
mark.claim.off{background:none;text-decoration:none;cursor:default}mark.claim.off::before,mark.claim.off::after{content:none}
li.off{display:none}.legend mark,.legend .claim{padding:0 .3em}
#findings li{margin:.25rem 0}.rules{color:#57606a;font-size:.9rem}
#panel{position:fixed;right:1rem;bottom:1rem;width:min(26rem,calc(100vw - 2rem));max-height:70vh;overflow:auto;
background:#fff;border:1px solid #d0d7de;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.2);padding:.5rem 1rem}
#panel dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0}
#panel dt{font-weight:600}#panel dd{margin:0}#panel .verdict{font-weight:700;margin:.25rem 0}
#close{float:right;font-size:1.25rem;border:none;background:none;cursor:pointer}
.reasons{margin:0;padding-left:1.1rem}
@media (prefers-color-scheme:dark){body,#panel{background:#0d1117;color:#e6edf3}
:root{--supported-bg:#12361f;--contradicted-bg:#4a1616;--inconsistent-bg:#3d2e00;--unverified-bg:#2a2f36;
--supported:#3fb950;--contradicted:#ff7b72;--inconsistent:#d29922;--unverified:#8b949e}}
@media print{#filters,#panel{display:none}}
"""

SCRIPT = """
(function () {
  'use strict';
  var panel = document.getElementById('panel');
  var body = document.getElementById('panel-body');
  var active = null;
  function show(mark) {
    var detail = document.getElementById(mark.getAttribute('data-detail'));
    if (!detail) { return; }
    if (active) { active.classList.remove('active'); }
    active = mark;
    mark.classList.add('active');
    body.replaceChildren(detail.cloneNode(true));
    body.firstChild.hidden = false;
    body.firstChild.removeAttribute('id');
    panel.hidden = false;
  }
  function hide() {
    panel.hidden = true;
    if (active) { active.classList.remove('active'); active.focus(); active = null; }
  }
  document.addEventListener('click', function (e) {
    var mark = e.target.closest ? e.target.closest('mark.claim') : null;
    if (mark && !mark.classList.contains('off')) { show(mark); return; }
    var jump = e.target.closest ? e.target.closest('a[data-target]') : null;
    if (jump) {
      var target = document.getElementById(jump.getAttribute('data-target'));
      if (target) { e.preventDefault(); target.scrollIntoView({block: 'center'}); target.focus(); show(target); }
    }
  });
  document.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('mark.claim') && !e.target.classList.contains('off')) { show(e.target); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !panel.hidden) { hide(); }
    else if ((e.key === 'Enter' || e.key === ' ') && e.target.matches && e.target.matches('mark.claim')) {
      e.preventDefault(); show(e.target);
    }
  });
  document.getElementById('close').addEventListener('click', hide);
  var form = document.getElementById('filters');
  function apply() {
    var on = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox]'), function (box) {
      on[box.name + ':' + box.value] = box.checked;
    });
    var shown = 0, total = 0;
    Array.prototype.forEach.call(document.querySelectorAll('main mark.claim'), function (mark) {
      var visible = on['verdict:' + mark.getAttribute('data-verdict')] !== false &&
                    on['review:' + mark.getAttribute('data-review')] !== false;
      mark.classList.toggle('off', !visible);
      mark.tabIndex = visible ? 0 : -1;
      var item = mark.closest('li');
      if (item) { item.classList.toggle('off', !visible); }
      total += 1; shown += visible ? 1 : 0;
    });
    document.getElementById('shown').textContent = 'Showing ' + shown + ' of ' + total + ' claims.';
  }
  form.addEventListener('change', apply);
  apply();
  if (location.hash) {
    var first = document.getElementById(location.hash.slice(1));
    if (first && first.matches('mark.claim')) { show(first); }
  }
  document.documentElement.setAttribute('data-ready', '1');
}());
"""
