#!/usr/bin/env python
"""Coverage-guided fuzzing (atheris) of what reads untrusted input: the extractor and the
checker on article text, the article reader (bytes, front matter, HTML), the claim-file
loader and the reference loader.

    pip install -e ".[fuzz]"
    python fuzz/fuzz_factcheck.py -max_total_time=300 fuzz/corpus

The first byte of each input picks the target. Anything but the one-line errors
(InputError, ClaimFileError, reference errors returned as values) is a finding: atheris
stops and writes the input to crash-*; turn it into a regression test in
tests/test_fuzz_findings.py. The seed corpus is built from the test corpora on first run.
"""

import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports(include=["factcheck"]):
    # the package imports its grammar and rules lazily: import them here to instrument them
    import factcheck.consistency
    import factcheck.extract.claims
    import factcheck.extract.context
    import factcheck.extract.mentions
    import factcheck.validation  # noqa: F401
    from factcheck import claimfile, references
    from factcheck.articles import decode, front_matter, html_to_text
    from factcheck.check import check_claims
    from factcheck.errors import ClaimFileError, InputError
    from factcheck.extract import extract
    from factcheck.models import Article

REFERENCES = references.load_references(ROOT / "reference").references
TARGETS = ("article text", "article bytes", "claim file", "reference file")


def one_input(data: bytes) -> None:
    if not data:
        return
    target, body = TARGETS[data[0] % len(TARGETS)], data[1:]
    if target == "article text":
        text = body.decode("utf-8", "replace")
        article = Article(id="f", path="f", text=text, sha256="0", date="2025-05-21" if data[0] & 0x80 else None)
        claims = extract(article)
        check_claims(claims, REFERENCES, article)
        for c in claims:
            assert text[c.span[0]:c.span[1]] == c.surface, (c.surface, c.span)
    elif target == "article bytes":
        try:
            text = decode(body, "a.md")
            if data[0] & 0x80:
                text, _ = html_to_text(text)
            front_matter(text, "a.md")
        except InputError:
            pass
    elif target == "claim file":
        try:
            claimfile.loads(body.decode("utf-8", "replace"), "c.yaml")
        except ClaimFileError:
            pass
    else:
        refs, _ = references.loads(body.decode("utf-8", "replace"), "r.yaml")
        for r in refs:
            assert r.value == r.value and abs(r.value) != float("inf"), r


def seed_corpus(folder: Path) -> None:
    """Real inputs for each target, so the fuzzer starts from text that reaches deep."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    articles = sorted((ROOT / "tests" / "data").rglob("*.txt"))[:20] + sorted((ROOT / "seeds").glob("*.txt"))
    for i, p in enumerate(articles):
        text = p.read_bytes()
        for paragraph in text.split(b"\n\n")[:6]:
            (folder / f"a{i}-{hash(paragraph) & 0xffff:x}").write_bytes(bytes([0x80]) + paragraph[:2000])
        (folder / f"b{i}").write_bytes(bytes([1]) + text[:4000])
    for p in sorted((ROOT / "claims").glob("*.yaml")):
        (folder / f"c-{p.stem}").write_bytes(bytes([2]) + p.read_bytes()[:20000])
    for p in sorted((ROOT / "reference").glob("*.yaml")):
        (folder / f"r-{p.stem}").write_bytes(bytes([3]) + p.read_bytes()[:20000])


def main() -> None:
    corpora = [a for a in sys.argv[1:] if not a.startswith("-")]
    if not corpora:
        corpora = [str(ROOT / "fuzz" / "corpus")]
        sys.argv.append(corpora[0])
    seed_corpus(Path(corpora[0]))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
