"""The Fetcher against a local TLS server (RELIABILITY.md row N8): certificates are made at test
time in tmp_path (nothing secret is committed); verification is never switched off."""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path

import pytest

from reader.errors import FetchError
from reader.net.http import Fetcher
from tests.httpserver import FixtureServer

pytest.importorskip("cryptography")
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass
class Issued:
    """A certificate and its key, as PEM files."""

    cert: Path
    key: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write(
    folder: Path, stem: str, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey
) -> Issued:
    cert_path = folder / f"{stem}.pem"
    key_path = folder / f"{stem}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Issued(cert_path, key_path)


class Authority:
    """A throw-away certificate authority that issues server certificates."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(_name("Broadsheet Test CA"))
            .issuer_name(_name("Broadsheet Test CA"))
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False
            )
            .sign(self.key, hashes.SHA256())
        )
        self.bundle = _write(folder, "ca", self.cert, self.key).cert

    def issue(
        self,
        stem: str,
        *,
        host: str = "127.0.0.1",
        expired: bool = False,
        self_signed: bool = False,
    ) -> Issued:
        """A server certificate for ``host`` (an IP), signed by this authority or by itself."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        start, end = (
            (now - timedelta(days=60), now - timedelta(days=30))
            if expired
            else (now - timedelta(days=1), now + timedelta(days=30))
        )
        names: list[x509.GeneralName] = (
            [x509.IPAddress(IPv4Address(host))] if host[0].isdigit() else [x509.DNSName(host)]
        )
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(host))
            .issuer_name(_name(host) if self_signed else self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        )
        if not self_signed:
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
        cert = builder.sign(key if self_signed else self.key, hashes.SHA256())
        return _write(self.folder, stem, cert, key)


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    """One authority for the module (key generation is cheap, but once is enough)."""
    return Authority(tmp_path_factory.mktemp("tls"))


def _tls_server(issued: Issued) -> FixtureServer:
    server = FixtureServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(issued.cert, issued.key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.add("/feed.xml", b"<rss/>", content_type="application/rss+xml")
    return server.start()


@pytest.fixture
def serve() -> Iterator[list[FixtureServer]]:
    """Servers started by a test, stopped at its end."""
    started: list[FixtureServer] = []
    yield started
    for server in started:
        server.stop()


def _https(server: FixtureServer) -> str:
    return server.url("/feed.xml").replace("http://", "https://")


def _fetcher(authority: Authority) -> Fetcher:
    return Fetcher(connect_timeout=2, read_timeout=2, deadline=4, ca_bundle=str(authority.bundle))


def test_trusted_certificate_works(authority: Authority, serve: list[FixtureServer]) -> None:
    serve.append(_tls_server(authority.issue("good")))
    result = _fetcher(authority).fetch(_https(serve[0]))
    assert (result.status, result.body) == (200, b"<rss/>")


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"expired": True}, "certificate expired"),
        ({"self_signed": True}, "self-signed certificate"),
        ({"host": "example.org"}, "wrong host (the certificate is for another site)"),
    ],
)
def test_bad_certificates_fail_in_words(
    authority: Authority, serve: list[FixtureServer], options: dict[str, object], reason: str
) -> None:
    serve.append(_tls_server(authority.issue("bad", **options)))  # type: ignore[arg-type]
    with pytest.raises(FetchError) as caught:
        _fetcher(authority).fetch(_https(serve[0]))
    assert str(caught.value) == f"secure connection failed: {reason}"
    assert caught.value.kind == "tls"
    assert serve[0].hits["/feed.xml"] == 0


def test_default_trust_store_refuses_a_private_authority(
    authority: Authority, serve: list[FixtureServer]
) -> None:
    serve.append(_tls_server(authority.issue("good")))
    with pytest.raises(FetchError) as caught:
        Fetcher(connect_timeout=2, read_timeout=2, deadline=4).fetch(_https(serve[0]))
    assert str(caught.value).startswith("secure connection failed: ")


def test_plain_http_on_a_tls_port_fails_in_words(
    authority: Authority, serve: list[FixtureServer]
) -> None:
    plain = FixtureServer().start()
    serve.append(plain)
    with pytest.raises(FetchError) as caught:
        _fetcher(authority).fetch(_https(plain))
    assert caught.value.kind == "tls"
    assert str(caught.value).startswith("secure connection failed: ")


def test_certificate_for_another_name(authority: Authority, serve: list[FixtureServer]) -> None:
    serve.append(_tls_server(authority.issue("other", host="example.org")))
    url = _https(serve[0]).replace("127.0.0.1", "localhost")
    with pytest.raises(FetchError) as caught:
        _fetcher(authority).fetch(url)
    assert str(caught.value) == (
        "secure connection failed: wrong host (the certificate is for another site)"
    )


def test_handshake_trickle_hits_the_total_deadline(authority: Authority) -> None:
    """A server that answers the TLS hello one byte at a time is cut at the deadline."""
    stop = threading.Event()
    client_left = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def trickle() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(4096)  # the client hello
            # A handshake record header announcing 16 KiB, then its bytes very slowly.
            conn.sendall(b"\x16\x03\x03\x40\x00")
            for _ in range(25):  # 5 s: past the deadline, well before the connect timeout
                if stop.wait(0.2):
                    return
                with contextlib.suppress(OSError):
                    conn.sendall(b"\x02")
                    readable, _, _ = select.select([conn], [], [], 0)
                    if readable and conn.recv(1) == b"":
                        client_left.set()  # the client hung up while we were still trickling
                        return

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        with pytest.raises(FetchError) as caught:
            # A connect timeout above the deadline: the deadline must still cut the handshake.
            Fetcher(connect_timeout=10, read_timeout=1, deadline=2).fetch(
                f"https://127.0.0.1:{port}/feed.xml"
            )
        assert (str(caught.value), caught.value.kind) == ("timed out", "timeout")
        thread.join()
        assert client_left.is_set()
    finally:
        stop.set()
        thread.join()
        listener.close()
