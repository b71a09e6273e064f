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


def test_the_cache_is_keyed_by_pyyaml_version_read_without_importing_it():
    assert yamlcache._engine() == (sys.implementation.cache_tag, yaml.__version__, yamlcache._FORMAT)


def test_yaml_error_names_pyyaml_error_once_loaded():
    # PyYAML is loaded in this process (imported above): its errors are the ones caught
    assert yamlcache.yaml_error() is yaml.YAMLError


def test_the_scan_path_imports_pyyaml_only_when_a_document_must_be_parsed(tmp_path):
    # once the cache holds the word lists, importing the grammar and the claim store reads no
    # YAML: importing PyYAML at every start cost more instructions than the rest it needs
    import os
    import subprocess

    code = ("import sys; from factcheck import yamlcache; yamlcache.install(sys.argv[1]); "
            "import factcheck.pipeline, factcheck.extract.claims, factcheck.claimfile, factcheck.references, "
            "factcheck.imported, factcheck.validation, factcheck.claimyaml; "
            "e = yamlcache.yaml_error(); "
            "print('yaml' in sys.modules, 'yaml' in sys.modules or not any(issubclass(x, e) for x in (ValueError, OSError)))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs = [subprocess.run([sys.executable, "-c", code, str(tmp_path / "yaml.marshal")], capture_output=True, text=True,
                           check=True, env=env).stdout.split() for _ in range(2)]
    assert runs[0] == ["True", "True"]  # the first run parses the word lists, and keeps them
    assert runs[1] == ["False", "True"]  # the next one never imports PyYAML, and catches no other error as its


def test_the_claim_file_loader_and_dumper_are_built_on_first_use():
    from factcheck import claimfile

    assert claimfile._Loader is claimfile._yaml_classes()[0] and claimfile._Dumper is claimfile._yaml_classes()[1]
    assert "2024-03-01" == yaml.load("at: 2024-03-01", Loader=claimfile._Loader)["at"]  # dates stay strings
    assert yaml.dump({"span": claimfile._Flow([1, 2])}, Dumper=claimfile._Dumper) == "span: [1, 2]\n"
    with pytest.raises(AttributeError):
        claimfile.no_such_name  # noqa: B018


def test_the_area_codes_are_kept_as_the_word_lists_are(cache, monkeypatch):
    # every scan that matches a claim reads the area codes (matching.subjects): a second run
    # serves them from the file, equal to what PyYAML's safe loader makes of the text
    from importlib import resources

    from factcheck.importing import series

    plain = yaml.safe_load(resources.files("factcheck.importing").joinpath("codes.yaml").read_text(encoding="utf-8"))
    assert yamlcache.install(str(cache))
    series.codes.cache_clear()
    try:
        first = series.codes()
        assert {k: v for k, v in first.items() if k != "area_index"} == plain
        assert yamlcache.save()
        yamlcache.uninstall()
        assert yamlcache.install(str(cache))
        series.codes.cache_clear()
        monkeypatch.setattr(series, "_parse_codes", lambda text: pytest.fail("parsed again"))
        assert series.codes() == first
    finally:
        series.codes.cache_clear()
