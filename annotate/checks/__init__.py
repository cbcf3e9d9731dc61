"""The machinery behind ``annotate validate``: records, JSON Lines chunks, the id ledger."""
