"""Find article files and read them into `Article`s: decoding, HTML to text, date, title, id."""

from __future__ import annotations

import functools
import hashlib
import html
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Optional

from factcheck.errors import InputError
from factcheck.extract.patterns import triggered
from factcheck.models import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: The largest article file read (bytes). A long news story is 50 KB of text and a saved
#: web page rarely more than 2 MB; a bigger file is a data dump or a log, not an article,
#: and is refused from its size alone, before it is read. `--max-bytes` or
#: `[tool.factcheck] max-bytes` change it.
MAX_BYTES = 4 * 1024 * 1024

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december"]
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def discover(paths: Iterable[os.PathLike | str]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders (recursively) into article files, in a stable order.

    A missing path, or a folder that cannot be read, is reported as an error (never
    skipped in silence), and the others still go through. Hidden files and folders
    (.git, editors' files) inside a folder are left out; symlinked folders are not
    followed (they could loop).
    """
    found: list[Path] = []
    errors: list[InputError] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        try:
            st = p.stat()
        except FileNotFoundError:
            errors.append(InputError(p, "no such file or folder"))
            continue
        except OSError as exc:
            errors.append(InputError(p, exc.strerror or str(exc)))
            continue
        # a file, or something read_article refuses by name (a device, a pipe)
        children = _walk(p, errors) if stat.S_ISDIR(st.st_mode) else [p]
        for c in children:
            key = Path(os.path.abspath(c))
            if key not in seen:
                seen.add(key)
                found.append(c)
    return found, errors


def _walk(folder: Path, errors: list[InputError]) -> list[Path]:
    out: list[Path] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        errors.append(InputError(folder, f"cannot read folder: {exc.strerror or exc}"))
        return out
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                out.extend(_walk(Path(entry.path), errors))
            elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.is_file():
                out.append(Path(entry.path))
        except OSError as exc:
            errors.append(InputError(entry.path, exc.strerror or str(exc)))
    return out


# --- article ids ---------------------------------------------------------------------------
# An id is the article's path relative to an articles root, without its extension, so that
# jan/story.txt and feb/story.txt are two articles. The root is --articles-root (or
# [tool.factcheck] articles-root) when the article lies under it; otherwise the top-level
# folder of the project that holds it (articles/, seeds/), the project being the nearest
# folder up from the working directory with a pyproject.toml or .git (else the working
# directory). So `scan articles/`, `scan articles/jan/` and `scan articles/jan/story.txt`,
# from anywhere in the project, all give articles/jan/story.txt the id `jan/story`. An
# article outside the project is known by its file name alone.


@functools.lru_cache(maxsize=8)
def _project_root(cwd: str) -> Path:
    here = Path(cwd)
    for folder in [here, *here.parents]:
        if (folder / "pyproject.toml").is_file() or (folder / ".git").exists():
            return folder
    return here


def project_root() -> Path:
    return _project_root(os.getcwd())


def _within(path: Path, root: Path) -> Optional[tuple[str, ...]]:
    try:
        return path.relative_to(root).parts
    except ValueError:
        return None


def article_id(path: os.PathLike | str, root: Optional[os.PathLike | str] = None) -> str:
    """The article's id: its path from the articles root, without extension, '/'-separated."""
    p = Path(os.path.abspath(path))
    parts = _within(p, Path(os.path.abspath(root))) if root is not None else None
    if not parts:
        parts = _within(p, project_root())
        if parts and len(parts) > 1:
            parts = parts[1:]  # the top-level folder is the root
        elif not parts:
            parts = (p.name,)
    *folders, name = parts
    for suffix in ARTICLE_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return "/".join(_id_part(part) for part in [*folders, name])


def _id_part(part: str) -> str:
    clean = re.sub(r"[^A-Za-z0-9._-]+", "-", part).strip("-.")
    return clean or "article"


def display_path(path: os.PathLike | str) -> str:
    """The path as given, relative to the working directory where possible."""
    p = Path(path)
    try:
        return _resolved(p).relative_to(_resolved_folder(os.getcwd())).as_posix()
    except ValueError:
        return p.as_posix()


def _resolved(p: Path) -> Path:
    """p.resolve(), its folder resolved once for all the articles in it: a file that is no
    link resolves to its resolved folder and its name (resolving walks every component of
    the path with a system call)."""
    head, name = os.path.split(p)
    if name in ("", ".", "..") or os.path.islink(p):
        return p.resolve()
    return _resolved_folder(os.path.join(os.getcwd(), head)) / name


@functools.lru_cache(maxsize=64)
def _resolved_folder(folder: str) -> Path:
    """A folder (the working directory, an article's) with its links resolved: asked for
    every article, resolved once per folder."""
    return Path(folder).resolve()


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


def read_article(path: os.PathLike | str, date: Optional[str] = None, root: Optional[os.PathLike | str] = None,
                 max_bytes: Optional[int] = None) -> Article:
    """Read one article file. Raises InputError with the reason when it cannot.

    `root` is the articles root its id is taken from (see article_id); `max_bytes` the
    largest file accepted (default MAX_BYTES), refused from its size before it is read.
    """
    p = Path(path)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    try:
        with open(p, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise InputError(path, "not a regular file")
            if st.st_size > limit:
                raise InputError(path, f"file too large ({st.st_size} bytes; the limit is {limit}, "
                                       "set with --max-bytes or [tool.factcheck] max-bytes)")
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise InputError(path, f"file too large (over {limit} bytes while it was read)")
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    text = decode(data, path)
    source_format = "text"
    title: Optional[str] = None
    if p.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(text)
        source_format = "html"
    meta, body_start = front_matter(text, path)
    title = title or meta.get("title")
    found_date, date_line = (date, None) if date else (meta.get("date"), meta.get("date_line"))
    if found_date is None:
        found_date, body_start = first_line_date(text, body_start)
    if found_date is None:
        found_date = dateline_date(text, body_start)
    if title is None and p.suffix.lower() in (".md", ".markdown"):
        m = re.search(r"^#\s+(.+)$", text[body_start:], re.M)
        title = m.group(1).strip() if m else None
    article = Article(
        id=article_id(p, root),
        path=display_path(p),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        date=normalise_date(found_date, path, date_line) if found_date else None,
        title=title,
        source_format=source_format,
        body_start=body_start,
    )
    if article.date is None:
        article.year_hint = infer_year(text)
    return article


def normalise_date(value: object, path: object, line: Optional[int] = None) -> str:
    s = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s)
    if not m:
        raise InputError(path, f"date {s!r} is not YYYY-MM-DD", line=line)
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        raise InputError(path, f"date {s!r} is not a valid date", line=line)
    return f"{y:04d}-{mo:02d}-{d:02d}"


_FRONT = re.compile(r"---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.S)
_YAML_KEY = re.compile(r"[ \t]*[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")


def front_matter(text: str, path: object = None) -> tuple[dict, int]:
    """YAML front matter between '---' lines: (mapping, offset where the body starts).

    A block that reads as YAML keys but does not parse, or that is opened and never
    closed, is an error naming its line (the date it holds would otherwise be lost). A
    block that does not look like YAML at all (a Markdown rule, then prose) is body text.
    """
    if not re.match(r"---[ \t]*\r?\n", text):
        return {}, 0
    first = text.split("\n", 2)[1] if text.count("\n") >= 1 else ""
    m = _FRONT.match(text)
    if not m:
        if _YAML_KEY.match(first):
            raise InputError(path, "front matter opened with '---' is never closed", line=1)
        return {}, 0
    import yaml

    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        if not _YAML_KEY.match(first):
            return {}, 0
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        reason = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(path, f"front matter is not valid YAML: {reason}",
                         line=mark.line + 2 if mark else 1) from None
    if not isinstance(meta, dict):
        return {}, 0
    out: dict[str, Any] = {}
    for key in ("date", "title"):
        if meta.get(key) is not None:
            out[key] = str(meta[key])
    if "date" in out:
        where = re.search(r"^[ \t]*date[ \t]*:", m.group(1), re.M)
        out["date_line"] = 2 + m.group(1).count("\n", 0, where.start()) if where else 1
    return out, m.end()


def first_line_date(text: str, start: int) -> tuple[Optional[str], int]:
    m = re.compile(r"[ \t\ufeff]*date[ \t:]+(\d{4}-\d{2}-\d{2})\b[ \t]*").match(text, start)
    if m:
        return m.group(1), m.end()
    return None, start


_DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z .'\-]*[A-Z](?:,\s*[A-Z][A-Za-z .]+)?,\s+(" + MONTH_RE + r")\s+(\d{1,2})"
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
            for mon, y in re.findall(r"\b(" + MONTH_RE + r")\s+\d{1,2},\s+(\d{4})\b", text)
            if month_number(mon) == month
        ]
        if not years:
            return None
        year = max(set(years), key=years.count)
    return f"{year:04d}-{month:02d}-{day:02d}"


_PAST_YEAR = re.compile(r"\b(?:in|during|for|since|by the end of)\s+(?:(" + MONTH_RE + r")\s+)?((?:19|20)\d{2})\b(?![-–]\d)", re.I)
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|rose|fell|grew|reached|recorded|registered|totall?ed|stood|hit|"
    r"climbed|jumped|dropped|declined|increased|decreased|surged|slipped|amounted|"
    r"\w{3,}ed)\b"
)
_FUTURE = triggered(re.compile(r"\b(?:will|shall|would|expected|plans?|planned|aims?|forecasts?|projected|target)\b", re.I),
                    ("will", "shall", "would", "expected", "plan", "aim", "forecast", "projected", "target"))


#: A plan named with the year it covers ("a $340m budget for 2019", "the plan for 2025"):
#: approving or drafting it is past, the year itself may still be ahead.
_PLAN_FOR = re.compile(r"\b(?:budgets?|plans?|programmes?|programs?|forecasts?|projections?|targets?|estimates?|"
                       r"appropriations?|allocations?|outlook)\b(?:\s+[\w-]+){0,2}?\s+for\s*\Z", re.I)


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
            if m.group(0)[:3].lower() == "for" and _PLAN_FOR.search(sentence, 0, m.start() + 3):
                continue  # "endorsed a budget for 2019": the year the plan covers, still ahead
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
