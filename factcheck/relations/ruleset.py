"""The rules in the order of their stable ids: importing this module imports every rule
family of `factcheck/relations/rules/` (each registers its rules with `registry.rule`) and
orders the registry. The rules package itself imports nothing, so that no rule module and
its package import each other."""

from factcheck.relations.registry import RULES
from factcheck.relations.rules import (  # noqa: F401
    average, baseline, bound, change, convert, dates, magnitude, parts, period, points, product, rank, ratio, restate,
    share,
)

ORDER = ["repeat", "parts-total", "share", "level-change", "baseline", "fx-rate", "scale", "dates",
         "point-change", "sub-period", "product", "units", "rank", "ratio", "times", "span-average", "order",
         "change-bound", "misprint", "magnitude"]
_registered = dict(RULES)
RULES.clear()
RULES.update({k: _registered[k] for k in ORDER if k in _registered})
RULES.update({k: v for k, v in _registered.items() if k not in RULES})
