"""Shares read as rates, and changes in a ranked list (round 28; our own sentences)."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2022-06-15"


# --- a part of a whole named past a bracketed restatement, or a whole named without 'the' ---

def test_a_percentage_of_the_total_past_a_bracketed_amount_is_a_share():
    f = frames_by_surface("Banks handled the rest, and the post office handled 72% (NZ$8.1 million) of the total pension payments "
                          "in May, compared with 70% (NZ$7.9 million) in April and 66% in March.", DAY)
    assert f["72%"].role == "share"
    # the other side of the comparison, and the member listed after it, are shares too
    assert f["70%"].role == "share" and f["66%"].role == "share"


def test_a_percentage_of_a_named_whole_is_a_share():
    g = frames_by_surface("The western province mines nearly all (~80%) of Chile's copper output.", DAY)
    assert g["~80%"].role == "share"


def test_the_remaining_percentage_of_a_whole_is_a_share():
    f = frames_by_surface("Customs duties accounted for 61% of receipts in May, while excise taxes made up the remaining 39%.", DAY)
    assert f["39%"].role == "share"


# --- a percentage change restated as an amount in brackets, then its comparative -----------

def test_a_percentage_with_a_bracketed_amount_before_a_comparative_is_a_growth():
    f = frames_by_surface("Over the twelve months to June, tea exports were 14% (€3.2 million) lower, at €19.6 million.", DAY)
    assert (f["14%"].role, f["14%"].direction) == ("growth", "down")
    assert f["€3.2 million"].role == "change"


# --- "followed by": the next members of a ranked list take the head's role -----------------

def test_members_followed_by_after_a_growth_are_growths():
    f = frames_by_surface("The number of Polish tourists rose the most compared to 2019 (by 41%), followed by Latvians (22%), Finns (9%) and Swedes (4%).", DAY)
    assert (f["41%"].role, f["41%"].direction) == ("growth", "up")
    for s in ("22%", "9%", "4%"):
        assert (f[s].role, f[s].direction) == ("growth", "up"), s
    # a rate named in the head's clause makes the members rates of their own
    g = frames_by_surface("Fuel inflation saw the largest increase of 11 percent, followed by rents with 4.2 percent.", DAY)
    assert g["4.2 percent"].role != "growth"


def test_a_sentence_that_opens_with_followed_by_continues_the_list_before_it():
    f = frames_by_surface("Tin ore accounted for 48% of the province's exports. It was followed by T4Timber at 21% and rubber at 9%.", DAY)
    assert f["21%"].role == "share" and f["9%"].role == "share"
    g = frames_by_surface("Hotel stays rose by 12% in the north. This was followed by the coast with 8%.", DAY)
    assert (g["8%"].role, g["8%"].direction) == ("growth", "up")
    # a sentence of its own, not a list, keeps its rate
    h = frames_by_surface("Tin ore accounted for 48% of the province's exports. Inflation was 9% in May.", DAY)
    assert h["9%"].role == "rate"
