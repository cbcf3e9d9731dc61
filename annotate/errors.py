"""The errors that stop a command before it can report findings.

Problems *in the data* are findings (:mod:`annotate.diagnostics`), never
exceptions. These are for input the tool cannot read at all or a command line
that makes no sense; the CLI turns each into a message and exit code 2.
"""

from __future__ import annotations


class AnnotateError(Exception):
    """Base of the errors that end a command with exit code 2."""

    exit_code = 2


class InputError(AnnotateError, OSError):
    """A path that does not exist, is not readable, or is not a file the tool handles."""


class UsageError(AnnotateError, ValueError):
    """Options or arguments that contradict each other or name nothing."""
