"""Reading errors behind false flags on clean text (issue 8): decoding damage glued to a
word, digit groups written with a comma and a space, one change with two coordinated bases."""

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str, date: str = "2023-05-01"):
    return extract(Article(id="t", path="t.txt", text=text, sha256="x", date=date))


def _read(text: str):
    return [(c.surface, c.value, c.unit) for c in _claims(text)]


# --- decoding damage glued to a word -------------------------------------------------------

def test_mojibake_glued_to_a_scale_word_leaves_the_scale_read():
    got = _read("Total revenue was MVR2,477.6 millionĀ (MVR2.48 billion) in 2023.")
    assert got[0] == ("MVR2,477.6 million", 2_477_600_000.0, "MVR")
    assert got[1][1] == 2_480_000_000.0


def test_no_break_space_read_as_latin1_before_a_scale_word():
    got = _read("Exports rose to US$2.4Â\u00a0million in 2023.")
    assert got[0][1] == 2_400_000.0
    assert got[0][0] == "US$2.4Â\u00a0million"  # the surface is the article's own characters


def test_readable_keeps_offsets_and_words():
    from factcheck.extract.decoding import readable

    for text in ("MVR2,477.6 millionĀ (MVR2.48 billion)", "Â£5m", "2019â€“20", "CafÃ© 5", "Łódź had 5"):
        assert len(readable(text)) == len(text)
    assert readable("Â£5m") == " £5m"
    assert readable("2019â€“20") == "2019 – 20"
    assert readable("CafÃ© 5") == "CafÃ© 5"  # a letter inside a word is left as printed
    assert readable("Łódź had 5") == "Łódź had 5"  # a lower-case letter ending a name is no artefact
    clean = "Exports rose 5.1 percent to $2.3 million in 2023."
    assert readable(clean) is clean


# --- digit groups written with a comma and a space -----------------------------------------

def test_comma_space_groups_after_a_currency_are_one_amount():
    got = _read("The company reported revenue of BD, 457, 131, 000 for 2022, up from BD 400 million in 2021.")
    assert got[0] == ("BD, 457, 131, 000", 457_131_000.0, "BHD")
    assert _read("Prices were $1, 250, 000 in 2022.")[0][1] == 1_250_000.0
    # controls: lists stay lists
    assert [v for _, v, _ in _read("Tourist arrivals rose 5, 10, 15 percent in 2019, 2020 and 2021.")] == [5.0, 10.0, 15.0]
    # no currency before the run: a list, read as the old reading did
    assert _read("The plants produced 100, 200, 300 tonnes in 2022.")[0][1] == 100.0
    # a single stray-spaced group is still one figure
    assert _read("Sri Lanka welcomed a total of 819, 507 international visitors.")[0][1] == 819_507.0


# --- one change with two coordinated bases --------------------------------------------------

def _flags(text: str, date: str = "2023-09-01"):
    from factcheck.relations import analyse

    article = Article(id="t", path="t.txt", text=text, sha256="x", date=date)
    claims = extract(article)
    return [f.rule for f in analyse(claims, article, []).findings if f.flag]


def test_a_change_from_two_coordinated_figures_is_tested_against_neither():
    assert _flags("Visitor arrivals in August reached 64,800, an increase of 23.4 percent from the 47,595 "
                  "recorded in June and the 58,711 reported in July.") == []
    # controls: a change with one base, and a from-to pair, are tested as before
    assert _flags("Visitor arrivals in August reached 64,800, an increase of 23.4 percent from the 58,711 "
                  "recorded in July.") == ["level-change"]
    assert _flags("Visitor arrivals rose 23.4 percent from 47,595 in June to 64,800 in August.") == ["level-change"]


# --- a component named by its coordinated modifiers -----------------------------------------

def test_a_bracketed_figure_keeps_the_coordinated_modifiers_of_its_head():
    metric = {c.surface: c.metric for c in _claims("Goods and services spending ($3.92 billion) rose, "
                                                   "while wages and salaries ($4.1 billion) fell.")}
    assert metric["$3.92 billion"] == "goods and services spending"
    assert metric["$4.1 billion"] == "salaries"  # as before: no head after the 'and'
    # control: a flow before the 'and' is a series of its own
    assert _claims("Imports and oil exports ($180 million) fell.")[0].metric == "oil exports"


# --- a part named by its series only --------------------------------------------------------

def test_a_categorys_flow_in_a_with_adjunct_is_the_categorys():
    text = ("Chemicals remained the largest category in 2022, with exports of $85.0 million. "
            "Domestic exports were $449.4 million and re-exports $40.1 million.")
    assert _claims(text)[0].metric == "exports of chemicals"
    assert _flags(text) == []  # not the whole of exports that domestic exports would be a part of
    got = _claims("Electronic products remained the country’s top export in January 2025, with earnings of $3.37 billion.")
    assert got[0].metric == "exports of electronic products"
    # controls: a place, or who earns, is no category: its flow is the whole
    assert _claims("Fiji recorded strong growth in 2022, with exports of $85.0 million.")[0].metric == "exports"
    assert _claims("The country remained in deficit in 2022, with exports of $85.0 million.")[0].metric == "exports"
