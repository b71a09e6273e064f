"""Units and kinds after the twenty-fifth session's typed review (typed45, issue 9): a bare
scaled amount that a preposition of value, a verb of raising or generating, or a reduced
relative of paying makes money; a rate whose earlier level follows it without a comma; a
bracketed aside between a figure and its "per" unit; "a barrel from" is a rate (only a span of
time followed by "earlier", "from" or "on" is a comparison)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str) -> list:
    return extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))


def _typed(text: str) -> dict[float, tuple[str, str]]:
    return {c.value: (c.unit, c.kind) for c in _claims(text)}


# --- a bare scaled amount governed by a word of value -------------------------------------------
# The currency is named once, earlier in the paragraph; the figure itself prints none. A word of
# value before it ("worth", "valued at", "priced at") or a verb whose object is a sum ("raised",
# "collected", "generated", "brought in") makes it money; a reduced relative of paying after it
# ("the 40 million spent on roads") too.

_LEAD = "The insurer's profit came to NOK 80 million in the year. "


@pytest.mark.parametrize("sentence, value", [
    ("Its stake in the shipyard is worth 640 million.", 640e6),
    ("Analysts valued the trading arm at 1.9 billion after the sale.", 1.9e9),
    ("The new headquarters was valued at about 2.4 billion.", 2.4e9),
    ("Its bonds were priced at 700 million.", 700e6),
    ("A charity gala raised 3.5 million for the hospital.", 3.5e6),
    ("Tolls collected 12.6 million over the summer.", 12.6e6),
    ("Its ferry routes generated 410 million.", 410e6),
    ("Salmon farming brought in 5.2 billion last year.", 5.2e9),
    ("Of the 95 million spent on the harbour, half went on dredging.", 95e6),
    ("It compares with the 260 million invested in 2021.", 260e6),
])
def test_a_word_of_value_makes_a_bare_scaled_figure_money(sentence, value):
    assert _typed(_LEAD + sentence)[value] == ("NOK", "money")


@pytest.mark.parametrize("sentence, value", [
    # a noun of its own after the figure: it counts that
    ("The campaign raised 2 million signatures.", 2e6),
    ("The new port generated 1.4 million jobs, the minister claimed.", 1.4e6),
    ("Volunteers collected 3 million bottles.", 3e6),
    # the figure is the subject of an active verb, not a reduced relative: no determiner before it
    ("Some 1.2 million earned less than the minimum wage.", 1.2e6),
    # a participle with an object of its own is a verb of the figure as subject
    ("The 4 million paid taxes for the first time.", 4e6),
])
def test_a_counted_or_acting_figure_stays_a_count(sentence, value):
    assert _typed(_LEAD + sentence)[value] == ("count", "count")


@pytest.mark.parametrize("text, value", [
    # no money anywhere: nothing to give
    ("The stake is worth 640 million, a broker said.", 640e6),
    # a country, but no currency named: its home currency is too bold a guess
    ("Britain's pet food market, worth 3 billion, keeps growing.", 3e9),
    ("Norway's salmon farms generated 120 billion over the decade.", 120e9),
])
def test_a_word_of_value_gives_no_currency_that_the_article_never_names(text, value):
    assert _typed(text)[value] == ("count", "count")


# --- a rate's earlier level, not set off by a comma ------------------------------------------
# "rose to $85 a barrel from $73": the other end of the change is in the same terms, per barrel.

@pytest.mark.parametrize("text, value, unit", [
    ("Brent crude climbed to $91 a barrel from $84 in March.", 84, "USD / barrel"),
    ("Tomatoes rose to 95 pence a kilo in June from 89 pence.", 0.89, "GBP / kilogram"),
    ("The tariff fell to €0.21 per kWh compared with €0.27 a year before.", 0.27, "EUR / kWh"),
    ("Growers got KSh 61 per kg last month against KSh 55.", 55, "KES / kilogram"),
    ("Steel slid to $640 per tonne, from $700.", 700, "USD / tonne"),
])
def test_the_earlier_level_of_a_rate_shares_its_denominator(text, value, unit):
    got = _typed(text)
    assert got[value][0] == unit


@pytest.mark.parametrize("text, value, unit", [
    # another scale: a total, not the same price
    ("Wheat rose to $310 a tonne from $2.1 billion in sales.", 2.1e9, "USD"),
    # another currency: a conversion's terms are its own
    ("Tea fetched KSh 300 per kg from USD 2.", 2, "USD"),
])
def test_a_total_or_another_currency_after_a_rate_keeps_its_unit(text, value, unit):
    assert _typed(text)[value][0] == unit


# --- a bracketed aside between a figure and its denominator --------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Farmers were paid 3,400 rupiah (about 21 US cents at the time) per kilogram of coffee.", 3400, "IDR / kilogram"),
    ("Tenants pay €720 (service charges included) a month.", 720, "EUR / month"),
    ("Cement sold at 9,000 CFA francs (up from 8,200) per bag.", 9000, "XOF / bag"),
])
def test_a_bracketed_aside_does_not_part_a_figure_from_its_denominator(text, value, unit):
    assert _typed(text)[value][0] == unit


@pytest.mark.parametrize("text, value, unit", [
    # a bracket, then a preposition that is not a rate's
    ("Imports reached $4 billion (see the table) per the ministry's count.", 4e9, "USD"),
    # a bracket, then another figure: the rate is that figure's
    ("Fares were £3 (2019) and £4 a ride in 2023.", 3, "GBP"),
])
def test_no_denominator_across_a_bracket_that_is_not_a_rate(text, value, unit):
    assert _typed(text)[value][0] == unit


# --- "a barrel from", "a litre on": the rate of a physical unit -------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Palm oil cost $890 a tonne on Tuesday.", 890, "USD / tonne"),
    ("Petrol was €1.74 a litre from Monday.", 1.74, "EUR / liter"),
])
def test_a_unit_of_quantity_before_from_or_on_is_a_denominator(text, value, unit):
    assert _typed(text)[value][0] == unit


@pytest.mark.parametrize("text, value", [
    ("Net income was $6.2 billion a year earlier.", 6.2e9),
    ("Exports were $3 billion a month from January on.", 3e9),
])
def test_a_span_of_time_before_earlier_or_from_stays_a_comparison(text, value):
    assert _typed(text)[value][0] == "USD"


# --- a bare unscaled figure coordinated with a money figure ------------------------------------
# "grants of £3m and 520,000 in loans": the figure after "and" with no verb or noun of its own is
# an amount of the same money.

@pytest.mark.parametrize("text, value, unit", [
    ("The trust handed out €2.4m in bursaries and 380,000 in travel grants.", 380000, "EUR"),
    ("The province spent ZAR 1.2 billion on clinics and 640,000 on ambulances.", 640000, "ZAR"),
    ("Donors pledged £900,000 to the school, plus 15,500 from parents.", 15500, "GBP"),
])
def test_a_bare_figure_coordinated_with_money_is_that_money(text, value, unit):
    assert _typed(text)[value] == (unit, "money")


@pytest.mark.parametrize("text, value", [
    ("The trust handed out €2.4m and employed 1,250 staff.", 1250),  # a verb of its own
    ("The trust handed out €2.4m and 1,250 laptops.", 1250),  # a noun it counts
    ("The trust handed out €2.4m to 1,250 families.", 1250),  # not coordinated
    ("The trust handed out €2.4m and 40 more.", 40),  # too small to be a sum printed bare
])
def test_a_figure_with_its_own_verb_or_noun_stays_a_count(text, value):
    assert _typed(text)[value][1] == "count"


def test_a_value_verb_may_take_its_object_before_at():
    assert _typed(_LEAD + "Brokers valued the insurer's Danish arm at 1.9 billion.")[1.9e9] == ("NOK", "money")


# --- the unit of a price named with the goods or the price ------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("A bag of cement now costs 9,500 CFA francs in Lomé.", None, None),  # a bag: no unit of measure
    ("One kilogram of cardamom sold for $21 at the auction.", 21, "USD / kilogram"),
    ("A litre of diesel was 1.9 dollars in Bergen.", 1.9, "USD / liter"),
    ("Each tonne of clinker fetched €48.", 48, "EUR / tonne"),
    ("The per-tonne price of copper slid to $8,100.", 8100, "USD / tonne"),
    ("Growers sold their cashews at 600 CFA francs the kilo.", 600, "XOF / kilogram"),
])
def test_a_unit_named_with_the_goods_or_the_price_is_the_denominator(text, value, unit):
    if value is None:
        assert all("/" not in c.unit for c in _claims(text))
    else:
        assert _typed(text)[value][0] == unit


def test_the_one_unit_that_names_a_denominator_is_no_figure():
    assert 1 not in _typed("One tonne of clinker fetched €48 last week.")


@pytest.mark.parametrize("text, value, unit", [
    ("Output reached one tonne of gold, worth $60,000.", 60000, "USD"),  # "worth": the whole amount
    ("Revenue was $4 million the year before.", 4e6, "USD"),  # "the year": a span, no unit of quantity
    ("A share of the profits was $2 million.", 2e6, "USD"),  # a share is no unit of measure
])
def test_no_unit_of_quantity_no_denominator(text, value, unit):
    assert _typed(text)[value][0] == unit
