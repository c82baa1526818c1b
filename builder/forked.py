"""Making one document in a forked child while this process makes the other.

A cold build spends most of its time in two independent halves: laying out and writing the deck,
and importing reportlab and writing the report. On a machine with a core to spare, the report
is made in a child forked once the outline is checked, and its bytes come back through a pipe.

Nothing about the result depends on where it was made: the child runs the same code on a copy
of the same data. Any failure in the child (an exception, a crash, a kill) is not reported from
there: the document is made again here, so its error surfaces exactly as in a one-process build.
Only a process with one thread forks (a fork copies no other thread, so a lock another thread
held would never be released in the child).
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable

_LENGTH = 8  # bytes of the length prefix that tells a complete document from a cut one


def can_fork() -> bool:
    """True where forking pays: POSIX, more than one usable core, and one thread."""
    if not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else range(os.cpu_count() or 1)
    return len(cores) > 1


class Forked:
    """`make()` running in a child; `result()` waits for its bytes (or makes them here)."""

    def __init__(self, make: Callable[[], bytes]):
        self.make = make
        read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: make, send, and leave without running any exit handler
            os.close(read)
            os._exit(_send(write, make))
        os.close(write)
        self.pipe = os.fdopen(read, "rb")
        self.waited = False

    def result(self) -> bytes:
        """The child's document, or, if the child did not deliver it whole, the document made
        in this process."""
        with self.pipe:
            raw = self.pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.waited = True
        complete = (status == 0 and len(raw) >= _LENGTH
                    and int.from_bytes(raw[:_LENGTH], "big") == len(raw) - _LENGTH)
        return raw[_LENGTH:] if complete else self.make()

    def cancel(self) -> None:
        """Stop the child (its document is not wanted: the build failed before it)."""
        if self.waited:
            return
        self.waited = True
        self.pipe.close()
        try:
            os.kill(self.pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)


def _send(fd: int, make: Callable[[], bytes]) -> int:
    try:
        data = make()
        with os.fdopen(fd, "wb") as out:
            out.write(len(data).to_bytes(_LENGTH, "big"))
            out.write(data)
        return 0
    except BaseException:  # noqa: BLE001 — the parent makes it again and reports the error
        return 1
