"""The one exception hierarchy of kg.

Library code raises these; only the CLI turns them into one-line user messages.
"""

from __future__ import annotations

__all__ = ["KGError", "InputError", "ConfigError", "OutputError"]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """Raised when an input file or record cannot be read.

    The message names the file (and the line, for JSONL) and the problem.
    """

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class ConfigError(KGError):
    """Raised when an option or a configuration file holds an invalid value."""


class OutputError(KGError):
    """Raised when an output cannot be written."""
