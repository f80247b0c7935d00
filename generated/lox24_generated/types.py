"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, cast

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

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
E = TypeVar("E", bound=Enum)


class EnumTable(dict[Any, E]):
    """Each value of an enum to its member, built once per enum for the parsers.

    A known value is one dictionary lookup (in C); a value the table lacks goes through the
    enum itself, so an open enum keeps an unknown value and a wrong one raises ``ValueError``.
    """

    __slots__ = ("_enum",)

    def __init__(self, enum: type[E]) -> None:
        super().__init__(cast("dict[Any, E]", enum._value2member_map_))
        self._enum = enum

    def __missing__(self, value: Any) -> E:
        return self._enum(value)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "EnumTable",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
