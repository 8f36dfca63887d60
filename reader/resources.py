"""Find the files under ``resources/`` the same way in a checkout, a wheel and the bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The folder that holds Broadsheet's resources (icons, styles, translations, feeds).

    - PyInstaller bundle: ``<bundle>/reader/_resources`` (``sys._MEIPASS``).
    - Installed wheel: the package ``reader._resources``.
    - Source checkout: the top-level ``resources/`` folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "reader" / "_resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    packaged = Path(__file__).resolve().parent / "_resources"
    return packaged


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder (it may not exist)."""
    return resource_dir().joinpath(*parts)
