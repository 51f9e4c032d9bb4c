"""Errors the command line turns into one line on stderr, kept apart from the modules
that raise them so that catching one imports nothing heavy."""

from __future__ import annotations

__all__ = ["StoreError"]


class StoreError(Exception):
    """A problem with the store, said in one line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
