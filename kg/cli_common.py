"""What every ``kg`` command module shares: the one way a user error ends a command."""

from __future__ import annotations

import sys

import click

__all__ = ["fail"]


def fail(msg: str, code: int = 2) -> None:
    """Print ``kg: error: MSG`` on stderr (one line, no traceback) and exit with ``code``."""
    click.echo(f"kg: error: {msg}", err=True)
    sys.exit(code)
