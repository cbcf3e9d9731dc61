"""What a record rule returns: a rule code, where in the record, and what to say."""

from __future__ import annotations

from typing import NamedTuple


class Hit(NamedTuple):
    """A rule's finding within one record, before it is located in its file."""

    code: str
    tokens: tuple[str | int, ...]
    message: str
    hint: str = ""
    at_key: bool = False
