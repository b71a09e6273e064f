"""A participle set off by a comma ('…, totalling $2 billion', '…, coming in at $40
million') states a level of its main clause's subject. When that clause states the
subject's own share or change with a percentage ('Gas receipts made up 61% of income,
totalling …'), the subject still names the series: read as nothing, two series of one
breakdown ('gas receipts' and 'non-gas receipts') lost the word that tells them apart and
got one key."""

import pytest

from conftest import by_surface


DAY = "2024-03-15"


@pytest.mark.parametrize("text,surface,expected", [
    # a share in the main clause, then the level
    ("Gas receipts made up 61% of state income in the second quarter, totalling NOK 88 billion.",
     "NOK 88 billion", "gas receipts"),
    # a change in the main clause, then the level
    ("Copper sales fell 9% on the year, standing at $1.2 billion.", "$1.2 billion", "copper sales"),
    # 'coming in at' states a level like 'totalling'
    ("Lamb exports climbed sharply, coming in at $45 million.", "$45 million", "lamb exports"),
])
def test_participle_level_takes_the_clause_subject(text, surface, expected):
    assert by_surface(text, DAY, "metric")[surface] == expected

