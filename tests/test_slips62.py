"""slips62: a figure whose series is named elsewhere — by the antecedent of an anaphoric noun
of reading ('that figure', 'this year's figure', 'the previous record'), with any verb."""

from factcheck.articles import read_article
from factcheck.extract import extract
from factcheck.check import check_claims


def _scan(tmp_path, text: str, date: str = "2031-09-14"):
    p = tmp_path / "a.txt"
    p.write_text(f"date {date}\n{text}\n", encoding="utf-8")
    article = read_article(p)
    claims = check_claims(extract(article), [], article)
    return {c.surface: c for c in claims}


def test_that_figure_with_any_verb_is_the_series_of_the_sentence_before(tmp_path):
    by = _scan(tmp_path, "Ruritania's oil revenue was TT$12.4 billion in 2014.\n\n"
                         "By 2017, that figure had plunged to just TT$2.5 billion as prices collapsed.")
    assert by["TT$2.5 billion"].metric == "oil revenue"
    # two series in the sentence before leave the noun's antecedent open
    by = _scan(tmp_path, "Ruritania exported goods totaling $134.1 million in August, while imports amounted to $793.5 million. "
                         "The reported amount is $42.6 million more than a year before.")
    assert by["$42.6 million"].metric != "imports"


def test_this_figure_after_a_fronted_comparison_takes_the_series(tmp_path):
    by = _scan(tmp_path, "In the first half of 2031, 6.4 million foreign citizens visited Ruritania. "
                         "Compared to the same period last year, this figure increased by almost 2.1 million people.")
    assert by["almost 2.1 million people"].metric == "foreign citizens"
    # 'in the amount of' is the figure in apposition to its own clause's series, no anaphor
    by = _scan(tmp_path, "Ruritania's exports reached $900 million in July 2031. "
                         "The trade deficit widened in the amount of $268.5 million.")
    assert by["$268.5 million"].metric != "exports"
