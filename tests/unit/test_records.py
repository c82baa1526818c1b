"""`@frozen` behaves as `@dataclass(frozen=True, slots=True)`: the same class made both ways
gives the same values, equality, hashes, text, errors and copies."""
from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from builder.records import frozen


def made_both_ways():
    """A record with every kind of field the builder uses, as a dataclass and as a record."""
    def body():
        class Place:
            """A place, where it was written down, and what else is known about it."""

            name: str
            lines: tuple[int, ...] = ()
            tags: dict = field(default_factory=lambda: {"seen": 1})
            note: str = field(default="", compare=False)
            loc: object = field(default=None, compare=False, repr=False)

            def shout(self) -> str:
                return self.name.upper()
        return Place
    return dataclass(frozen=True, slots=True)(body()), frozen(body())


def hashed(value):
    try:
        return hash(value)
    except TypeError as err:  # a field holds a dict
        return str(err)


def test_a_record_is_made_compared_and_shown_as_a_dataclass_is():
    reference, record = made_both_ways()
    for args, kwargs in [(("a",), {}), (("a", (1, 2)), {"note": "n", "loc": 3}),
                         ((), {"name": "b", "tags": (2, "x")})]:
        a, b = reference(*args, **kwargs), record(*args, **kwargs)
        assert repr(a) == repr(b).replace(record.__qualname__, reference.__qualname__)
        assert hashed(a) == hashed(b)
        assert [getattr(a, f.name) for f in dataclasses.fields(a)] == \
               [getattr(b, f.name) for f in dataclasses.fields(b)]
        assert b.shout() == a.shout()
    assert record("a", note="x", loc=1) == record("a", note="y", loc=2)  # compare=False
    assert record("a") != record("b") and record("a") != "a"
    assert record("a").tags is not record("a").tags  # a default_factory makes a new value
    assert record.__match_args__ == reference.__match_args__
    assert record.__slots__ == reference.__slots__
    assert [f.name for f in dataclasses.fields(record)] == ["name", "lines", "tags", "note", "loc"]
    with pytest.raises(TypeError):
        record()
    with pytest.raises(TypeError):
        record("a", nope=1)


def test_a_record_cannot_be_changed_and_is_replaced_and_copied_as_a_dataclass():
    _, record = made_both_ways()
    place = record("a", (1,), loc=7)
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'name'"):
        place.name = "b"
    with pytest.raises(FrozenInstanceError, match="cannot delete field 'name'"):
        del place.name
    changed = dataclasses.replace(place, name="b")
    assert (changed.name, changed.lines, changed.loc) == ("b", (1,), 7)
    assert copy.copy(place) == place and copy.deepcopy(place) == place


def test_a_record_calls_its_post_init():
    @frozen
    class Checked:
        """A value checked once made."""

        value: int

        def __post_init__(self):
            if self.value < 0:
                raise ValueError("negative")

    assert Checked(1).value == 1
    with pytest.raises(ValueError):
        Checked(-1)


def test_a_record_of_a_module_pickles():
    from builder.diagnostics import Diagnostic, Loc

    diagnostic = Diagnostic(Loc("outline.yaml", 3, 5), "wrong", "warning", "code")
    assert pickle.loads(pickle.dumps(diagnostic)) == diagnostic


def test_a_record_refuses_a_class_that_writes_its_own_methods():
    class Shown:
        """A record that writes its own text."""

        name: str

        def __repr__(self):
            return self.name

    with pytest.raises(TypeError):
        frozen(Shown)
