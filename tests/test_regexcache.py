"""The compiled-pattern cache (factcheck/regexcache.py): what it serves is what `re`
compiles, it survives a round trip through its file, and a bad file costs nothing."""

import gc
import re
import sys

import pytest

from factcheck import regexcache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regexes.marshal"
    regexcache.uninstall()
    regexcache._entries.clear()
    regexcache._used.clear()
    regexcache._state["added"] = 0
    re.purge()
    yield path
    regexcache.uninstall()
    regexcache._entries.clear()
    regexcache._used.clear()
    re.purge()


def _grammar_patterns() -> list:
    """Every pattern of the extraction grammar and the relations engine, compiled or lazy."""
    import factcheck.extract.claims  # noqa: F401  (imports the whole grammar)
    import factcheck.relations  # noqa: F401
    from factcheck.extract.patterns import LazyPattern

    found = {}
    for obj in gc.get_objects():
        if isinstance(obj, LazyPattern):
            found[(obj.pattern, int(obj.flags))] = None
        elif isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            found[(obj.pattern, int(obj.flags) & ~re.UNICODE)] = None
    return list(found)


def test_every_grammar_pattern_is_rebuilt_exactly():
    # the engine's arguments computed here give a pattern equal to re's own compilation
    # (flags, engine code) with the same groups, for every pattern the tool uses
    patterns = _grammar_patterns()
    assert len(patterns) > 300
    for pattern, flags in patterns:
        fresh = re._compiler.compile(pattern, flags)
        rebuilt = regexcache._sre.compile(pattern, *regexcache.arguments(pattern, flags))
        assert rebuilt == fresh, pattern
        assert (rebuilt.groups, rebuilt.groupindex) == (fresh.groups, fresh.groupindex), pattern


def test_round_trip_serves_equal_patterns(cache):
    patterns = [(r"(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>bn|billion)\b", re.I), (r"(?<![\w.])(?:Q[1-4]|H[12])\s?'?\d\d", 0),
                (r"[^\x00-\x7f]+|\u2013", 0), (rb"\d+", 0)]
    assert regexcache.install(str(cache))
    first = [re.compile(p, f) for p, f in patterns]
    assert regexcache.save() and cache.exists()

    regexcache.uninstall()
    re.purge()
    assert regexcache.install(str(cache))
    assert len(regexcache._entries) == len(patterns)
    second = [re.compile(p, f) for p, f in patterns]
    assert regexcache._state["added"] == 0  # every one came from the file
    for a, b in zip(first, second):
        assert a == b and a.groupindex == b.groupindex
    assert second[0].search("Exports rose to 4,2 bn euros").group("n", "unit") == ("4,2", "bn")
    assert second[1].search("profit in Q3 '24").group(0) == "Q3 '24"


def test_damaged_or_foreign_file_is_ignored(cache):
    cache.write_bytes(b"\x00not marshal at all")
    assert regexcache.install(str(cache))
    assert regexcache._entries == {}
    assert re.compile(r"(?i)ab+c").match("ABBC")

    regexcache.uninstall()
    import marshal
    cache.write_bytes(marshal.dumps((("other", "python"), {("x", 0): (0, [1, 2, 3], 0, {}, ())})))
    assert regexcache.install(str(cache))
    assert regexcache._entries == {}  # another interpreter's file is not trusted


def test_a_bad_entry_falls_back_to_compiling(cache):
    import marshal
    key = ("(a)(b)", 0)
    cache.write_bytes(marshal.dumps((regexcache._ENGINE, {key: (32, [999, 999], 1, {}, (None, None, None))})))
    assert regexcache.install(str(cache))
    assert re.compile("(a)(b)").match("ab").groups() == ("a", "b")
    assert key in regexcache._entries and regexcache._entries[key][1] != [999, 999]  # replaced by the right code


def test_nothing_written_where_python_writes_no_bytecode(cache, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not regexcache.install(str(cache))  # no file to read, none may be written
    assert re._compiler.compile is not regexcache._compile


def test_the_file_keeps_what_the_last_run_used_within_its_limit(cache, monkeypatch):
    import marshal

    assert regexcache.install(str(cache))
    for i in range(6):
        re.compile(rf"old{i}\d+")
    assert regexcache.save()
    regexcache.uninstall()
    re.purge()
    monkeypatch.setattr(regexcache, "_LIMIT", 4)
    assert regexcache.install(str(cache))
    re.compile(r"old5\d+")  # from the file
    re.compile(r"new\d+")  # new
    assert regexcache.save()
    _, kept, _ = marshal.loads(cache.read_bytes())
    assert len(kept) == 4 and {(r"old5\d+", 0), (r"new\d+", 0)} <= set(kept)


def test_gates_are_derived_once_and_kept_in_the_file(cache):
    from factcheck.extract.patterns import LazyPattern, gated

    asked = []

    def derive(pattern, flags):
        asked.append(pattern)
        return gated(pattern, flags)

    assert regexcache.gate(r"\bsame\s+period", re.I, derive) == gated(r"\bsame\s+period", re.I)  # not installed: derived
    assert regexcache.install(str(cache))
    LazyPattern(r"\b(?:the\s+)?same\s+period", re.I).search("the same period")
    assert regexcache.gate(r"\b(?:the\s+)?same\s+period", int(re.I), derive) == gated(r"\b(?:the\s+)?same\s+period", re.I)
    assert asked == [r"\bsame\s+period"]  # the lazy pattern's gate was derived once, by the pattern itself
    assert regexcache.save()
    regexcache.uninstall()
    re.purge()
    assert regexcache.install(str(cache))
    assert regexcache.gate(r"\b(?:the\s+)?same\s+period", int(re.I), derive) == r"(?=[ts])(?:\b(?:the\s+)?same\s+period)"
    assert asked == [r"\bsame\s+period"]  # read from the file


def test_a_file_from_before_gates_were_kept_is_stale(cache):
    import marshal

    cache.write_bytes(marshal.dumps((regexcache._ENGINE, {(r"\d+", 0): (0, [1], 0, {}, ())})))
    assert regexcache._load(str(cache)) == ({}, {})


def test_grammar_patterns_are_the_same_text_in_every_process():
    # a pattern built from a set in hash order would be new to the cache in every process
    import os
    import subprocess

    code = ("import factcheck.extract.claims, factcheck.relations, gc, re, hashlib; "
            "print(hashlib.sha256(repr(sorted(str(o.pattern) for o in gc.get_objects() "
            "if isinstance(o, re.Pattern))).encode()).hexdigest())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_a_read_only_install_keeps_its_cache_in_the_users_cache_folder(tmp_path, monkeypatch):
    import os

    assert regexcache.cache_path().startswith(os.path.dirname(regexcache.__file__))  # a working copy: beside it
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    monkeypatch.setattr(os.path, "exists", lambda path: False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regexcache.cache_path() == str(tmp_path / "factcheck" / f"regexes.{sys.implementation.cache_tag}.marshal")


def test_a_pattern_the_engine_knows_no_start_of_is_told_its_first_characters(cache):
    assert regexcache.install(str(cache))
    pattern = r"\b(?:the\s+)?(?:same|corresponding)\s+period"
    told = re.compile(pattern, re.I)
    fresh = regexcache._state["original"](pattern, re.I)
    assert told.pattern == pattern and told != fresh  # its code differs, its text does not
    assert regexcache._entries[(pattern, int(re.I))][1][2] & regexcache._KNOWN_START  # the file keeps the hint
    for text in ("over the same period", "THE ſAME PERIOD", "a corresponding period", "sameperiod", ""):
        assert [m.span() for m in told.finditer(text)] == [m.span() for m in fresh.finditer(text)]
    assert told.match("the same period") and told.match("xthe same period") is None
    # a pattern that opens with a literal or a class the engine skips to by itself, and
    # one tried at the start of the text only, are compiled as re compiles them
    for pattern, flags in ((r"period\b", 0), (r"[0-9] percent", re.I), (r"^\s*(?:the\s+)?same", re.I)):
        assert re.compile(pattern, flags) == regexcache._state["original"](pattern, flags), pattern
    # (re.I hides a cased letter's prefix from the engine: such a pattern is told it)
    assert re.compile(r"period\b", re.I) != regexcache._state["original"](r"period\b", re.I)


def test_grammar_patterns_told_their_first_characters_find_what_they_found(cache):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    lines = [line for d in ("corpus/dev", "tests/data/extract") for p in sorted((root / d).rglob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    told = 0
    for pattern, flags in _grammar_patterns():
        if isinstance(pattern, bytes) or hash((pattern, flags)) % 4:  # a quarter of them (time)
            continue
        fresh = re._compiler.compile(pattern, flags)
        args = regexcache.arguments(pattern, flags)
        hinted = regexcache._told(pattern, flags, args)
        if hinted is args:
            continue
        told += 1
        fast = regexcache._sre.compile(pattern, *hinted)
        assert (fast.groups, fast.groupindex, fast.pattern) == (fresh.groups, fresh.groupindex, fresh.pattern)
        for line in lines:
            assert [(m.span(), m.groups()) for m in fast.finditer(line)] == \
                [(m.span(), m.groups()) for m in fresh.finditer(line)], (pattern, line)
    assert told > 50


def test_a_file_from_before_first_characters_were_told_is_stale(cache):
    import marshal

    cache.write_bytes(marshal.dumps((regexcache._ENGINE[:-1], {(r"\d+", 0): (0, [1], 0, {}, ())}, {})))
    assert regexcache._load(str(cache)) == ({}, {})


def test_what_a_pattern_is_built_from_is_derived_once_and_kept_in_the_file(cache):
    from factcheck.extract.patterns import first_letter_alternation

    asked = []

    def derive(text):
        asked.append(text)
        return text.upper()

    assert regexcache.remembered("test", "abc", derive) == "ABC" and asked == ["abc"]  # not installed: derived
    assert regexcache.install(str(cache))
    assert regexcache.remembered("test", "abc", derive) == "ABC" == regexcache.remembered("test", "abc", derive)
    grouped = first_letter_alternation([r"euros?", r"dollars?"])
    assert regexcache.save()
    regexcache.uninstall()
    assert regexcache.install(str(cache))
    assert regexcache.remembered("test", "abc", derive) == "ABC" and asked == ["abc", "abc"]  # read from the file
    assert first_letter_alternation([r"euros?", r"dollars?"]) == grouped


def test_the_file_keeps_engine_code_as_bytes(cache):
    import marshal

    assert regexcache.install(str(cache))
    first = re.compile(r"(?P<n>\d+)\s*(?:bn|billion)\b")
    assert regexcache.save()
    _, kept, _ = marshal.loads(cache.read_bytes())
    assert all(type(args[1]) is bytes for args in kept.values())  # read whole at every start: bytes are copied
    regexcache.uninstall()
    re.purge()
    assert regexcache.install(str(cache))
    assert re.compile(r"(?P<n>\d+)\s*(?:bn|billion)\b") == first
