"""Shared pieces of the item models."""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable

# PySide6 6.12 on Python < 3.12 drops one reference to None each time C++ calls a Python
# ``data``/``headerData`` override that returns None (measured: -1 per call), so a view repainting
# a model eventually frees None and the interpreter aborts ("none_dealloc"). Each None returned
# by these models gives that reference back; an extra reference to None is harmless.
if sys.version_info < (3, 12):
    _py_incref = ctypes.pythonapi.Py_IncRef
    _py_incref.argtypes = [ctypes.py_object]
    _py_incref.restype = None
else:  # None is immortal
    _py_incref = None


def none_safe(method: Callable) -> Callable:
    """Decorate a model's ``data``/``headerData`` override (see the note above)."""
    if _py_incref is None:
        return method

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        result = method(*args, **kwargs)
        if result is None:
            _py_incref(None)
        return result

    return wrapper
