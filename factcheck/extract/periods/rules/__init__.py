"""The rules of time expressions, by family: each module declares its rules (a pattern, the
needs a sentence must meet before it runs, and a reader that turns a match into a
`TimeExpr`); `periods.grammar` puts them in the book in the order they are tried.

- `kit`: how a rule is declared, the needs shared by many rules, the expression a reader returns;
- `fiscal`: fiscal years, quarters and halves, and the years of other calendars (Nepal's,
  Ethiopia's, Iran's), with the fiscal arithmetic the other families ask of them;
- `month_counts`: spans counted in months ("the first seven months", "the past 12 months",
  "the three months to January", "the March quarter");
- `months`: a month named, and runs of months between two months or from January to one;
- `days`: days and weeks ("May 21, 2025", "the first 20 days of this month", "on Saturday");
- `years`: years, their ranges, edges, seasons and the year so far, and "last year", "this month";
- `anaphora`: times told by the statement's own period ("a year earlier", "the same period
  last year", "year on year", "the month under review").
"""
