"""The one exception the readers raise for content they cannot turn into data."""

from __future__ import annotations

import attrs


@attrs.frozen
class ReadProblem(ValueError):
    """Content that cannot be read as data: bad encoding, broken syntax, a hostile structure.

    ``code`` is the rule code of the finding it becomes; ``line`` and
    ``column`` are 1-based, columns counted in code points.
    """

    code: str
    message: str
    line: int = 1
    column: int = 1
    hint: str = ""

    def __str__(self) -> str:
        return self.message
