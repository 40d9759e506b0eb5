"""The HTTP API (FastAPI) and, under static/, the dashboard it serves.

    from conflictlens.web import create_app
    app = create_app("conflictlens.db")

FastAPI is imported only when `create_app` is first used, so the rest of
conflictlens works without the web dependencies installed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:   # pragma: no cover
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(db_url: str | None = None, **kwargs: Any) -> "FastAPI":
    """The FastAPI app over the database at `db_url` (see `conflictlens.web.api.create_app`)."""
    from conflictlens.web.api import create_app as _create_app
    return _create_app(db_url, **kwargs)
