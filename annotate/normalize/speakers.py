"""Who says a claim: the nearest attribution ("Wu said", "said Wu Ping, a spokeswoman for ...",
"according to Wu"), names completed from earlier mentions, and direct or reported speech."""

from __future__ import annotations

import re

import attrs

_NAME = r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
_ROLE = r"(?:, (?P<role>(?:a|an|the) [^,.\"]+?)(?=[,.\"]|$))?"
_PATTERNS = [
    # "said Kenya's captain, Amani Otieno": the name comes after the role.
    re.compile(rf"\bsaid (?P<role>(?:[A-Z][a-z]+'s )?[a-z][\w ]*?), {_NAME}(?=[,.]|$)"),
    re.compile(rf"\bsaid {_NAME}(?!'s){_ROLE}"),
    re.compile(rf"\b{_NAME}{_ROLE},? (?:said|says|told|added|stated|announced)\b"),
    re.compile(rf"\baccording to {_NAME}{_ROLE}"),
]
_PRONOUN = re.compile(r"\b(?:She|He|They) (?:said|says|told|added)\b")
_NOT_NAMES = frozenset({"The", "This", "That", "It", "China", "Russia", "When", "On", "In",
                        "She", "He", "They", "We", "I", "Monday", "Tuesday", "Wednesday",
                        "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”]?\s+|\n")


@attrs.frozen
class Attribution:
    """A speaker, their role if the text gives one, and the mode of speech."""

    speaker: str
    mode: str
    role: str | None = None

    def as_record(self) -> dict[str, str]:
        """The attribution as a claim record writes it."""
        data = {"speaker": self.speaker}
        if self.role:
            data["role"] = self.role
        data["mode"] = self.mode
        return data


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``[start, end)``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return left, right


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether the span stands inside quotation marks of its paragraph."""
    para_start = text.rfind("\n", 0, start) + 1
    before = text[para_start:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def attribute(text: str, start: int, end: int) -> Attribution | None:
    """The attribution of the span ``[start, end)`` of ``text``, if the text gives one."""
    left, right = sentence_bounds(text, start, end)
    sentence = text[left:right]
    found = _find(sentence)
    if found is None and _PRONOUN.search(sentence):
        found = _last_speaker(text[:left])
    if found is None:
        return None
    name, role = found
    full, known_role = _full_name(text, name)
    mode = "direct" if is_quoted(text, start, end) else "reported"
    return Attribution(full, mode, role or known_role)


def _find(sentence: str) -> tuple[str, str | None] | None:
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            if match["name"].split()[0] not in _NOT_NAMES:
                return match["name"], _clean_role(match["role"])
    return None


def _last_speaker(before: str) -> tuple[str, str | None] | None:
    found = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(before):
            if match["name"].split()[0] not in _NOT_NAMES and (
                    found is None or match.start() > found[0]):
                found = (match.start(), match["name"], _clean_role(match["role"]))
    return (found[1], found[2]) if found else None


def _full_name(text: str, name: str) -> tuple[str, str | None]:
    """The longest name in the text that starts with ``name`` ("Wu" -> "Wu Ping"), and its role."""
    best, role = name, None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            candidate = match["name"]
            if candidate.startswith(name) and len(candidate) >= len(best):
                best = candidate
                role = _clean_role(match["role"]) or role
    return best, role


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    return re.sub(r"^(?:a|an|the) ", "", role.strip())
