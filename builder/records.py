"""`@frozen`: a frozen, slotted dataclass — `@dataclass(frozen=True, slots=True)` — made for a
third of the cost at import.

The model, the theme and the deck's plan are some fifty such classes, and every build imports
them. Python 3.11's `dataclass` compiles six generated methods for each frozen class (`__init__`,
`__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__delattr__`), about 0.7 ms a class: more than
half of what importing our own code costs a cold build. Here `dataclass` still does the
bookkeeping (fields, `dataclasses.fields()` and `replace()`, `__slots__`, `__match_args__`);
only `__init__` is compiled for each class, so that making a record costs what it did. Equality,
hashing, `repr` and immutability are shared functions over the class's fields, with the results
of dataclass's own (tests/unit/test_records.py compares the two); only `__dataclass_params__`
tells the difference (it says how `dataclass` itself was called: no init, repr or eq).
"""
from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, Field, dataclass, fields
from operator import attrgetter
from reprlib import recursive_repr


def frozen(cls: type) -> type:
    """`cls` as a frozen, slotted dataclass: fields set once by `__init__`, compared, hashed
    and shown as `dataclass(frozen=True, slots=True)` would (a field's `compare=False` and
    `repr=False` included), `__post_init__` called if the class has one."""
    cls = dataclass(init=False, repr=False, eq=False, slots=True)(cls)
    own = fields(cls)
    if any(not f.init or f.kw_only or f.name.startswith("__") for f in own) or any(
            name in cls.__dict__ for name in ("__init__", "__eq__", "__hash__", "__repr__")):
        raise TypeError(f"{cls.__name__}: a frozen record takes every field in __init__, by "
                        "position or name, no field's name starts with two underscores, and "
                        "its methods are its own (use @dataclass to write them yourself)")
    key = _values([f.name for f in own if f.compare])
    shown = tuple(f.name for f in own if f.repr)
    names = frozenset(f.name for f in own)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    def __hash__(self):
        return hash(key(self))

    @recursive_repr()
    def __repr__(self):
        return (f"{self.__class__.__qualname__}("
                + ", ".join(f"{name}={getattr(self, name)!r}" for name in shown) + ")")

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    def __getstate__(self):  # pickling and copying a slotted class (no __dict__)
        return [getattr(self, f.name) for f in own]

    def __setstate__(self, state):
        for f, value in zip(own, state):
            object.__setattr__(self, f.name, value)

    for method in (_first_init(cls, own), __eq__, __hash__, __repr__, __setattr__, __delattr__,
                   __getstate__, __setstate__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)
    return cls


def _values(names: list[str]):
    """A function giving an object's values of `names` as a tuple (what equality and the hash
    compare, as dataclass's do)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return lambda obj: ()


_FACTORY = object()  # a default_factory field's default: make the value when none is given


def _first_init(cls: type, own: tuple[Field, ...]):
    """An `__init__` that compiles the class's own (`_init`, about 0.1 ms) when the first record
    is made, puts it in its place and makes the record with it: a class no build makes a record
    of (a block kind the outline does not use, a report's class in a deck-only build) costs no
    compiling."""
    def __init__(self, *args, **kwargs):
        init = _init(cls, own)
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        cls.__init__ = init
        init(self, *args, **kwargs)
    return __init__


def _init(cls: type, own: tuple[Field, ...]):
    """`__init__` for `cls`, compiled as dataclass's is: each field a parameter, with its default
    (or made by its factory), set through object.__setattr__. The names it uses besides the
    fields' start with two underscores, as no field's does."""
    values = {}
    params, body = [], []
    for f in own:
        value = f.name
        if f.default is not MISSING:
            values[f"__default_{f.name}"] = f.default
            params.append(f"{f.name}=__default_{f.name}")
        elif f.default_factory is not MISSING:
            values[f"__factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=__made")
            value = f"__factory_{f.name}() if {f.name} is __made else {f.name}"
        else:
            params.append(f.name)
        body.append(f"  __set(self, {f.name!r}, {value})")
    if hasattr(cls, "__post_init__"):
        body.append("  self.__post_init__()")
    source = (f"def make(__set, __made, {', '.join(values) or '__none'}):\n"
              f" def __init__(self, {', '.join(params)}):\n"
              + "\n".join(body or ["  pass"]) + "\n return __init__")
    scope: dict = {}
    exec(source, {}, scope)
    return scope["make"](object.__setattr__, _FACTORY, *(values.values() or [None]))
