"""annotate: fact-check annotation records, anchored, typed, normalised and checked."""

from __future__ import annotations

__version__ = "0.1.0"
