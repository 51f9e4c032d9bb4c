"""The work one article may cost: a count of steps, so that no input keeps a batch waiting.

Extraction is near-linear, but its constant differs by what an article holds: a page of
hundreds of thousands of elements, or one sentence naming hundreds of destinations (each one
a group whose lokus is looked for in the whole text), costs far more than a report of the
same length. The steps stand for the work that grows with such inputs: an HTML element
parsed, a character of a sentence searched for one destination's units. A real report spends
a few thousand (the most of the corpora, examples and fixtures: 11,184, a report of several
visits); an article that would spend more than `STEPS` is given up (`TooComplex`), reported
as too complex for one report.

`limit()` opens the budget of one article (sources.reader.load_article and extract_text run
inside it); outside one, `spend` counts nothing, so library callers are never cut short.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

__all__ = ["STEPS", "TooComplex", "limit", "spend", "spent"]

# ~1.5 s of CPU on the machines we measured; ninety times what the longest article of the
# corpora, the bundled examples and the benchmark's articles spend
STEPS = 1_000_000


class TooComplex(Exception):
    """An article would cost more work than one news report can (`limit`'s steps)."""

    def __init__(self, steps: int) -> None:
        super().__init__(steps)
        self.steps = steps


class _Budget:
    __slots__ = ("left", "steps")

    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.left = steps


_current: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("diklat_budget", default=None)


@contextlib.contextmanager
def limit(steps: int | None = None) -> Iterator[_Budget]:
    """Count the steps spent inside; TooComplex when they pass `steps` (default STEPS)."""
    budget = _Budget(STEPS if steps is None else steps)
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


def spend(steps: int) -> None:
    """Charge `steps` to the article being read; TooComplex when its budget is spent."""
    budget = _current.get()
    if budget is None:
        return
    budget.left -= steps
    if budget.left < 0:
        raise TooComplex(budget.steps)


def spent() -> int:
    """The steps spent so far in the open budget (0 outside one)."""
    budget = _current.get()
    return 0 if budget is None else budget.steps - budget.left
