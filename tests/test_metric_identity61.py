"""A figure's metric (issue 8, metric identity): a later figure that only continues the
series of the figure before it at another time or against another base, with nothing
between them that could name another series."""

import pytest

from conftest import checked_by_surface


@pytest.mark.parametrize("text,surface,metric", [
    # another base, the noun of change said again
    ("In May 2031, remittances fell by 12.4% month-on-month and a decline of 3.1% year-on-year was recorded.",
     "3.1%", "remittances decline"),
    # other times after a noun of change, the verb gapped
    ("The number of guests rose to 612,300 in 2031, an 8% increase on 2030, 21% on 2029 and 35% on 2028.",
     "21%", "number of guests growth"),
])
def test_a_figure_that_continues_a_series_at_another_time_takes_it(tmp_path, text, surface, metric):
    assert checked_by_surface(text)[surface].metric == metric


@pytest.mark.parametrize("text,surface", [
    # a pronoun or a place between the figures names another series
    ("Shipments to the United States dropped by 13.7% in 2031 and those to Japan contracted by 4.1%.", "4.1%"),
    # a list of two series of one time, told apart by 'respectively'
    ("Land and sea arrivals were down by 84 percent and 82 percent in 2031, respectively.", "82 percent"),
])
def test_a_figure_after_another_series_or_of_a_list_is_not_continued(tmp_path, text, surface):
    by = checked_by_surface(text)
    first = next(c for s, c in by.items() if s != surface and c.kind == by[surface].kind)
    assert by[surface].metric != first.metric or by[surface].metric is None

