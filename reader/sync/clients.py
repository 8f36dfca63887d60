"""The protocols Broadsheet speaks, by name: adding one (Nextcloud News, tt-rss) is one module
and one entry in :data:`PROTOCOLS`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.sync.base import SyncClient
from reader.sync.errors import ProtocolError
from reader.sync.fever import FeverClient, api_key
from reader.sync.greader import GReaderClient
from reader.sync.http import ApiSession


@dataclass(frozen=True)
class Protocol:
    """How to make a client of one protocol, and what the user is told about it."""

    name: str
    title: str
    secret: Callable[[str, str], str]
    """(user, password) -> what is stored in the keyring (Fever: its API key, never the password)."""
    make: Callable[[ApiSession, str, str], SyncClient]
    """(session, user, stored secret) -> a client."""


PROTOCOLS: dict[str, Protocol] = {
    "fever": Protocol(
        "fever",
        "Fever API",
        secret=api_key,
        make=lambda session, user, secret: FeverClient(session, secret),
    ),
    "greader": Protocol(
        "greader",
        "Google Reader API",
        secret=lambda user, password: password,
        make=lambda session, user, secret: GReaderClient(session, user, secret),
    ),
}


def protocol(name: str) -> Protocol:
    """The protocol named ``name``; ProtocolError in words for an unknown one."""
    try:
        return PROTOCOLS[name]
    except KeyError:
        known = ", ".join(sorted(PROTOCOLS))
        raise ProtocolError(f"unknown sync protocol {name!r} (known: {known})") from None


def make_client(
    name: str,
    url: str,
    user: str,
    secret: str,
    *,
    allow_insecure: bool = False,
    ca_bundle: str | None = None,
) -> SyncClient:
    """A client for the account; raises InsecureAddressError for plain http off this machine."""
    chosen = protocol(name)
    session = ApiSession(url, allow_insecure=allow_insecure, ca_bundle=ca_bundle)
    return chosen.make(session, user, secret)
