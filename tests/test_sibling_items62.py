"""False flags on clean text (issue 8), session 42: the engine's own false alarms as
classes, measured on annotated frames (benchmarks/relations_oracle.py), not one sentence."""
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from relations_oracle import _flagged, _run, gold_claims  # noqa: E402


def _claim(cid, surface, value, role, period, **kw):
    return {"id": cid, "surface": surface, "value": value, "unit": kw.pop("unit", "count"),
            "kind": kw.pop("kind", "count"), "qualifier": "exact", "metric": kw.pop("metric", "visitor arrivals"),
            "subject": kw.pop("subject", []), "period": period, "role": role, **kw}


def _flags(tmp_path, text: str, claims: list[dict]) -> set[str]:
    (tmp_path / "a.txt").write_text(f"date 2031-06-14\n{text}\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"claims": claims}), encoding="utf-8")
    article, built = gold_claims(tmp_path / "a.txt", yaml.safe_load((tmp_path / "a.yaml").read_text()))
    _run(article, built)
    return {c.surface for c in built if c.id in _flagged(built)}


_PCT = {"unit": "percent", "kind": "percent"}


def _market(place: str) -> dict:
    return {"metric": f"visitor arrivals to Palau from {place}", "subject": ["Palau", place]}


# each item framed right (its own place); the sentence pairs them crosswise
_ITEMS = [
    _claim("c1", "69 percent", 69.0, "growth", "2031-05", direction="down", base_period="2030-05", **_PCT,
           **_market("Korea")),
    _claim("c2", "7 percent", 7.0, "growth", "2031-05", direction="down", base_period="2030-05", **_PCT,
           **_market("Taiwan")),
    _claim("c3", "310 tourists", 310.0, "level", "2031-05", **_market("Korea")),
    _claim("c4", "1,000", 1000.0, "level", "2030-05", **_market("Korea")),
    _claim("c5", "2,790", 2790.0, "level", "2031-05", **_market("Taiwan")),
    _claim("c6", "3,000", 3000.0, "level", "2030-05", **_market("Taiwan")),
]


def test_levels_another_item_of_the_sentence_fits_are_that_items(tmp_path):
    # "the former ... the latter": the 7 percent is tested against the levels the
    # 69 percent fits (1,000 → 310), which are the other market's, not a slip of 7
    text = ("Korea and Taiwan both lagged in May, as 69 percent and 7 percent declines left only 310 tourists "
            "(from 1,000) from the former and 2,790 (from 3,000) from the latter.")
    assert "7 percent" not in _flags(tmp_path, text, _ITEMS)
    # a slip of the item itself is still one: 69 printed as 96 (its identity with its levels flagged)
    items = [dict(c, surface="96 percent", value=96.0) if c["id"] == "c1" else c for c in _ITEMS]
    assert _flags(tmp_path, text.replace("69 percent", "96 percent"), items) & {"96 percent", "310 tourists", "1,000"}


def test_a_change_that_names_its_base_is_still_checked(tmp_path):
    # the text itself sets the change against a level ("$9.1 million or 12% above the
    # planned $71.2 million"): the level is the writer's pairing, and that it fits the next
    # item ($11.9 million over last year) is the slip (last year's figure put for the plan)
    money = {"unit": "USD", "kind": "money", "subject": ["Port Authority"]}
    text = ("Port dues for the half year came to $83.1 million, which was $9.1 million or 12% above the "
            "planned outturn of $71.2 million and $11.9 million or 17% above the same half last year.")
    claims = [
        _claim("c1", "$83.1 million", 83.1e6, "level", "2031-01/2031-06", metric="port dues", **money),
        _claim("c2", "$9.1 million", 9.1e6, "change", "2031-01/2031-06", metric="port dues variance against plan",
               direction="up", **money),
        _claim("c3", "12%", 12.0, "growth", "2031-01/2031-06", metric="port dues variance against plan",
               direction="up", **_PCT, subject=["Port Authority"]),
        _claim("c4", "$71.2 million", 71.2e6, "level", "2031-01/2031-06", metric="planned port dues", **money),
        _claim("c5", "$11.9 million", 11.9e6, "change", "2031-01/2031-06", metric="port dues", direction="up",
               base_period="2030-01/2030-06", **money),
        _claim("c6", "17%", 17.0, "growth", "2031-01/2031-06", metric="port dues", direction="up",
               base_period="2030-01/2030-06", **_PCT, subject=["Port Authority"]),
    ]
    assert _flags(tmp_path, text, claims) & {"$9.1 million", "12%", "$71.2 million"}
