"""Candidate claim extraction: checkable sentences to anchored, typed, normalised records."""
