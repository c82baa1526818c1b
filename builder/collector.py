"""Python's cyclic garbage collector, rested while a build makes objects it would only walk.

A build makes some hundred thousand objects and keeps them (the model, the plan, measurements)
or frees them by reference counting: the collector's passes over them find nothing — a fifth of
a 1,000-section outline's check, an eighth of its report. It rests during a check (any build)
and for the whole of a one-shot command-line build; turned on again, it first takes what was
made meanwhile as old, so that its next young pass does not walk it all.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector(enabled: bool) -> Iterator[None]:
    """Python's cyclic garbage collector on or off for a while, then as it was. A check makes
    some hundred thousand objects and keeps them (the model, the plan, measurements) or frees
    them by reference counting, so the collector's full passes over them find nothing: a fifth
    of a 1,000-section outline's check."""
    was = gc.isenabled()
    collect(enabled)
    try:
        yield
    finally:
        collect(was)


def collect(enabled: bool) -> None:
    """Turn the cyclic garbage collector on or off. Turned on, it first takes what was made while
    it rested as old (gc.freeze, then gc.unfreeze: into the oldest generation without a pass over
    them), or its next young pass, in the deck's writer or the report's child, walks them all."""
    if enabled and not gc.isenabled():
        if gc.get_freeze_count() == 0:  # (what someone else froze stays frozen)
            gc.freeze()
            gc.unfreeze()
        gc.enable()
    elif not enabled:
        gc.disable()
