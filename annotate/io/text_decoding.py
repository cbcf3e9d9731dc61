"""Decoding files as strict UTF-8, with the position of anything that is not."""

from __future__ import annotations

from annotate.io.problems import ReadProblem

BOM = b"\xef\xbb\xbf"


def decode_utf8(data: bytes, *, allow_bom: bool = False) -> str:
    """Decode ``data`` as UTF-8, or raise :class:`ReadProblem` with line and column.

    Claim files must not start with a byte-order mark: many tools then see a
    first key that is not the one written.
    """
    if data.startswith(BOM) and not allow_bom:
        raise ReadProblem(
            "F001",
            "file starts with a UTF-8 byte-order mark",
            hint="save the file as UTF-8 without a BOM",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        good = data[: err.start].decode("utf-8")
        line = good.count("\n") + 1
        column = len(good) - (good.rfind("\n") + 1) + 1
        raise ReadProblem(
            "F001",
            f"invalid UTF-8: byte 0x{data[err.start]:02x} at byte offset {err.start}",
            line,
            column,
            "re-encode the file as UTF-8",
        ) from None
