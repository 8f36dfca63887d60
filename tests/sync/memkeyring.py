"""A keyring backend that keeps secrets in this process, with a real backend's priority: it stands
for a Secret Service or a platform keychain, which a test must never write to."""

from __future__ import annotations

from keyring.backend import KeyringBackend

SECRETS: dict[tuple[str, str], str] = {}


class MemoryKeyring(KeyringBackend):
    """Secrets in :data:`SECRETS`."""

    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return SECRETS.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        SECRETS[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        SECRETS.pop((service, username), None)
