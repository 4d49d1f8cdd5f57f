"""Contains some shared types for properties"""

import datetime
import re
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

_FRACTION = re.compile(r"(\.\d+)(?=[+-]\d\d:?\d\d$|$)")


def parse_datetime(value: str) -> datetime.datetime:
    """An ISO 8601 timestamp as the API writes it, on every supported Python.

    Before 3.11, ``fromisoformat`` takes neither a trailing ``Z`` nor fractions of other than 3 or 6 digits: those
    are rewritten first. From 3.11 on, the API's timestamps parse as they are (the fast path, tried first).
    """
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        pass
    text = value[:-1] + "+00:00" if value[-1:] in ("Z", "z") else value
    text = _FRACTION.sub(lambda m: (m.group(1) + "000000")[:7], text)
    return datetime.datetime.fromisoformat(text)


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # our addition: reprs of models read `UNSET`, not an object address
        return "UNSET"


UNSET: Unset = Unset()


class InvalidFieldError(ValueError):
    """A field that a model builds from its JSON when first read (see ``LazyModel``) does not match the spec.

    ``value`` is the field's JSON as received; the original error is the ``__cause__``. ``origin`` is what the model
    was marked as coming from (``LazyModel._origin``: for the SDK, the response), None when unmarked.
    """

    def __init__(self, model: str, field: str, value: Any, cause: Exception, origin: Any = None) -> None:
        super().__init__(f"{model}.{field} does not match the spec ({type(cause).__name__}: {cause})")
        self.model = model
        self.field = field
        self.value = value
        self.origin = origin


FieldErrorFactory = Callable[[InvalidFieldError], Exception]
_field_error_factory: FieldErrorFactory | None = None


def set_field_error_factory(factory: FieldErrorFactory | None) -> FieldErrorFactory | None:
    """What a malformed lazily built field raises: ``factory(InvalidFieldError(...))``, so that a wrapper (the SDK)
    raises its own validation error type; None: the InvalidFieldError itself. Returns the factory it replaces."""
    global _field_error_factory
    previous, _field_error_factory = _field_error_factory, factory
    return previous


class LazyField:
    """A model field built from the model's JSON when first read, then kept in the instance (see ``LazyModel``).

    A non-data descriptor: once the value is in the instance's ``__dict__`` (built, or given to the constructor),
    reads find it there and never come here again.
    """

    __slots__ = ("build", "key", "name", "required")

    def __init__(self, name: str, key: str | None, required: bool, build: Callable[..., Any]) -> None:
        self.name = name
        self.key = key  # None: additional_properties of an object read without unknown keys (build() is {})
        self.required = required
        self.build = build

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        key = self.key
        if key is None:
            value = self.build()
        else:
            try:
                src = instance._src  # type: ignore[attr-defined]  # not __dict__: that would turn inline values into a dict
            except AttributeError:
                raise AttributeError(f"{type(instance).__name__!r} object has no attribute {self.name!r}") from None
            raw = src.get(key) if self.required else src.get(key, UNSET)
            try:
                value = self.build(raw)
            except (KeyError, TypeError, ValueError, AttributeError) as cause:
                origin = getattr(instance, "_origin", None)
                error = InvalidFieldError(type(instance).__name__, self.name, raw, cause, origin)
                factory = _field_error_factory
                raise (error if factory is None else factory(error)) from cause
            origin = getattr(instance, "_origin", None)
            if origin is not None:
                _mark_built(value, origin)
        object.__setattr__(instance, self.name, value)  # into the instance's __dict__: later reads are plain
        return value


def _mark_built(value: Any, origin: Any) -> None:
    """Models built from a marked model's JSON came from the same place: mark them (a model, or a list of them)."""
    if isinstance(value, LazyModel):
        object.__setattr__(value, "_origin", origin)
    elif isinstance(value, list):
        for element in value:
            if isinstance(element, LazyModel):
                object.__setattr__(element, "_origin", origin)


class LazyModel:
    """The base of every model. ``from_dict`` sets the fields that cost nothing to read (strings, numbers, enums,
    constants) and checks that the required keys are there; a field holding nested models, a list of them or a
    timestamp is built from the JSON (kept as ``_src``) when first read, then kept (later reads are plain attribute
    reads). An item whose evaluations or content are never read never pays for them.

    A malformed nested value is reported when its field is first read, as ``InvalidFieldError`` (or what
    ``set_field_error_factory`` makes of it), never as a bare KeyError or TypeError. A model made with its
    constructor has every field set and builds nothing.

    ``_origin`` is where a wrapper says the JSON came from (the SDK marks a response's models with the response, so
    that such an error, found after the call returned, still names the request); the models built from a marked
    model's JSON are marked the same. Not a field: equality, ``to_dict`` and the repr ignore it.
    """

    __slots__ = ()
    _src: Mapping[str, Any]  # the JSON from_dict read (only on a model from_dict made with lazy fields)
    _origin: Any = None

    @classmethod
    def _lazy(cls, fields: Mapping[str, tuple[str | None, bool, Callable[..., Any]]]) -> None:
        """Make ``fields`` (name → JSON key, required, builder) lazy: called once, after the class is defined."""
        for name, (key, required, build) in fields.items():
            setattr(cls, name, LazyField(name, key, required, build))


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FieldErrorFactory",
    "FileTypes",
    "InvalidFieldError",
    "LazyField",
    "LazyModel",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
    "set_field_error_factory",
]
