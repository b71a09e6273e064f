"""Restatements a frame cannot tell from two figures: a flow sent to the figure's own
place (what it receives, never its exports), a share said of what a flow is mainly made
of (not the partner's share)."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons


def test_goods_sent_to_the_place_are_not_its_exports(tmp_path):
    by = checked_by_surface("Ruritania's exports reached US$ 0.5 billion in the first quarter of 2031. Donors "
                         "make dollars available through aid flights: US$ 580 million were shipped to "
                         "Ruritania in the first quarter of 2031.")
    assert not flagged_reasons(by)


def test_shipments_abroad_still_restate_exports(tmp_path):
    # the same concept named two ways, leaving the place: a gap no rounding explains
    by = checked_by_surface("Ruritania's exports reached US$ 1.25 billion in the first quarter of 2031. Its "
                         "shipments abroad stood at US$ 2.15 billion in the first quarter of 2031.")
    assert flagged_reasons(by)


def test_a_share_of_what_a_flow_is_mainly_made_of_is_not_the_partners_share(tmp_path):
    by = checked_by_surface("In 2031, Borduria remained Ruritania's largest export market, accounting for 55 "
                         "percent of total exports. Exports to Borduria are mostly timber and wool, making up "
                         "around 62 percent of total exports in 2031.")
    assert not flagged_reasons(by)


def test_the_partners_share_stated_twice_is_still_compared(tmp_path):
    by = checked_by_surface("In 2031, Borduria remained Ruritania's largest export market, accounting for 55 "
                         "percent of total exports. Exports to Borduria, of timber and wool, made up around 62 "
                         "percent of total exports in 2031.")
    assert flagged_reasons(by)

