"""Source metadata: one document, stored byte-exact beside its metadata file."""

from __future__ import annotations

import datetime as dt

import attrs


@attrs.frozen
class SourceMeta:
    """What is known of a source; ``published`` is the DCT that relative dates resolve against."""

    id: str
    title: str
    published: dt.date
    language: str
    sha256: str
    schema_version: int = 1
    publisher: str | None = None
    url: str | None = None
    timezone: str | None = None
    text: str | None = None

    @property
    def text_name(self) -> str:
        """File name of the text, relative to the metadata file."""
        return self.text or f"{self.id}.txt"
