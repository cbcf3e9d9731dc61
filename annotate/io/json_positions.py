"""Where a JSON pointer's value stands in JSON text.

Only called for the few records that have findings, so it favours being
simple and exact over being fast: :func:`json.JSONDecoder.raw_decode` skips
whole values, and only the path to the pointer is walked.
"""

from __future__ import annotations

import json
import re

_WS = re.compile(r"[ \t\n\r]*")
_decoder = json.JSONDecoder()


def _skip_ws(text: str, pos: int) -> int:
    match = _WS.match(text, pos)
    return match.end() if match else pos


def value_offset(text: str, tokens: tuple[str | int, ...], *, key: bool = False) -> int:
    """Offset of the value at ``tokens`` (of its key with ``key``), or of the deepest found.

    With duplicate keys the last one is taken, as orjson and ``json`` keep it.
    """
    pos = _skip_ws(text, 0)
    for depth, token in enumerate(tokens):
        found = _child_offset(text, pos, token, key=key and depth == len(tokens) - 1)
        if found is None:
            return pos
        pos = found
    return pos


def _child_offset(text: str, pos: int, token: str | int, *, key: bool) -> int | None:
    try:
        if text.startswith("{", pos):
            return _member_offset(text, pos, str(token), key=key)
        if text.startswith("[", pos) and isinstance(token, int):
            return _item_offset(text, pos, token)
    except (ValueError, IndexError):
        return None
    return None


def _member_offset(text: str, pos: int, name: str, *, key: bool) -> int | None:
    pos = _skip_ws(text, pos + 1)
    found: int | None = None
    while text[pos] == '"':
        key_start = pos
        member, pos = _decoder.raw_decode(text, pos)
        pos = _skip_ws(text, pos)
        pos = _skip_ws(text, pos + 1)  # the colon
        if member == name:
            found = key_start if key else pos
        _, pos = _decoder.raw_decode(text, pos)
        pos = _skip_ws(text, pos)
        if text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
    return found


def _item_offset(text: str, pos: int, index: int) -> int | None:
    pos = _skip_ws(text, pos + 1)
    count = 0
    while text[pos] != "]":
        if count == index:
            return pos
        _, pos = _decoder.raw_decode(text, pos)
        pos = _skip_ws(text, pos)
        if text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
        count += 1
    return None
