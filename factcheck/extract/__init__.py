"""extract(article) → [Claim]: the extraction stage (see claims.py for the pipeline of rules).

The package's modules load lazily, so that `factcheck.extract.units` (which reference
loading needs) does not compile the extraction grammar: a re-scan of unchanged articles
never extracts, and should not pay for it.
"""

from __future__ import annotations

from typing import Optional

from factcheck.models import Article, Claim

__all__ = ["extract", "home_currency"]


def extract(article: Article, fiscal_years: Optional[dict] = None, home: Optional[str] = None,
            home_country: Optional[str] = None) -> list[Claim]:
    """`home`: the desk's own currency (an ISO code, see home_currency), or None;
    `home_country`: the desk's country (settings home-country), whose fiscal calendar a text
    that names no place of its own is read by."""
    from factcheck.extract.claims import extract as extract_claims

    return extract_claims(article, fiscal_years, home, home_country)


def home_currency(currency: Optional[str] = None, country: Optional[str] = None) -> Optional[str]:
    """The desk's currency from the settings home-currency (a code) or home-country (a place
    whose currency the lexicon knows). Raises ValueError naming the setting that is wrong."""
    from factcheck.extract.amounts import currency_of_country
    from factcheck.extract.numbers import ALL_CURRENCY_CODES

    if currency:
        if str(currency).upper() not in ALL_CURRENCY_CODES:
            raise ValueError(f"home-currency: {currency!r} is not a currency code (ISO 4217, e.g. 'HKD')")
        return str(currency).upper()
    if country:
        code = currency_of_country(str(country))
        if code is None:
            raise ValueError(f"home-country: no currency known for {country!r}; set home-currency instead")
        return code
    return None
