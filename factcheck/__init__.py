"""factcheck: extract quantitative claims from news articles, check them against curated
reference values and for internal consistency, and keep the editorial record in git.

The library API (the CLI is a thin layer over it)::

    from factcheck import read_article, extract_claims, load_references, check_claims, scan_paths

(`extract_claims` is `factcheck.extract.extract`; the subpackage owns the name `extract`.)
"""

__version__ = "0.1.0"

__all__ = ["__version__", "read_article", "extract_claims", "load_references", "check_claims", "scan_paths"]


def __getattr__(name):  # lazy: importing the package stays cheap for `factcheck --help`
    if name == "read_article":
        from factcheck.articles import read_article
        return read_article
    if name == "extract_claims":
        from factcheck.extract import extract
        return extract
    if name == "load_references":
        from factcheck.references import load_references
        return load_references
    if name == "check_claims":
        from factcheck.check import check_claims
        return check_claims
    if name == "scan_paths":
        from factcheck.pipeline import scan_paths
        return scan_paths
    raise AttributeError(name)
