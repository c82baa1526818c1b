"""Making one document in a forked child while this process makes the other.

A cold build spends most of its time in two independent halves: laying out and writing the deck,
and importing reportlab and writing the report. On a machine with a core to spare, the report
is made in a child forked once the outline is checked, and its bytes come back through a pipe.

Nothing about the result depends on where it was made: the child runs the same code on a copy
of the same data. Any failure in the child (an exception, a crash, a kill) is not reported from
there: the document is made again here, so its error surfaces exactly as in a one-process build.
Only a process with one thread forks (a fork copies no other thread, so a lock another thread
held would never be released in the child).

A `Standby` child is forked before its work is known, so that what it must do first — import
reportlab and the report's modules — is done while this process imports the pipeline and reads
the outline; the checked outline and theme are then handed to it, pickled.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable

_LENGTH = 8  # bytes of the length prefix that tells a complete document from a cut one


def can_fork() -> bool:
    """True where forking pays: POSIX, more than one usable core, and one thread."""
    threading = sys.modules.get("threading")  # never imported: no thread was started with it
    if not hasattr(os, "fork") or (threading is not None and threading.active_count() != 1):
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
        raw = self._received()
        return raw if raw is not None else self.make()

    def _received(self) -> bytes | None:
        """What the child sent, if it sent it whole (its length first, then as many bytes);
        the child is reaped now only if it did not (a whole document needs no exit status, and
        a big child takes milliseconds to end: `cancel` reaps it once the files are written)."""
        with self.pipe:
            head = self.pipe.read(_LENGTH)
            size = int.from_bytes(head, "big") if len(head) == _LENGTH else -1
            raw = self.pipe.read(size) if size > 0 else b""
            whole = size >= 0 and len(raw) == size
        if whole:
            return raw
        os.waitpid(self.pid, 0)
        self.waited = True
        return None

    def cancel(self) -> None:
        """Stop the child if it is still at work (its document is not wanted: the build failed
        before it), and reap it."""
        if self.waited:
            return
        self.waited = True
        self.pipe.close()
        try:
            os.kill(self.pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)


class Standby(Forked):
    """A child forked now that runs `prepare()` — which returns the function that makes the
    document — and then waits: `give(here, *args)` hands it the arguments (or, if this process
    cannot pickle them, makes the document here instead); `result()` as Forked's, the document
    made here by `here()` when the child did not deliver it."""

    def __init__(self, prepare: Callable[[], Callable[..., bytes]]):
        self.given = os.pipe()  # the arguments' length, once they are in `self.arguments`
        self.arguments = _handover_file()  # pickled: a pipe would block on a big outline
        super().__init__(lambda: self._made_in_child(prepare))
        os.close(self.given[0])
        self.make = lambda: b""  # until given

    def _made_in_child(self, prepare: Callable[[], Callable[..., bytes]]) -> bytes:
        os.close(self.given[1])
        make = prepare()
        with os.fdopen(self.given[0], "rb") as given:
            size = int.from_bytes(given.read(_LENGTH) or b"\0", "big")
        if not size:
            raise EOFError("no arguments were given")
        import pickle

        args = pickle.loads(os.pread(self.arguments.fileno(), size, 0))
        return make(*args)

    def give(self, here: Callable[[], bytes], *args, leave_out: tuple[type, ...] = ()) -> None:
        """Hand the child its arguments, any object of a `leave_out` type in them as None (what
        the child never reads); `here()` makes the document in this process if the child does
        not deliver it."""
        import copyreg
        import pickle

        self.make = here
        try:
            pickler = pickle.Pickler(self.arguments, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.dispatch_table = dict(copyreg.dispatch_table)
            pickler.dispatch_table.update((kind, _as_none) for kind in leave_out)
            pickler.dump(args)
            self.arguments.flush()
            os.write(self.given[1], self.arguments.tell().to_bytes(_LENGTH, "big"))
        except (pickle.PicklingError, TypeError, AttributeError, OSError):
            pass  # the child finds no arguments and ends; result() makes the document here
        finally:
            self._let_go()

    def cancel(self) -> None:
        super().cancel()
        self._let_go()

    def _let_go(self) -> None:
        """Close this process's end of the hand-over (once: a closed descriptor's number may
        already be another file's)."""
        if self.given is not None:
            os.close(self.given[1])
            self.arguments.close()
            self.given = None


def _as_none(obj) -> tuple:
    return type(None), ()  # unpickled as NoneType(), that is None


def _handover_file():
    """An anonymous file for the hand-over: in memory where the system has one (Linux); else a
    temporary file. (Neither `pickle` nor `tempfile` is imported before the fork: the child
    starts ~7 ms sooner, and each process imports only what it uses.)"""
    if hasattr(os, "memfd_create"):
        try:
            return os.fdopen(os.memfd_create("briefing-report"), "w+b")
        except OSError:
            pass
    import tempfile

    return tempfile.TemporaryFile()


def _send(fd: int, make: Callable[[], bytes]) -> int:
    try:
        data = make()
        with os.fdopen(fd, "wb") as out:
            out.write(len(data).to_bytes(_LENGTH, "big"))
            out.write(data)
        return 0
    except BaseException:  # noqa: BLE001 — the parent makes it again and reports the error
        return 1
