"""Normalisation: turning the words of a claim into comparable values."""
