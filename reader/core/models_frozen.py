"""Frozen dataclasses made on first use: :func:`frozen_dataclass`.

Python's ``dataclass`` writes and compiles each class's ``__init__``, ``__eq__``, ``__hash__``,
``__repr__`` and frozen ``__setattr__`` when the class statement runs: about 7 M instructions a
class (valgrind), paid by every process that imports the module. The window imports the store's
models before its first frame but makes none of them until after it (bench/startup.py), so
:func:`frozen_dataclass` defers that work to the first instance made (or unpickled, or copied),
or the first look at the class's dataclass facts (``dataclasses.fields``, ``is_dataclass``,
``__match_args__``). From then on the class is what ``@dataclass(frozen=True)`` makes (with one more
metaclass, which only answers those facts).
"""

from __future__ import annotations

import threading
from typing import Any, TypeVar, cast, dataclass_transform

T = TypeVar("T")

_lock = threading.RLock()
_CLASS_FACTS = frozenset(("__dataclass_fields__", "__dataclass_params__", "__match_args__"))
"""Class attributes ``dataclass`` adds that code may read before any instance exists."""


class _FrozenOnFirstUse(type):
    """The metaclass of a :func:`frozen_dataclass`: a dataclass fact asked of the class before
    its first instance makes the dataclass first."""

    def __getattr__(cls, name: str) -> Any:
        if name in _CLASS_FACTS and _make(cls):
            return getattr(cls, name)
        raise AttributeError(f"type object {cls.__qualname__!r} has no attribute {name!r}")


def _make(cls: type) -> bool:
    """Turn ``cls`` into its frozen dataclass now (once, whichever thread asks first); False
    when it already was one."""
    with _lock:
        if "__dataclass_fields__" in cls.__dict__:
            return False
        import dataclasses  # here: the window's start-up needs no dataclass (~0.5 ms)

        # While dataclass writes the methods, the class has no __init__ of its own: an instance
        # made then in another thread (a refresh's fetching threads parse at once) got
        # object.__init__, "ParsedFeed() takes no arguments". Until it is made, calling any of
        # these classes waits for it (the metaclass's __call__, taken away again afterwards).
        _FrozenOnFirstUse.__call__ = _call_when_made  # type: ignore[assignment]
        try:
            for name in _STAND_INS:  # dataclass writes no method the class defines itself
                delattr(cls, name)
            dataclasses.dataclass(frozen=True)(cls)
        finally:
            del _FrozenOnFirstUse.__call__
        return True


def _call_when_made(cls: type, *args: object, **kwargs: object) -> object:
    """Making an instance while a class is being made (by another thread): wait until it is."""
    with _lock:
        pass
    return type.__call__(cls, *args, **kwargs)


def _make_all(klass: type) -> None:
    for cls in klass.__mro__:
        if type(cls) is _FrozenOnFirstUse:
            _make(cls)


def _init_on_first_use(self: object, *args: object, **kwargs: object) -> None:
    """The first instance's ``__init__``: make the dataclass, then run its ``__init__``."""
    _make_all(type(self))
    type(self).__init__(self, *args, **kwargs)


def _setstate_on_first_use(self: object, state: dict[str, object]) -> None:
    """An instance unpickled or copied before any was made: make the dataclass, then restore
    the instance's fields as unpickling does."""
    _make_all(type(self))
    self.__dict__.update(state)


_STAND_INS = {"__init__": _init_on_first_use, "__setstate__": _setstate_on_first_use}
"""What a class has until it is made: the first instance, made or unpickled, makes it."""


@dataclass_transform(frozen_default=True)
def frozen_dataclass(cls: type[T]) -> type[T]:
    """``@dataclass(frozen=True)``, made when the class is first used rather than defined.

    The class keeps its name, module, docstring and annotations; it gets the metaclass that
    finishes it when a dataclass fact is asked of it first (see the module's docstring)."""
    namespace = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    namespace.update(_STAND_INS)
    made = _FrozenOnFirstUse(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    return cast("type[T]", made)
