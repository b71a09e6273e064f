"""The rules, one module per family, each a few small pure functions registered under a
stable id (`registry.rule`). `factcheck.relations.ruleset` imports them all and orders them."""
