"""The table from action name to the function that answers it.

An action is a function `f(backend, **params)`; its parameter names are the
add-on's, so a wrong or missing parameter fails the way the add-on's does.
"""

from __future__ import annotations

from typing import Callable

_ACTIONS: dict[str, Callable] = {}


def action(func: Callable) -> Callable:
    """Register `func` under its own name."""
    _ACTIONS[func.__name__] = func
    return func


def lookup(name: str) -> Callable | None:
    return _ACTIONS.get(name)


def names() -> list[str]:
    return sorted(_ACTIONS)
