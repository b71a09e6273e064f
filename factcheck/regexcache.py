"""Compiled regular expressions kept across runs, as Python keeps compiled modules.

Python compiles a regular expression in pure Python (parse, then emit the matching
engine's code) and keeps the result only for the life of the process: every fresh
`factcheck` process paid about 0.3 s compiling the grammar's ~550 patterns again, a
third of a cold scan. The engine's code for a pattern depends only on the pattern, its
flags and the Python version, so it is kept in a file beside the package's bytecode
(`__pycache__/regexes.<cache tag>.marshal`) and handed straight to the engine
(`_sre.compile`) by later runs.

Safety: an entry is stored only when the pattern it rebuilds compares equal (same flags,
engine code and groups) to the one `re` itself compiled; the file is keyed by the
interpreter's cache tag and full version and the engine's MAGIC, and the engine checks
any code it is given; a missing, stale or damaged file only means compiling as usual. The
file is written (atomically) only where Python would write bytecode (not under
PYTHONDONTWRITEBYTECODE or -B), and only by the process that installed the cache.

Only the command-line entry point installs it: importing the library changes nothing
in `re` for other programs.
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys

try:  # CPython 3.11+: the compiler and the engine this relies on
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover - another interpreter: compile as usual
    _sre = _compiler = _constants = _parser = None

_LIMIT = 4000  # entries kept (a scan of the whole corpus uses about 1,900); beyond it, those the writing run used come first
# what the file's code was made for: this interpreter and engine, and entries told their
# first characters (_told; a file from before holds code without them)
_ENGINE = (sys.implementation.cache_tag, sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), "told")

# the engine code's opening: its INFO block, what that says of where a match starts, and
# the assertions of the text's start (a pattern that opens so is tried at one place only)
if _constants is not None:
    _INFO, _AT = int(_constants.INFO), int(_constants.AT)
    _KNOWN_START = int(_constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET)
    _AT_START = (int(_constants.AT_BEGINNING), int(_constants.AT_BEGINNING_STRING))

_entries: dict = {}
_used: set = set()
# what firstchars.gated derives from a pattern (its first-character gate, or None):
# a parse in pure Python, as costly as a compilation, kept beside the compiled patterns
_gates: dict = {}
_state = {"added": 0, "pid": None, "original": None, "path": None, "telling": False}


def cache_path(kind: str = "regexes") -> str | None:
    """Where the cache lives: beside the package's own bytecode (PYTHONPYCACHEPREFIX
    honoured); where that folder is not the user's to write (a system-wide install), in
    the user's cache folder ($XDG_CACHE_HOME, else ~/.cache). `kind` names the file
    (unitcache.py keeps pint's answers beside the patterns)."""
    if not sys.implementation.cache_tag:
        return None
    import importlib.util

    name = f"{kind}.{sys.implementation.cache_tag}.marshal"
    init = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__init__.py")
    folder = os.path.dirname(importlib.util.cache_from_source(init))
    mine = folder if os.path.isdir(folder) else os.path.dirname(folder)
    if os.access(mine, os.W_OK) or os.path.exists(os.path.join(folder, name)):
        return os.path.join(folder, name)
    user = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(user, "factcheck", name)


def arguments(pattern, flags: int) -> tuple:
    """What `re._compiler.compile` hands the engine for a pattern (its last lines, which
    the equality check in _compile holds to the installed Python's)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are an int subclass marshal refuses
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))


def _compile(pattern, flags=0):
    original = _state["original"]
    if not isinstance(pattern, (str, bytes)) or flags & (re.DEBUG | re.LOCALE) or _state["telling"]:
        return original(pattern, flags)  # (the classes _told compiles on its way are not kept)
    key = (pattern, int(flags))
    args = _entries.get(key)
    if args is not None:
        try:
            compiled = _sre.compile(pattern, *_unpacked(args))
        except Exception:  # damaged entry: forget it, compile as usual
            _entries.pop(key, None)
        else:
            _used.add(key)
            return compiled
    compiled = original(pattern, flags)
    try:
        args = arguments(pattern, int(flags))
        rebuilt = _sre.compile(pattern, *args)
    except Exception:
        return compiled
    if rebuilt == compiled and rebuilt.groupindex == compiled.groupindex and rebuilt.groups == compiled.groups:
        told = _told(pattern, int(flags), args)
        if told is not args:
            try:
                compiled, args = _sre.compile(pattern, *told), told
            except Exception:
                pass
        _entries[key] = args
        _used.add(key)
        _state["added"] += 1
    return compiled


def _told(pattern, flags: int, args: tuple) -> tuple:
    """The engine's arguments for a pattern told the characters its matches begin with
    (firstchars.first_chars), where it knows none of its own: its search then skips every
    other position in one loop. The same matches, the same groups, the same `.pattern`;
    `args` themselves where there is no such hint, or the pattern opens at the start of
    the text (which the engine tries once)."""
    code = args[1]
    if not isinstance(pattern, str) or code[0] != _INFO or code[2] & _KNOWN_START \
            or code[code[1] + 1] == _AT and code[code[1] + 2] in _AT_START:
        return args
    _state["telling"] = True  # the hint compiles small classes of its own: those are compiled as re does
    try:
        from factcheck.firstchars import first_chars, gated

        opening = gate(pattern, flags, gated)
        told = first_chars(opening, flags) if opening else None
    except Exception:  # no hint is only slower
        told = None
    finally:
        _state["telling"] = False
    return tuple(told) if told else args


# The engine's code is kept as the bytes of its 32-bit words, not a list of numbers: the
# file is read whole at every start, and marshal reads a list of a million numbers one by
# one (10 ms) where it copies bytes; a pattern's code is unpacked when it is compiled.
_PACKABLE = _sre is not None and array.array("I").itemsize == getattr(_sre, "CODESIZE", None)


def _packed(args: tuple) -> tuple:
    if not _PACKABLE or type(args[1]) is not list:
        return args
    return (args[0], array.array("I", args[1]).tobytes(), *args[2:])


def _unpacked(args: tuple) -> tuple:
    if type(args[1]) is not bytes:
        return args
    return (args[0], array.array("I", args[1]).tolist(), *args[2:])


def _load(path: str) -> tuple[dict, dict]:
    """(compiled patterns' arguments, gates) from the cache file; empty where it is
    missing, stale (another engine, or a file from before gates were kept) or damaged."""
    try:
        with open(path, "rb") as fh:
            engine, entries, gates = marshal.loads(fh.read())  # marshal.load(fh) reads item by item: 20x slower
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if engine != _ENGINE or not isinstance(entries, dict) or not isinstance(gates, dict):
        return {}, {}
    return entries, gates


def gate(pattern: str, flags: int, derive) -> "str | None":
    """`derive(pattern, flags)`, remembered in the cache file once the cache is installed
    (the gate depends only on the pattern, its flags and the Python version)."""
    if _state["original"] is None:
        return derive(pattern, flags)
    key = (pattern, int(flags))
    if key in _gates:
        return _gates[key]
    value = _gates[key] = derive(pattern, flags)
    _state["added"] += 1
    return value


def remembered(kind: str, text: str, derive) -> "str | None":
    """`derive(text)` for the text a pattern is built from (patterns.first_letter_alternation
    parses some two hundred currency names at import), kept in the cache file beside the
    gates under a key of its `kind`; derived afresh where the cache is not installed."""
    if _state["original"] is None:
        return derive(text)
    key = (text, kind)  # a kind for flags: never a pattern's (pattern, flags) key
    _used.add(key)
    if key in _gates:
        return _gates[key]
    value = _gates[key] = derive(text)
    _state["added"] += 1
    return value


def built(pattern: str, flags: int, kind: str, build) -> "re.Pattern | None":
    """A pattern compiled from engine code of our own making (`build(pattern, flags)`:
    the arguments of `_sre.compile` after the pattern, or None), kept in the cache file
    beside re's own compilations under a key of its `kind`; None where it cannot be built."""
    key = (pattern, int(flags), kind)  # three items: never one of re's (pattern, flags) keys
    args = _entries.get(key) if _state["original"] is not None else None
    if args is None:
        args = build(pattern, flags)
        if args is None or _sre is None:
            return None
        if _state["original"] is not None:
            _entries[key] = args
            _state["added"] += 1
    try:
        compiled = _sre.compile(pattern, *_unpacked(args))
    except Exception:  # damaged entry: forget it
        _entries.pop(key, None)
        return None
    _used.add(key)
    return compiled


def save() -> bool:
    """Write the cache if this run added to it; True when written."""
    path = _state["path"]
    if not path or not _state["added"] or os.getpid() != _state["pid"] or sys.dont_write_bytecode:
        return False
    entries = _entries
    if len(entries) > _LIMIT:  # those this run used first, then the others as far as the limit
        keep = [k for k in entries if k in _used] + [k for k in entries if k not in _used]
        entries = {k: entries[k] for k in keep[:_LIMIT]}
    entries = {k: _packed(v) for k, v in entries.items()}
    if not write_marshal(path, (_ENGINE, entries, {k: v for k, v in _gates.items() if k in entries or k in _used})):
        return False
    _state["added"] = 0
    return True


def write_marshal(path: str, data) -> bool:
    """Write `data` marshalled to `path`, whole or not at all (concurrent writers: the
    last one wins); False where it could not be written."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    return True


def install(path: str | None = None) -> bool:
    """Serve `re`'s compilations from the cache for the rest of the process, and write
    what it learnt at exit. True when installed (not on other interpreters, nor where the
    cache could neither be read nor written)."""
    if _sre is None or _state["original"] is not None or not hasattr(_compiler, "compile"):
        return False
    path = path or cache_path()
    if not path or (sys.dont_write_bytecode and not os.path.exists(path)):
        return False
    _entries.clear()
    _used.clear()
    _gates.clear()
    entries, gates = _load(path)
    _entries.update(entries)
    _gates.update(gates)
    _state["added"] = 0
    _state.update(path=path, pid=os.getpid(), original=_compiler.compile)
    _compiler.compile = _compile
    atexit.register(save)
    return True


def uninstall() -> None:
    """Give `re` its own compiler back (tests)."""
    if _state["original"] is not None:
        _compiler.compile = _state["original"]
        _state["original"] = None
        atexit.unregister(save)
