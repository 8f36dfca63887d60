"""Where account passwords live: the desktop keyring when there really is one, else a file only
the user can read.

``keyring`` picks a backend by priority and falls back to its ``fail`` backend (every call
raises) or a ``null`` one (nothing is kept) when no Secret Service, KWallet, macOS Keychain or
Windows Credential Locker is there; those, and a chainer with nothing behind it, count as no
keyring. The file is ``credentials.json`` in the profile's config folder, mode 0600 from its
creation (written to a 0600 temporary file, fsynced, renamed). Secrets are never logged, never
in an error message, never in the database (so never in an OPML export or a backup).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from reader.errors import StoreError
from reader.profilefile import read_limited

log = logging.getLogger(__name__)

SERVICE = "Broadsheet"
FILE_NAME = "credentials.json"
_NO_KEYRING = ("fail", "null", "chainer")


def _usable_keyring() -> Any | None:
    """The keyring backend to use, or ``None`` when there is no real one."""
    if os.environ.get("BROADSHEET_CREDENTIALS") == "file":
        return None
    try:
        # Loaded only when an account is used: keyring probes D-Bus at import.
        import keyring
        import keyring.backend
    except Exception:  # not installed, or its own set-up failed: use the file
        log.info("no keyring library; account passwords go to a file")
        return None
    try:
        backend = keyring.get_keyring()
        module = type(backend).__module__.rsplit(".", 1)[-1].lower()
        if module in _NO_KEYRING and not getattr(backend, "backends", None):
            return None
        priority = float(getattr(backend, "priority", 0))
    except Exception:
        log.info("the keyring could not be asked; account passwords go to a file", exc_info=True)
        return None
    return backend if priority > 0 else None


class Credentials:
    """Get, set and delete one secret a key (an account's id), in the keyring or the file."""

    def __init__(self, config_folder: Path, *, use_keyring: bool | None = None) -> None:
        """``use_keyring``: ``None`` to use one when available; ``False`` for the file always."""
        self._file = Path(config_folder) / FILE_NAME
        self._backend = None if use_keyring is False else _usable_keyring()

    @property
    def where(self) -> str:
        """One line for Settings: where the passwords are kept."""
        if self._backend is not None:
            return f"in the desktop keyring ({getattr(self._backend, 'name', 'keyring')})"
        return f"in {self._file} (readable only by you)"

    @property
    def in_keyring(self) -> bool:
        """Whether a real keyring is used."""
        return self._backend is not None

    def get(self, key: str) -> str | None:
        """The secret stored under ``key``, or ``None``."""
        if self._backend is not None:
            try:
                value = self._backend.get_password(SERVICE, key)
            except Exception as err:
                raise StoreError(f"the keyring could not be read ({type(err).__name__})") from None
            return None if value is None else str(value)
        value = self._read().get(key)
        return value if isinstance(value, str) else None

    def set(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key``."""
        if self._backend is not None:
            try:
                self._backend.set_password(SERVICE, key, secret)
            except Exception as err:
                raise StoreError(
                    f"the keyring could not be written ({type(err).__name__})"
                ) from None
            return
        data = self._read()
        data[key] = secret
        self._write(data)

    def delete(self, key: str) -> None:
        """Forget the secret under ``key`` (no error when there is none)."""
        if self._backend is not None:
            with contextlib.suppress(Exception):
                self._backend.delete_password(SERVICE, key)
            return
        data = self._read()
        if data.pop(key, None) is not None:
            self._write(data)

    def _read(self) -> dict[str, Any]:
        try:
            raw = read_limited(self._file, 1024 * 1024)  # never a pipe's endless wait
        except FileNotFoundError:
            return {}
        except OSError as err:
            raise StoreError(f"cannot read {self._file}: {err.strerror or err}") from None
        try:
            data = json.loads(raw)
        except ValueError:
            raise StoreError(f"{self._file} is damaged; add the accounts again") from None
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        folder = self._file.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # mkstemp creates the file 0600: the secret is never readable by others, not even
            # for the moment between creation and a chmod.
            fd, name = tempfile.mkstemp(dir=folder, prefix=f".{FILE_NAME}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(data, handle)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(name, 0o600)
                os.replace(name, self._file)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(name)
                raise
        except OSError as err:
            raise StoreError(f"cannot write {self._file}: {err.strerror or err}") from None
