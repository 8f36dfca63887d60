"""An IPv6 address that carries an IPv4 one (NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4
2002::/16, IPv4-compatible ::/96, Teredo's client) is judged by the IPv4 address it carries:
64:ff9b::7f00:1 is 127.0.0.1 through a NAT64 gateway, and was taken for a public address, as
were 2002:7f00:1:: and ::127.0.0.1. Deprecated site-local fec0::/10 is not public either."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.net.addresses import is_private_address, is_public
from tests.net.test_url_properties import NOT_PUBLIC
from tests.props import PROPERTY


def _embed(v4: ipaddress.IPv4Address, how: str) -> str:
    n = int(v4)
    if how == "nat64":
        return str(ipaddress.IPv6Address((0x64FF9B << 96) | n))
    if how == "nat64-local":
        return str(ipaddress.IPv6Address((0x64FF9B0001 << 80) | n))
    if how == "6to4":
        return str(ipaddress.IPv6Address((0x2002 << 112) | (n << 80) | 1))
    if how == "compatible":
        return str(ipaddress.IPv6Address(n))
    # Teredo: 2001:0::/32, server, flags, port, client address inverted.
    return str(ipaddress.IPv6Address((0x20010000 << 96) | (0x08080808 << 64) | (n ^ 0xFFFFFFFF)))


HOW = st.sampled_from(["nat64", "nat64-local", "6to4", "compatible", "teredo"])


@PROPERTY
@given(st.sampled_from([n for n in NOT_PUBLIC if "." in n]), st.integers(0, 2**24), HOW)
def test_property_a_private_ipv4_address_carried_in_ipv6_is_not_public(
    network: str, offset: int, how: str
) -> None:
    net = ipaddress.ip_network(network)
    address = _embed(net[offset % net.num_addresses], how)  # type: ignore[arg-type]
    assert not is_public(address), address
    assert is_private_address(address)


@PROPERTY
@given(st.integers(1, 9), st.integers(0, 255), st.integers(1, 254), HOW)
def test_property_a_public_ipv4_address_carried_in_ipv6_stays_public(
    a: int, b: int, d: int, how: str
) -> None:
    address = _embed(ipaddress.IPv4Address(f"{a}.{b}.7.{d}"), how)
    # ::/96 is never routed, and 64:ff9b:1::/48 is for a network's own NAT64 only.
    assert is_public(address) == (how not in ("compatible", "nat64-local")), address


@pytest.mark.parametrize("address", ["fec0::1", "::127.0.0.1", "64:ff9b::a9fe:a9fe"])
def test_named_cases(address: str) -> None:
    assert not is_public(address)
