"""Which conversion is the yardstick when the conversions of one paragraph do not agree: the
one the article's other conversions of the pair agree with (our own sentences)."""

from __future__ import annotations


from conftest import inconsistent


def _inconsistent(text: str) -> set[str]:
    return inconsistent(text, "2024-05-14")


def test_the_pair_that_agrees_with_the_rest_of_the_article_is_not_the_suspect():
    text = ("The group posted a profit of AED 18.7 billion (US$ 5.1 billion) on revenue of AED 110.2 "
            "billion (US$ 30.0 billion) in the 2023-24 financial year.\n\n"
            "Its chairman thanked the staff and the customers for a strong year.\n\n"
            "The chairman also praised the partners in the region.\n\n"
            "The airline reported a profit of AED 17.2 billion (US$ 4.7 billion), with revenue of "
            "AED 132.2 billion (US$ 33.0 billion).")
    flagged = _inconsistent(text)
    assert "AED 17.2 billion" not in flagged and "US$ 4.7 billion" not in flagged
    assert flagged == {"AED 132.2 billion"}
