"""Errors whose message is shown to the user as is (always Vietnamese)."""

from __future__ import annotations


class DvdeskError(Exception):
    """Base error: ``str(err)`` is a complete Vietnamese sentence for the user."""


class ValidationError(DvdeskError):
    """One or more fields are invalid; ``errors`` maps field name -> Vietnamese message."""

    def __init__(self, errors: dict[str, str] | str, field: str | None = None):
        if isinstance(errors, str):
            errors = {field or "": errors}
        self.errors: dict[str, str] = dict(errors)
        super().__init__("; ".join(self.errors.values()))


class NotFoundError(DvdeskError):
    pass


class InUseError(DvdeskError):
    """A catalog entry cannot be deleted because records use it."""

    def __init__(self, message: str, count: int):
        self.count = count
        super().__init__(message)


class SchemaError(DvdeskError):
    """The database file cannot be used by this version of the program."""


class IntegrityProblem(DvdeskError):
    pass
