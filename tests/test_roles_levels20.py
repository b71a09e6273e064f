"""Roles that cost the relations engine planted slips on the spent sets, each in our own
sentences: the level a change started from, named right after it with 'from'; a 'from … to'
pair with a bare year between; the value of goods 'worth' an amount restated as a percentage
more (levels read as changes); an amount with a comparative closing its clause, or above
or below a named figure (changes read as levels); an amount and a percentage side by side in
one bracket (a part and its share)."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2021-08-01"


def test_the_figure_a_change_started_from_is_a_level():
    c = frames_by_surface("Ghana's cocoa earnings grew $410 million from $2.15 billion, the central bank said.", DAY)
    assert c["$410 million"].role == "change"
    assert c["$2.15 billion"].role == "level"
    c = frames_by_surface("Bhutan welcomed 612 visitors in May, an 85-person rise from the 527 recorded a year earlier.", DAY)
    assert c["527"].role == "level"
    # but "up from" (or a comma) sets two changes side by side
    c = frames_by_surface("Employers in Ohio added 41,000 jobs in June, up from 23,000 in May.", DAY)
    assert c["23,000"].role == "change"
    c = frames_by_surface("Employers in Ohio added 41,000 jobs in June up from 23,000 in May.", DAY)
    assert c["23,000"].role == "change"


def test_a_from_to_pair_with_bare_years_is_two_levels():
    c = frames_by_surface("Malawi's tobacco sales went up by $95 million (8%) from $1.18 billion in 2019 to $1.28 billion in 2020.", DAY)
    assert c["$1.18 billion"].role == "level" and c["$1.28 billion"].role == "level"
    assert c["$95 million"].role == "change"


def test_goods_worth_an_amount_restated_as_a_percentage_more_is_a_level():
    c = frames_by_surface("Albania imported goods worth 512 million euros or 9.4 percent more than in June last year.", DAY)
    assert c["512 million euros"].role == "level"
    assert c["9.4 percent"].role == "growth"


def test_a_comparative_closing_the_clause_makes_an_amount_a_change():
    c = frames_by_surface("Laos' exports came to 612 million dollars, 91.2 percent of the 2020 level or 59 million dollars fewer, "
                          "the ministry said.", DAY)
    assert c["59 million dollars"].role == "change" and c["59 million dollars"].direction == "down"
    c = frames_by_surface("Uganda's tea revenue was 21 million dollars, or about 12 percent, more than that of 2020.", DAY)
    assert c["21 million dollars"].role == "change" and c["21 million dollars"].direction == "up"


def test_an_amount_above_or_below_a_named_figure_is_a_change():
    c = frames_by_surface("Guam's spending came in $12 million above the $310 million budget.", DAY)
    assert c["$12 million"].role == "change" and c["$12 million"].direction == "up"
    assert c["$310 million"].role == "level"
    c = frames_by_surface("Montana home sales were 31 sales below the all-time high of 1,310 sales.", DAY)
    assert c["31 sales"].role == "change" and c["31 sales"].direction == "down"


def test_an_amount_and_a_percentage_in_one_bracket_make_a_share():
    c = frames_by_surface("Most visitors to Saba came from Sint Maarten (2,140 visitors; 31.5 percent) and the Netherlands (905; 13.3 percent).", DAY)
    assert c["31.5 percent"].role == "share" and c["13.3 percent"].role == "share"
    c = frames_by_surface("Donors included Spain (€2.7 million/5.1%) and Chile (€0.9 million/1.7%).", DAY)
    assert c["5.1%"].role == "share"
    c = frames_by_surface("The rest of Albania's revenue came from excise (4.2%, €61 million) and stamps (0.3%, €4 million).", DAY)
    assert c["4.2%"].role == "share" and c["€61 million"].role == "level"
