"""The HTML report: one self-contained page with each article's text and its claims
marked. Structure and escaping are tested directly; the page's behaviour in a real
headless Chromium (Debian's `chromium`, installed by .ci/run), driven over the DevTools
protocol: it renders without script errors, its counts equal the JSON report's, activating
a claim (mouse or keyboard) shows its reasons, the filters work, and a screenshot is kept
in tests/artifacts/."""

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import decide
from factcheck.cli import app
from factcheck.models import Check, Claim, ClaimFile, FailOn
from factcheck.report.html import render_html
from factcheck.summary import RunSummary

runner = CliRunner()
ENV = {"NO_COLOR": "1"}
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture
def report(workspace):
    """The seeds scanned, one flag reviewed as false; the HTML and JSON reports."""
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    decide("93.5 percent", "false", "<b>2019 was 131.3bn</b>")
    page = runner.invoke(app, ["report", "--format", "html"], env=ENV)
    assert page.exit_code == 1  # the claim reviewed as false fails the run, whatever the format
    doc = json.loads(runner.invoke(app, ["report", "--format", "json"], env=ENV).stdout)
    path = workspace / "report.html"
    path.write_text(page.stdout, encoding="utf-8")
    return path, page.stdout, doc


def test_page_is_self_contained_and_marks_every_claim(report):
    _, page, doc = report
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\(", page)
    marks = re.findall(r'<mark class="claim v-(\w+) r-(\w+)', page)
    assert len(marks) == doc["summary"]["claims"] == 30
    for verdict, n in doc["summary"]["verdicts"].items():
        assert sum(1 for v, _ in marks if v == verdict) == n
    # the article's own text is there, around the marks
    assert "Last year, China recorded <mark" in page
    # the reviewer's note is text, not markup
    assert "&lt;b&gt;2019 was 131.3bn&lt;/b&gt;" in page and "<b>2019" not in page


def claim(surface, start, verdict="contradicted", **kw):
    return Claim(id="c-0000000" + str(start % 10), surface=surface, span=(start, start + len(surface)), value=1,
                 unit="count", kind="count", line=1, column=start + 1, sentence=kw.pop("sentence", surface),
                 check=Check(verdict=verdict, **kw))


def test_untrusted_text_is_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = 'Trade <script>alert("x")</script> rose to 5 "billion" & more </textarea>\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    import hashlib

    c = claim("5", text.index("5"), reasons=['</script><script>alert(1)</script>'],
              source='Evil, "><img src=x onerror=alert(1)>, javascript:alert(1)')
    cf = ClaimFile(article={"id": "a", "path": "a.txt", "sha256": hashlib.sha256(text.encode()).hexdigest()}, claims=[c])
    page = render_html([cf], RunSummary.of([cf]), FailOn.CONTRADICTED)
    body = page.split("<main>", 1)[1].split("</main>", 1)[0]
    assert "<script" not in body and "<img" not in body and 'href="javascript' not in page.lower()
    assert "<a " not in body.split('id="findings"')[0]  # no http(s) URL in the source: no link at all
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert page.count("<script") == 2  # the summary data and the page's own script


def test_missing_article_shows_the_claims_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    c = claim("40 percent", 10, sentence="Its share rose to 40 percent last year.", reasons=["share differs"])
    cf = ClaimFile(article={"id": "gone", "path": "articles/gone.txt"}, claims=[c])
    page = render_html([cf], RunSummary.of([cf]), FailOn.CONTRADICTED)
    assert "Article file articles/gone.txt cannot be read" in page and "the claims are shown alone" in page
    assert 'Its share rose to <mark class="claim v-contradicted' in page


def test_changed_article_lists_claims_whose_place_moved(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Exports rose 7 percent.\n", encoding="utf-8")
    c = claim("5 percent", 13, sentence="Exports rose 5 percent.")
    cf = ClaimFile(article={"id": "a", "path": "a.txt", "sha256": "0" * 64}, claims=[c])
    page = render_html([cf], RunSummary.of([cf]), FailOn.CONTRADICTED)
    assert "changed since it was scanned" in page and "Claims not found at their place in the text" in page


# --- in a real browser -------------------------------------------------------------------------

def browser_or_skip():
    from browser import find_chromium

    exe = find_chromium()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("no chromium in CI: .ci/run installs Debian's chromium package")
        pytest.skip("no Chromium installed (apt-get install chromium): the HTML report's browser test needs one")
    pytest.importorskip("websocket", reason="websocket-client is in the [test] extra")
    return exe


def test_page_in_headless_chromium(report):
    from browser import Browser

    exe = browser_or_skip()
    path, _, doc = report
    with Browser(exe) as b:
        b.open(path.as_uri())
        assert b.eval("document.documentElement.getAttribute('data-ready')") == "1"
        assert b.problems() == []  # no script error, no blocked load, no console error
        counts = b.eval("Object.fromEntries(Array.from(document.querySelectorAll('#summary [data-count]'))"
                        ".map(e => [e.dataset.count, Number(e.textContent)]))")
        s = doc["summary"]
        assert counts == {"articles": s["articles"], "claims": s["claims"], **s["verdicts"],
                          "flagged": s["flagged"], "failing": s["failing"]}
        marks = b.eval("Array.from(document.querySelectorAll('main mark.claim')).map(m => m.dataset.verdict)")
        assert {v: marks.count(v) for v in s["verdicts"]} == s["verdicts"]
        # the verdict's icon is drawn without colour too
        assert b.eval("getComputedStyle(document.querySelector('mark.v-inconsistent'), '::before').content") == '"⚠"'

        # a mouse click on a flagged claim shows its reasons
        assert b.eval("document.getElementById('panel').hidden") is True
        b.click("mark.v-inconsistent.r-unreviewed")
        assert b.eval("document.getElementById('panel').hidden") is False
        panel = b.eval("document.getElementById('panel-body').innerText")
        assert "implied 2019 level 135.8 million differs from reference 145.3 million" in panel
        assert "baseline" in panel and "unreviewed" in panel and "share of 2019 level" in panel
        b.press("Escape", "Escape", 27)
        assert b.eval("document.getElementById('panel').hidden") is True

        # the keyboard alone: Tab to the first claim in the text shows its details
        b.eval("document.activeElement.blur(); window.scrollTo(0, 0); document.querySelector('#filters input').focus()")
        for _ in range(40):
            b.press("Tab", "Tab", 9)
            if b.eval("document.activeElement.matches('mark.claim')"):
                break
        assert b.eval("document.activeElement.matches('mark.claim')")
        focused = b.eval("document.activeElement.dataset.detail")
        assert b.eval("document.getElementById('panel').hidden") is False
        assert b.eval("document.querySelector('#panel-body .detail').dataset.claim") == b.eval(
            f"document.getElementById('{focused}').dataset.claim")

        # the reviewed claim shows the review and the note as text
        b.click("mark.r-false")
        panel = b.eval("document.getElementById('panel-body').innerText")
        assert "false by desk" in panel and "<b>2019 was 131.3bn</b>" in panel

        # filters: hide the supported claims, then only the reviewed ones
        b.click("#filters input[value=supported]")
        assert b.eval("document.querySelectorAll('main mark.v-supported:not(.off)').length") == 0
        assert b.eval("document.querySelectorAll('main mark.v-inconsistent:not(.off)').length") == 2
        assert b.eval("document.getElementById('shown').textContent") == f"Showing {s['claims'] - s['verdicts']['supported']} of {s['claims']} claims."
        b.click("#filters input[value=unreviewed]")
        assert b.eval("Array.from(document.querySelectorAll('main mark.claim:not(.off)')).map(m => m.dataset.review)") == ["false"]
        b.click("#filters input[value=supported]")
        b.click("#filters input[value=unreviewed]")

        b.click("mark.v-inconsistent.r-unreviewed")
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "html-report.png"
        b.screenshot(shot)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
        assert b.problems() == []
