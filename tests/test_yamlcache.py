"""Parsed YAML kept across runs (factcheck/yamlcache.py): what it serves is what the
loader parsed, a fresh copy each time, and a bad file costs nothing."""

import datetime as dt
import sys

import pytest
import yaml

from factcheck import yamlcache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yamlcache.uninstall()
    yield tmp_path / "yaml.marshal"
    yamlcache.uninstall()


_TEXT = "references:\n  - id: a\n    value: 1.5\n    as_of: 2024-03-01\n    at: 2024-03-01 10:00:00\n    ok: true\n    none:\n"


def _parse(text):
    return yaml.safe_load(text)


def test_documents_are_parsed_once_and_served_from_the_file(cache):
    asked = []

    def parse(text):
        asked.append(text)
        return _parse(text)

    assert yamlcache.install(str(cache))
    first = yamlcache.parsed("test", _TEXT, parse)
    assert yamlcache.save() and cache.exists()
    yamlcache.uninstall()
    assert yamlcache.install(str(cache))
    again = yamlcache.parsed("test", _TEXT, parse)
    assert asked == [_TEXT]  # the second run read it from the file
    assert again == first == _parse(_TEXT)
    assert type(again["references"][0]["as_of"]) is dt.date and type(again["references"][0]["at"]) is dt.datetime
    again["references"].clear()  # a caller's copy is its own
    assert yamlcache.parsed("test", _TEXT, parse) == first
    assert yamlcache.parsed("other", _TEXT, parse) == first and len(asked) == 2  # another loader parses for itself


def test_an_edited_text_is_parsed_afresh_and_a_bad_file_ignored(cache):
    assert yamlcache.install(str(cache))
    assert yamlcache.parsed("test", "a: 1\n", _parse) == {"a": 1}
    assert yamlcache.parsed("test", "a: 2\n", _parse) == {"a": 2}
    yamlcache.uninstall()
    cache.write_bytes(b"\x00not marshal")
    assert yamlcache.install(str(cache))
    assert yamlcache.parsed("test", "a: 1\n", _parse) == {"a": 1}


def test_a_document_marshal_cannot_keep_is_parsed_every_time(cache):
    assert yamlcache.install(str(cache))
    assert yamlcache.parsed("test", "a: !!set {x}\n", lambda t: yaml.unsafe_load(t)) == {"a": {"x"}}
    assert not yamlcache._docs.items


def test_uninstalled_it_parses_every_time():
    yamlcache.uninstall()
    asked = []
    for _ in range(2):
        yamlcache.parsed("test", "a: 1\n", lambda t: asked.append(t) or _parse(t))
    assert len(asked) == 2
