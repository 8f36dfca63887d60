"""Which network addresses a fetch may reach: public ones always, local and private ones only
when the caller allows them (a feed the user typed may live on the intranet; a link found inside
a feed may not point there)."""

from __future__ import annotations

import ipaddress
import logging
import socket

log = logging.getLogger(__name__)


class BlockedAddressError(Exception):
    """A host resolved to (or a socket is connected to) an address the fetch may not reach.

    Internal: deliberately not an OSError, so urllib3 and requests let it through untouched and
    :mod:`reader.net.http` turns it into a FetchError with the right words.
    """

    def __init__(self, host: str, address: str):
        super().__init__(f"{host} is a local or private address ({address})")
        self.host = host
        self.address = address


def is_public(address: str) -> bool:
    """True for a globally routable unicast address; False for loopback, private, link-local,
    shared, reserved, multicast and unspecified ones (and for anything that is not an IP)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if int(ip) >> 32 == 0 or any(ip in net for net in _NOT_PUBLIC_V6):
            return False  # ::, ::1, IPv4-compatible ::a.b.c.d, site-local, local-use NAT64
        carried = _carried_ipv4(ip)
        if carried is not None:  # judged by the IPv4 address it reaches: 64:ff9b::7f00:1 is
            ip = carried  # 127.0.0.1 through a NAT64 gateway
    return ip.is_global and not ip.is_multicast


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NOT_PUBLIC_V6 = (ipaddress.IPv6Network("fec0::/10"), ipaddress.IPv6Network("64:ff9b:1::/48"))


def _carried_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, NAT64, 6to4, Teredo client), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    return ip.teredo[1] if ip.teredo is not None else None


def is_private_address(address: str) -> bool:
    """True for an IP address that is not public (loopback, private, link-local, multicast...);
    False for a public one and for anything that is not an IP address (e.g. a host name)."""
    try:
        ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    return not is_public(address)


def host_is_private(host: str) -> bool:
    """True when ``host`` (a name or an IP, IPv6 possibly in brackets) is ``localhost`` or is
    or resolves only to non-public addresses. A name that does not resolve is not private."""
    host = host.lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if is_private_address(host.strip("[]")):
        return True
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    addresses = {str(info[4][0]) for info in infos}
    return bool(addresses) and all(is_private_address(a) for a in addresses)


def ensure_public_host(host: str, port: int) -> None:
    """Resolve ``host`` and raise BlockedAddressError if any of its addresses is not public.

    A name that does not resolve is left for the connection attempt to report ("host not found").
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return
    for info in infos:
        address = str(info[4][0])
        if not is_public(address):
            raise BlockedAddressError(host, address)


def peer_address(sock: socket.socket) -> str | None:
    """The IP address a connected socket talks to, or None if it is no longer connected."""
    try:
        peer = sock.getpeername()
    except OSError:
        return None
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return None
