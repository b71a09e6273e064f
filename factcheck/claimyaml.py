"""A fast reader for the YAML that claimfile.dumps writes, and for nothing else.

PyYAML's C loader still builds a Python node, two marks and a resolver call for every
scalar; on a claim file that costs about 9 ms per 27 claims, as much as everything else a
cold `report` or `track` does with it. The writer, though, emits a small, fixed subset of
YAML: block mappings and sequences indented by two, simple keys, one-line plain, single-
and double-quoted scalars, and one-line flow lists and mappings (`span`, `subject`,
`context`). `load` reads exactly that subset, resolving plain scalars with the loader's
own implicit resolvers (YAML 1.1: `yes` is true, `017` is octal) and constructors, and
returns None at the first thing it is not sure of (a tab, a comment after the first line,
an anchor, a tag, a block scalar, a key that is not a plain word, an escape it does not
know, a line indented unexpectedly, a character YAML refuses): the caller then parses the
file with PyYAML, which gives the answer or the error. A hand-edited file that stays in
the subset is read fast; anything else is read as before.

The contract, tested on random edits of real claim files and on random documents the
writer emits (tests/test_claimyaml.py): when `load` returns a document, PyYAML's loader
returns an equal one, with the same types.
"""

from __future__ import annotations

import re
from typing import Any, Optional



class _Unsure(Exception):
    """Not in the subset: leave the text to PyYAML."""


_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"

#: Characters the reader leaves to PyYAML: what YAML refuses (it is not printable), line
#: breaks other than '\n' (YAML 1.1 also breaks at \r, NEL, LS and PS), tabs, the BOM.
_REFUSED = re.compile("[^\x0a\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]{0,63}):(?: |$)")
_KEY_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_MISSING = object()
_SIMPLE_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?\Z")
_SIMPLE_INT = re.compile(r"(?:0|-?[1-9][0-9]*)\Z")
#: A plain scalar may not start with these (YAML's indicators): the reader leaves them to PyYAML.
_INDICATORS = frozenset("?:,[]{}#&*!|>'\"%@`")
#: What ends a plain scalar inside a flow collection, and what it may not contain there.
_FLOW_PLAIN = re.compile(r"[^,\[\]{}:#]*")
_ESCAPES = {"0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "n": "\n", "v": "\x0b", "f": "\x0c", "r": "\r",
            "e": "\x1b", '"': '"', "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_ESCAPE_CODES = {"x": 2, "u": 4, "U": 8}


def load(text: str, loader: type) -> Optional[Any]:
    """The document `yaml.load(text, Loader=loader)` would return, or None when the text is
    not in the subset this reader knows (the caller then asks PyYAML)."""
    if _REFUSED.search(text):
        return None
    try:
        return _Reader(text, loader).document()
    except (_Unsure, IndexError, ValueError, OverflowError):
        return None


class _Reader:
    def __init__(self, text: str, loader: type):
        lines = text.split("\n")
        start = 1 if lines and lines[0].startswith("#") else 0
        try:
            end = lines.index("...", start)
        except ValueError:
            end = len(lines)
        if any(lines[end + 1:]) or (end == len(lines) and lines[-1] != ""):
            raise _Unsure  # text after the document's end, or no final line break
        if end == len(lines):
            end -= 1
        self.lines = lines
        self.start, self.end = start, end
        self.resolvers = loader.yaml_implicit_resolvers
        self.by_first: dict[str, list] = {}  # the resolvers to try, by a scalar's first character
        self.plains: dict[str, Any] = {}  # plain scalars read so far
        self.values: dict[str, Any] = {}  # block values read so far, as written ('unverified', 'null')
        self.keys: dict[str, bool] = {}  # words known to be (or not to be) string keys
        from yaml.constructor import SafeConstructor  # only a file being read needs PyYAML

        self.constructor = SafeConstructor()

    def document(self) -> Any:
        if self.start >= self.end:
            raise _Unsure
        value, i = self.mapping(self.start, 0)
        if i != self.end:
            raise _Unsure
        return value

    # --- block collections ----------------------------------------------------------
    # The two loops below run once per line of every claim file read: indentation is
    # measured inline, and a value already seen in this file ('unverified', 'null',
    # 'percent') is taken from `values` rather than resolved again.
    def mapping(self, i: int, n: int, first: Optional[str] = None) -> tuple[dict, int]:
        """The block mapping whose keys stand at column n from line i (`first`: line i's
        content when it followed a sequence's '- ')."""
        out: dict = {}
        lines, end, values, keys = self.lines, self.end, self.values, self.keys
        while i < end:
            if first is None:
                line = lines[i]
                content = line.lstrip(" ")
                ind = len(line) - len(content)
                if not content or ind > n:
                    raise _Unsure  # a blank line (only multi-line scalars have them), or a deeper one
                if ind < n:
                    break
                if content[0] == "-" and content[1:2] in ("", " "):
                    break  # a sequence at the key's own column: the caller's to take
            else:
                content, first = first, None
            key, colon, rest = content.partition(": ")
            if not colon:
                if content[-1] != ":":
                    raise _Unsure
                key = content[:-1]
            if not (keys.get(key) or self.is_key(key)):
                raise _Unsure
            i += 1
            if rest:
                value = values.get(rest, _MISSING)
                if value is _MISSING:
                    value = self.scalar_or_flow(rest)
                    if not isinstance(value, (list, dict)):
                        values[rest] = value
                out[key] = value
                continue
            if i < end:
                line = lines[i]
                content = line.lstrip(" ")
                ind = len(line) - len(content)
                if not content:
                    raise _Unsure
                if ind > n:
                    out[key], i = self.block(i, ind)
                    continue
                if ind == n and content[:2] == "- ":
                    out[key], i = self.sequence(i, n)
                    continue
            out[key] = None
        return out, i

    def sequence(self, i: int, n: int) -> tuple[list, int]:
        out: list = []
        lines, end, values, keys = self.lines, self.end, self.values, self.keys
        while i < end:
            line = lines[i]
            content = line.lstrip(" ")
            ind = len(line) - len(content)
            if not content or ind > n:
                raise _Unsure
            if ind < n or content[:2] != "- ":
                break
            rest = content[2:]
            if not rest or rest[0] in " -?:":
                raise _Unsure  # nested sequences, complex keys: not what the writer emits
            key, colon, _ = rest.partition(": ")
            if not colon and rest[-1] == ":":
                key, colon = rest[:-1], ":"
            if colon and (keys.get(key) or self.is_key(key)):
                value, i = self.mapping(i, n + 2, first=rest)
            else:
                value = values.get(rest, _MISSING)
                if value is _MISSING:
                    value = self.scalar_or_flow(rest)
                    if not isinstance(value, (list, dict)):
                        values[rest] = value
                i += 1
            out.append(value)
        return out, i

    def is_key(self, word: str) -> bool:
        """A plain word that YAML reads as a string (`yes:` and `null:` are keys of other types)."""
        ok = bool(_KEY_WORD.fullmatch(word)) and type(self.plain(word)) is str
        self.keys[word] = ok
        return ok

    def block(self, i: int, n: int) -> tuple[Any, int]:
        if self.lines[i][n:n + 2] == "- ":
            return self.sequence(i, n)
        return self.mapping(i, n)

    # --- scalars --------------------------------------------------------------------
    def scalar_or_flow(self, rest: str) -> Any:
        c = rest[0]
        if c in "[{":
            value, p = self.flow(rest, 0)
            if p != len(rest):
                raise _Unsure
            return value
        if c == "'" or c == '"':
            value, p = self.quoted(rest, 0)
            if p != len(rest):
                raise _Unsure
            return value
        if c in _INDICATORS or c == " " or (c == "-" and rest[1:2] in ("", " ")):
            raise _Unsure
        if ": " in rest or " #" in rest or rest.endswith((":", " ")):
            raise _Unsure
        return self.plain(rest)

    def tag(self, value: str) -> str:
        first = value[:1]
        resolvers = self.by_first.get(first)
        if resolvers is None:
            resolvers = self.by_first[first] = self.resolvers.get(first, []) + self.resolvers.get(None, [])
        for tag, regexp in resolvers:
            if regexp.match(value):
                return tag
        return _STR

    def plain(self, value: str) -> Any:
        try:
            return self.plains[value]
        except KeyError:
            out = self.plains[value] = self._plain(value)
            return out

    def _plain(self, value: str) -> Any:
        tag = self.tag(value)
        if tag == _STR:
            return value
        if tag == _NULL:
            return None
        from yaml.nodes import ScalarNode  # loaded already: the constructor needed PyYAML
        if tag == _FLOAT:
            if _SIMPLE_FLOAT.match(value):
                return float(value)
            return self.constructor.construct_yaml_float(ScalarNode(tag, value))
        if tag == _INT:
            if _SIMPLE_INT.match(value):
                return int(value)
            return self.constructor.construct_yaml_int(ScalarNode(tag, value))
        if tag == _BOOL:
            return self.constructor.construct_yaml_bool(ScalarNode(tag, value))
        raise _Unsure  # merge keys, '=' and other tags

    def quoted(self, s: str, p: int) -> tuple[str, int]:
        """A one-line quoted scalar starting at s[p]; returns it and the index after it."""
        if s[p] == "'":
            out = []
            p += 1
            while True:
                q = s.index("'", p)  # ValueError: it does not close on this line
                out.append(s[p:q])
                if s[q + 1:q + 2] == "'":
                    out.append("'")
                    p = q + 2
                    continue
                return "".join(out), q + 1
        out = []
        p += 1
        while True:
            q = p
            while s[q] not in '"\\':  # IndexError: it does not close on this line
                q += 1
            out.append(s[p:q])
            if s[q] == '"':
                return "".join(out), q + 1
            code = s[q + 1]
            if code in _ESCAPES:
                out.append(_ESCAPES[code])
                p = q + 2
            elif code in _ESCAPE_CODES:
                digits = s[q + 2:q + 2 + _ESCAPE_CODES[code]]
                if len(digits) != _ESCAPE_CODES[code] or not all(d in "0123456789abcdefABCDEF" for d in digits):
                    raise _Unsure
                point = int(digits, 16)
                if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
                    raise _Unsure
                out.append(chr(point))
                p = q + 2 + len(digits)
            else:
                raise _Unsure  # '\/', '\ ', a line continuation: PyYAML decides

    def flow(self, s: str, p: int) -> tuple[Any, int]:
        """A flow list or mapping starting at s[p] ('[' or '{'), on one line."""
        closing = "]" if s[p] == "[" else "}"
        out: Any = [] if closing == "]" else {}
        p += 1
        if s[p] == closing:
            return out, p + 1
        while True:
            if closing == "}":
                m = _KEY.match(s, p)
                if m is None or m.end() == len(s) or s[m.end() - 1] != " ":
                    raise _Unsure
                key = m.group(1)
                if not (self.keys.get(key) or self.is_key(key)):
                    raise _Unsure
                out[key], p = self.flow_node(s, m.end())
            else:
                value, p = self.flow_node(s, p)
                out.append(value)
            if s[p] == closing:
                return out, p + 1
            if s[p:p + 2] != ", " or s[p + 2] in ",]} ":
                raise _Unsure
            p += 2

    def flow_node(self, s: str, p: int) -> tuple[Any, int]:
        c = s[p]
        if c in "[{":
            return self.flow(s, p)
        if c == "'" or c == '"':
            return self.quoted(s, p)
        if c in _INDICATORS or c == " " or (c == "-" and s[p + 1] in " ,]}"):
            raise _Unsure
        m = _FLOW_PLAIN.match(s, p)
        value = m.group()
        end = m.end()
        if end >= len(s) or s[end] not in ",]}" or not value or value != value.rstrip(" ") or " #" in value:
            raise _Unsure
        return self.plain(value), end
