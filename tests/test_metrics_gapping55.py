"""A gapped conjunct shares its counterpart's postmodifier: "Exports of services amounted to
EUR 5.6 billion and imports to EUR 6.3 billion" states imports of services."""

from conftest import checked_by_surface


def _metrics(tmp_path, text):
    return {surface: c.metric for surface, c in checked_by_surface(text).items()}


def test_a_gapped_counterpart_takes_the_of_phrase_of_its_antecedent(tmp_path):
    got = _metrics(tmp_path, "Exports of services amounted to EUR 5.6 billion and imports to EUR 6.3 billion.")
    assert got["EUR 5.6 billion"] == "exports of services"
    assert got["EUR 6.3 billion"] == "imports of services"


def test_other_counterpart_pairs_and_a_clause_without_of_phrase(tmp_path):
    got = _metrics(tmp_path, "Imports of capital goods rose to $3.1 billion and exports to $2.4 billion.")
    assert got["$2.4 billion"] == "exports of capital goods"
    plain = _metrics(tmp_path, "Exports amounted to $5.6 billion and imports to $6.3 billion.")
    assert plain["$6.3 billion"] == "imports"


def test_a_premodified_counterpart_keeps_its_own_name(tmp_path):
    got = _metrics(tmp_path, "Exports of services amounted to EUR 5.6 billion and oil imports to EUR 6.3 billion.")
    assert got["EUR 6.3 billion"] != "oil imports of services"
