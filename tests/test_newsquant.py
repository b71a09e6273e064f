"""benchmarks/newsquant.py: the CQE authors' matching rule and our unit mapping."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "newsquant.py"
_spec = importlib.util.spec_from_file_location("newsquant", _PATH)
newsquant = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(newsquant)


def _q(value, unit, change="="):
    return {"value": value, "normalized_unit": unit, "change": change}


def test_greedy_matching_by_unit_with_value_and_unit_hits():
    gold = [_q("5", "dollar"), _q("10", "percentage", "up")]
    system = [{**_q(10.0, "percentage", "up")}, {**_q(5.000001, "dollar")}]
    assert newsquant.score([(gold, system)]) == {
        "gold": 2, "system": 2, "value": 2, "value+unit": 2, "value+change": 2}


def test_a_wrong_unit_still_counts_its_value_and_is_not_consumed():
    # the authors' rule: one system quantity with the right value but the wrong unit gives
    # value hits to both gold quantities (capped at the sentence's gold count)
    gold = [_q("3", "dollar"), _q("3", "euro")]
    system = [_q(3.0, "-")]
    assert newsquant.score([(gold, system)])["value"] == 2
    assert newsquant.score([(gold, system)], strict=True)["value"] == 1


def test_ranges_match_only_ranges_and_values_within_relative_tolerance():
    assert newsquant.values_match((252.0, 287.0), (252.0, 287.0))
    assert not newsquant.values_match((252.0, 287.0), 252.0)
    assert newsquant.values_match(1e9, 1e9 * (1 + 5e-6))
    assert not newsquant.values_match(1e9, 1e9 * (1 + 5e-5))


def test_prf_rounds_as_published():
    assert newsquant.prf(832, 904, 900) == (92.4, 92.0, 92.2)


def _tags(text):
    return newsquant.factcheck_tags(text)


def test_our_units_in_cqe_vocabulary():
    tags = {t["surface"]: (t["value"], t["normalized_unit"]) for t in _tags(
        "The contract was up 19 cents at US $58.24 per barrel, and 2.4 million headsets sold; "
        "it makes 275 pound-feet at 3000 rpm, a 60 basis point gain.")}
    assert tags["19 cents"] == (pytest.approx(19), "cent")
    assert tags["US $58.24 per barrel"] == (58.24, "dollar per barrel")
    assert tags["2.4 million headsets"] == (2.4e6, "headset")
    assert tags["3000 rpm"] == (3000, "revolutions per minute")
    assert tags["60 basis point"] == (pytest.approx(60), "basis point")


@pytest.mark.parametrize("phrase,whole,head", [
    ("British and French bicycles", "british french bicycle", "bicycle"),
    ("wins above replacement", "win above replacement", "win"),
    ("staff", "staff", "staff"),
    ("people", "people", "people"),
    ("Johnson's deputies", "johnson deputy", "deputy"),
])
def test_a_counted_phrase_is_named_whole_or_by_its_head(phrase, whole, head):
    assert newsquant.count_unit(phrase) == whole
    assert newsquant.count_unit(phrase, head_only=True) == head


@pytest.mark.parametrize("text,label", [
    ("The firm lost more than 60% of its value.", ">"),
    ("The index rose about 2% on Monday.", "~"),
    ("The index rose 2% on Monday.", "up"),
    ("The index stood at 2,000 points.", "="),
])
def test_the_change_label_puts_a_bound_before_a_direction(text, label):
    (tag,) = _tags(text)
    assert tag["change"] == label


@pytest.mark.parametrize("text,label", [
    ("Analysts expect a 12% slump in profits.", "="),
    ("The union won a 4% wage increase for nurses.", "="),
    ("The plant reported a 30 basis point improvement in yield.", "="),
    ("Exports climbed 12% in March.", "up"),          # a verb states the change
    ("Exports climbed 12% to a record.", "up"),
    ("Sales were up 7% on the year.", "up"),         # an adverb states it
])
def test_a_figure_modifying_a_noun_of_change_is_labelled_as_newsquant_does(text, label):
    (tag,) = [t for t in _tags(text) if t["normalized_unit"] == "percentage"] or _tags(text)
    assert tag["change"] == label


def test_every_age_is_a_year_of_age():
    (tag,) = _tags("The tunnel runs through 400 million-year-old bedrock.")
    assert (tag["value"], tag["normalized_unit"]) == (4e8, "year of age")


def test_a_from_to_pair_is_submitted_as_the_range_newsquant_writes():
    (tag,) = _tags("Ethereum fell from $2,415 to $2,315.")
    assert tag["value"] == (2415.0, 2315.0)


def test_a_pair_printed_later_level_first_stays_two_values():
    tags = _tags("Volume narrowed to 138,285 lots from 212,577 lots, while interest eased to "
                 "196,440 contracts from 210,643 contracts.")
    assert [t["value"] for t in tags] == [138285, 212577, 196440, 210643]


@pytest.mark.parametrize("text,value,unit", [
    ("Half the condos have sold.", 0.5, "% condo"),
    ("One fourth of the US population is vaccinated.", 0.25, "% us population"),
    ("It employs 600 people, almost half of which are in California.", 0.5, "% -"),
    ("The market is growing five percent a year.", 5, "percentage per year"),
    ("The cell ran at 0.5 A/cm2 all day.", 0.5, "ampere per square centimetre"),
    ("It makes 300 PS.", 300, "horsepower"),
])
def test_fractions_rates_of_percentages_and_powers_in_cqe_vocabulary(text, value, unit):
    tag = _tags(text)[-1]
    assert (tag["value"], tag["normalized_unit"]) == (pytest.approx(value), unit)


def test_missing_data_is_skipped_cleanly(tmp_path, capsys):
    assert newsquant.main(["--data", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.parametrize("text,gold,cls", [
    ("Over the past two years sales fell.", {"value": "2", "normalized_unit": "year"},
     "window of the calendar ('the past two years')"),
    ("At 2-0 down it was easy to give up.", {"value": "2.0-0.0", "normalized_unit": "-"}, "score ('2-0 down')"),
    ("It was one of the best.", {"value": "1", "normalized_unit": "good"}, "'one of the …' (a partitive, no count)"),
    ("It rose 7 percent.", {"value": "3", "normalized_unit": "percentage"}, "other"),
])
def test_misses_are_classed_and_deliberate_ones_named(text, gold, cls):
    assert newsquant.miss_class(text, gold) == cls
    assert (cls in newsquant.DELIBERATE) == (cls != "other")


def test_what_deliberate_exclusions_cost_is_computed_from_the_counts():
    from collections import Counter

    counts = {"gold": 100, "system": 90, "value": 80, "value+unit": 70}
    line = newsquant._exclusions_cost(counts, Counter({"score ('2-0 down')": 10, "other": 5}))
    # 10 more hits and 10 more quantities: value-F1 from 84.2 to 90.0, value+unit-F1 from 73.7 to 80.0
    assert "leave out 10 gold quantities" in line
    assert "value-F1 would be 90.0 (now 84.2)" in line and "value+unit-F1 80.0 (now 73.7)" in line
