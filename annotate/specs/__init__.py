"""Consistency specs: Gherkin feature files over claim records, run by pytest-bdd."""
