"""Record classes that behave like dataclasses without importing `dataclasses`.

`claimdesk extract` must start fast (DESIGN.md: 0.15 s), and `import dataclasses`
(which imports `inspect`, `ast`, `dis`, `tokenize`) plus generating each class's
methods with `exec` cost about 40 ms, a third of the command. A `Record` subclass
declares its fields as annotations, its `__slots__` (if any) and a plain `__init__`;
this base supplies what `@dataclass` would: `__repr__`, `__eq__`, `__hash__` (frozen
records only; unhashable otherwise), read-only fields for `frozen=True`, pickling,
`__match_args__`, and `__dataclass_fields__`, built on first use by a real
`@dataclass` twin, so `dataclasses.replace`, `fields`, `asdict` and `is_dataclass`
work on records as before.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


class _Factory:
    """Default of a field whose value is made per instance (shown as in `dataclasses`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


FACTORY = _Factory()
"""Default of an `__init__` parameter whose value is made by the field's factory."""


def _tuple_getter(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """A function returning the values of `names` as a tuple, however many there are."""
    if len(names) >= 2:
        return attrgetter(*names)
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


class _LazyDataclassFields:
    """`__dataclass_fields__`, computed (with `dataclasses`) the first time it is read."""

    def __get__(self, instance: object, owner: type) -> object:
        return owner._dataclass_twin().__dataclass_fields__  # type: ignore[attr-defined]


class _LazyDataclassParams:
    def __get__(self, instance: object, owner: type) -> object:
        return owner._dataclass_twin().__dataclass_params__  # type: ignore[attr-defined]


class Record:
    """Base of the extractor's records; see the module docstring.

    Options, as class keywords: `frozen=True` (fields cannot be assigned after
    `__init__`), `factories={"name": callable}` (a field's default made per instance,
    `__init__` has `FACTORY` as its default) and `uncompared=("name",)` (left out of
    == and hash, like `field(compare=False, hash=False)`). The other fields' defaults
    are those of `__init__`.
    """

    __slots__ = ()
    __dataclass_fields__ = _LazyDataclassFields()
    __dataclass_params__ = _LazyDataclassParams()

    _fields: tuple[str, ...] = ()
    _frozen = False
    _defaults: dict[str, object] = {}  # noqa: RUF012 - per class, never mutated
    _factories: dict[str, Callable[[], object]] = {}  # noqa: RUF012
    _uncompared: tuple[str, ...] = ()
    _values: Callable[[object], tuple[object, ...]]
    _compared: Callable[[object], tuple[object, ...]]

    def __init_subclass__(
        cls,
        *,
        frozen: bool = False,
        defaults: dict[str, object] | None = None,  # default: read from __init__
        factories: dict[str, Callable[[], object]] | None = None,
        uncompared: tuple[str, ...] = (),
        **kwargs: object,
    ) -> None:
        super().__init_subclass__(**kwargs)
        names = tuple(cls.__annotations__)
        cls._fields = names
        cls._frozen = frozen
        cls._defaults = _init_defaults(cls) if defaults is None else dict(defaults)
        cls._factories = dict(factories or {})
        cls._uncompared = tuple(uncompared)
        cls._values = staticmethod(_tuple_getter(names))
        cls._compared = staticmethod(_tuple_getter(tuple(n for n in names if n not in uncompared)))
        cls.__match_args__ = names
        if frozen:
            cls.__hash__ = _hash  # type: ignore[method-assign]
            cls.__setattr__ = _frozen_setattr  # type: ignore[method-assign]
            cls.__delattr__ = _frozen_delattr  # type: ignore[method-assign]
            if "__slots__" in cls.__dict__:  # as @dataclass(frozen=True, slots=True)
                cls.__getstate__ = _getstate  # type: ignore[method-assign]
                cls.__setstate__ = _setstate  # type: ignore[attr-defined]
        else:
            cls.__hash__ = None  # type: ignore[assignment]  # as @dataclass(eq=True)

    def __repr__(self) -> str:
        values = self._values(self)
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, values, strict=True))
        return f"{type(self).__qualname__}({inner})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) == self._compared(other)
        return NotImplemented

    @classmethod
    def _dataclass_twin(cls) -> type:
        """A real @dataclass with the same fields, for `dataclasses`' functions.

        Built once per class, on first use (store's `dataclasses.replace`, tests).
        """
        twin = cls.__dict__.get("_twin")
        if twin is None:
            import dataclasses

            namespace: dict[str, object] = {
                "__annotations__": dict(cls.__annotations__),
                "__module__": cls.__module__,
                "__qualname__": cls.__qualname__,
            }
            for name in cls._fields:
                compare = name not in cls._uncompared
                if name in cls._factories:
                    namespace[name] = dataclasses.field(
                        default_factory=cls._factories[name],
                        compare=compare,
                        hash=None if compare else False,
                    )
                elif name in cls._defaults:
                    namespace[name] = dataclasses.field(
                        default=cls._defaults[name],
                        compare=compare,
                        hash=None if compare else False,
                    )
                elif not compare:
                    namespace[name] = dataclasses.field(compare=False, hash=False)
            twin = dataclasses.dataclass(frozen=cls._frozen)(type(cls.__name__, (), namespace))
            type.__setattr__(cls, "_twin", twin)
        return twin


def _init_defaults(cls: type) -> dict[str, object]:
    """The defaults of `cls.__init__`'s parameters, by name (FACTORY ones left out)."""
    init = cls.__init__
    code = getattr(init, "__code__", None)
    if code is None:
        return {}
    names = code.co_varnames[1 : code.co_argcount]
    values = init.__defaults__ or ()
    found = dict(zip(names[len(names) - len(values) :], values, strict=True))
    found.update(init.__kwdefaults__ or {})
    return {name: value for name, value in found.items() if value is not FACTORY}


def _hash(self: Record) -> int:
    return hash(self._compared(self))


def _frozen_setattr(self: Record, name: str, value: object) -> None:
    _frozen_error(name)


def _frozen_delattr(self: Record, name: str) -> None:
    _frozen_error(name)


def _frozen_error(name: str) -> None:
    from dataclasses import FrozenInstanceError  # only on this error path

    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _getstate(self: Record) -> list[object]:
    return list(self._values(self))


def _setstate(self: Record, state: list[object]) -> None:
    for name, value in zip(self._fields, state, strict=True):
        object.__setattr__(self, name, value)
