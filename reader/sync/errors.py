"""The kinds of sync failure, as types; each message is words a reader understands."""

from __future__ import annotations

from reader.errors import ReaderError


class SyncError(ReaderError):
    """A sync with a server failed; nothing stored or queued was lost."""


class WrongPasswordError(SyncError):
    """The server refused the user name, password or API password."""

    def __init__(self, message: str = "the server refused the user name or password") -> None:
        super().__init__(message)


class ServerUnreachableError(SyncError):
    """The server could not be reached or did not answer (network, TLS, timeout, 5xx)."""


class ProtocolError(SyncError):
    """The server answered, but not as the protocol says (wrong address, broken data)."""


class InsecureAddressError(SyncError):
    """An http:// address to a host that is not this machine, without "allow insecure"."""
