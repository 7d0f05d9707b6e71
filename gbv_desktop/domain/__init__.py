"""The plan's records, vocabularies, rules and figures: no Qt, no storage, no files."""
