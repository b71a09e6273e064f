"""series64: a comparative rate names the noun it brings in."""

from conftest import checked


def test_comparative_rate_names_its_noun():
    text = ("According to figures from the Icelandic Tourist Board 42.3% more tourists came to Iceland "
            "in February of this year, compared to February 2016.\n\n"
            "There were 5,550, or 18 percent, fewer cruise ship passengers during the month.\n")
    by = {c.surface: c for c in checked(text, "2017-03-01")}
    assert "tourists" in (by["42.3%"].metric or "") and by["42.3%"].direction == "up"
    assert "cruise ship passengers" in (by["18 percent"].metric or "") and by["18 percent"].direction == "down"
    # a preposition or adverb after the comparative brings in no noun
    other = {c.surface: c for c in checked("Exports reached $3.4 billion, 11.4 percent more on yearly basis, "
                                           "while imports declined.\n", "2024-03-01")}
    assert "yearly" not in (other["11.4 percent"].metric or "")
