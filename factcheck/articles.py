"""Find article files and read them into `Article`s: decoding, HTML to text, date, title, id."""

from __future__ import annotations

import hashlib
import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Optional

from factcheck.errors import InputError
from factcheck.models import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december"]
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def discover(paths: Iterable[os.PathLike | str]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders (recursively) into article files, in a stable order.

    A missing path is reported as an error, and the others still go through.
    """
    found: list[Path] = []
    errors: list[InputError] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            children = sorted(
                c for c in p.rglob("*")
                if c.is_file() and c.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in c.relative_to(p).parts)
            )
        elif p.is_file():
            children = [p]
        else:
            errors.append(InputError(p, "no such file or folder"))
            continue
        for c in children:
            key = c.resolve()
            if key not in seen:
                seen.add(key)
                found.append(c)
    return found, errors


def article_id(path: os.PathLike | str) -> str:
    stem = Path(path).name
    for suffix in ARTICLE_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    clean = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")
    return clean or "article"


def display_path(path: os.PathLike | str) -> str:
    """The path as given, relative to the working directory where possible."""
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def file_sha256(path: os.PathLike | str) -> Optional[str]:
    """The sha256 of a file's bytes, as claim files record it; None when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None


def decode(data: bytes, path: os.PathLike | str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise InputError(path, f"not UTF-8 text (invalid byte 0x{bad:02x} at offset {exc.start})") from None
    return text


def read_article(path: os.PathLike | str, date: Optional[str] = None) -> Article:
    """Read one article file. Raises InputError with the reason when it cannot."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file too large ({size} bytes; limit {MAX_BYTES})")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    text = decode(data, path)
    source_format = "text"
    title: Optional[str] = None
    if p.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(text)
        source_format = "html"
    meta, body_start = front_matter(text)
    title = title or meta.get("title")
    found_date = date or meta.get("date")
    if found_date is None:
        found_date, body_start = first_line_date(text, body_start)
    if found_date is None:
        found_date = dateline_date(text, body_start)
    if title is None and p.suffix.lower() in (".md", ".markdown"):
        m = re.search(r"^#\s+(.+)$", text[body_start:], re.M)
        title = m.group(1).strip() if m else None
    article = Article(
        id=article_id(p),
        path=display_path(p),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        date=normalise_date(found_date, path) if found_date else None,
        title=title,
        source_format=source_format,
        body_start=body_start,
    )
    if article.date is None:
        article.year_hint = infer_year(text)
    return article


def normalise_date(value: object, path: object) -> str:
    s = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s)
    if not m:
        raise InputError(path, f"date {s!r} is not YYYY-MM-DD")
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        raise InputError(path, f"date {s!r} is not a valid date")
    return f"{y:04d}-{mo:02d}-{d:02d}"


def front_matter(text: str) -> tuple[dict, int]:
    """YAML front matter between '---' lines: (mapping, offset where the body starts)."""
    m = re.match(r"---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", text, re.S)
    if not m:
        return {}, 0
    import yaml

    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, 0
    if not isinstance(meta, dict):
        return {}, 0
    out = {}
    for key in ("date", "title"):
        if meta.get(key) is not None:
            out[key] = str(meta[key])
    return out, m.end()


def first_line_date(text: str, start: int) -> tuple[Optional[str], int]:
    m = re.compile(r"[ \t\ufeff]*date[ \t:]+(\d{4}-\d{2}-\d{2})\b[ \t]*").match(text, start)
    if m:
        return m.group(1), m.end()
    return None, start


_DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z .'\-]*[A-Z](?:,\s*[A-Z][A-Za-z .]+)?,\s+(" + _MONTH_RE + r")\s+(\d{1,2})"
    r"(?:,\s+(\d{4}))?\s*(?:\([A-Za-z. ]+\)\s*)?[—–-]"
)


def dateline_date(text: str, start: int) -> Optional[str]:
    """'ZHENGZHOU, May 21 —' with the year from the dateline or a full date elsewhere."""
    m = _DATELINE.match(text, start)
    if not m:
        return None
    month = month_number(m.group(1))
    day = int(m.group(2))
    year = int(m.group(3)) if m.group(3) else None
    if year is None:
        years = [
            int(y)
            for mon, y in re.findall(r"\b(" + _MONTH_RE + r")\s+\d{1,2},\s+(\d{4})\b", text)
            if month_number(mon) == month
        ]
        if not years:
            return None
        year = max(set(years), key=years.count)
    return f"{year:04d}-{month:02d}-{day:02d}"


_PAST_YEAR = re.compile(r"\b(?:in|during|for|since|by the end of)\s+(?:(" + _MONTH_RE + r")\s+)?((?:19|20)\d{2})\b(?![-–]\d)", re.I)
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|rose|fell|grew|reached|recorded|registered|totall?ed|stood|hit|"
    r"climbed|jumped|dropped|declined|increased|decreased|surged|slipped|amounted|"
    r"\w{3,}ed)\b"
)
_FUTURE = re.compile(r"\b(?:will|shall|would|expected|plans?|planned|aims?|forecasts?|projected|target)\b", re.I)


def infer_year(text: str) -> Optional[int]:
    """For an undated article: the earliest publication year its past-tense statements allow.

    "In 2024, trade rose to ..." reports a whole year as past, so the article was
    written in 2025 or later; "In May 2024, ... was completed" only in 2024 or later.
    The latest such bound is the best estimate of "this year".
    """
    best: Optional[int] = None
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _FUTURE.search(sentence) or not _PAST_VERB.search(sentence):
            continue
        for m in _PAST_YEAR.finditer(sentence):
            year = int(m.group(2))
            month = m.group(1)
            bound = year + 1 if not month or month.lower().startswith("dec") else year
            best = bound if best is None else max(best, bound)
    return best


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page; block elements become line breaks."""

    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
             "article", "header", "footer", "blockquote", "figcaption", "table", "ul", "ol", "dd", "dt"}
    HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_title = False
        self.title: Optional[str] = None
        self.h1: Optional[str] = None
        self._h1_parts: Optional[list[str]] = None

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "h1" and self.h1 is None:
            self._h1_parts = []

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "h1" and self._h1_parts is not None:
            self.h1 = " ".join("".join(self._h1_parts).split()) or None
            self._h1_parts = None

    def handle_data(self, data):
        if self.in_title:
            self.title = ((self.title or "") + data).strip()
            return
        if self.hidden:
            return
        self.parts.append(data)
        if self._h1_parts is not None:
            self._h1_parts.append(data)


def html_to_text(source: str) -> tuple[str, Optional[str]]:
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    text = "\n".join(line for line in lines if line)
    title = parser.h1 or (html.unescape(parser.title) if parser.title else None)
    return text + "\n", title
