"""Credentials and transport: the keyring when a real one is there, else a 0600 file; https, or
plain http only to this machine or with consent; TLS verified; no redirect followed with a
password; errors in words that never carry a secret."""

from __future__ import annotations

import ssl
import stat
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring.core
import pytest

from reader.errors import StoreError
from reader.sync.credentials import Credentials
from reader.sync.errors import (
    InsecureAddressError,
    ProtocolError,
    ServerUnreachableError,
    WrongPasswordError,
)
from reader.sync.fever import FeverClient, api_key
from reader.sync.greader import GReaderClient
from reader.sync.http import ApiSession, check_server_url
from tests.greader_server import GReaderServer
from tests.net.test_http_tls import Authority
from tests.sync import memkeyring


@pytest.fixture
def use_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let the test choose the keyring backend through keyring's own variable."""
    monkeypatch.delenv("BROADSHEET_CREDENTIALS", raising=False)
    yield
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.core.init_backend()


def test_secrets_file_is_only_the_users_and_survives_a_round_trip(tmp_path: Path) -> None:
    creds = Credentials(tmp_path / "config", use_keyring=False)
    creds.set("account-1", "s3cret")
    creds.set("account-2", "other")
    path = tmp_path / "config" / "credentials.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert creds.get("account-1") == "s3cret"
    creds.delete("account-1")
    assert creds.get("account-1") is None and creds.get("account-2") == "other"
    assert "readable only by you" in creds.where
    path.write_text("{not json")
    with pytest.raises(StoreError, match="damaged") as caught:
        creds.get("account-2")
    assert "other" not in str(caught.value)


def test_no_real_keyring_means_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, use_backend: None
) -> None:
    for fallback in ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"):
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", fallback)
        keyring.core.init_backend()
        creds = Credentials(tmp_path / fallback)
        assert not creds.in_keyring
        creds.set("k", "v")
        assert (tmp_path / fallback / "credentials.json").exists()


def test_a_real_keyring_is_used_and_no_file_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, use_backend: None
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.sync.memkeyring.MemoryKeyring")
    keyring.core.init_backend()
    creds = Credentials(tmp_path)
    assert creds.in_keyring and "desktop keyring" in creds.where
    creds.set("account-7", "pw")
    assert memkeyring.SECRETS[("Broadsheet", "account-7")] == "pw"
    assert creds.get("account-7") == "pw"
    creds.delete("account-7")
    assert ("Broadsheet", "account-7") not in memkeyring.SECRETS
    assert not (tmp_path / "credentials.json").exists()


@pytest.mark.parametrize(
    "url",
    ["http://example.org/fever", "http://192.168.1.5/api/greader.php", "http://10.0.0.1"],
)
def test_plain_http_to_another_machine_needs_consent(url: str) -> None:
    with pytest.raises(InsecureAddressError, match="allow the insecure connection"):
        check_server_url(url)
    assert check_server_url(url, allow_insecure=True).startswith("http://")


@pytest.mark.parametrize(
    "url",
    ["https://example.org/fever/", "http://127.0.0.1:8080/fever", "http://localhost/x",
     "http://[::1]:80/api"],
)  # fmt: skip
def test_https_and_this_machine_are_fine(url: str) -> None:
    assert not check_server_url(url).endswith("/")


@pytest.mark.parametrize(
    "url", ["ftp://example.org/", "file:///etc/passwd", "https://me:pw@example.org/", "nohost"]
)
def test_other_addresses_are_refused_in_words(url: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        check_server_url(url)
    assert "pw" not in str(caught.value).replace("password", "")


def test_tls_is_verified_and_a_private_authority_works_only_when_given(tmp_path: Path) -> None:
    authority = Authority(tmp_path)
    server = GReaderServer("me", "pw")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    for name, issued in (("self", authority.issue("self", self_signed=True)),
                         ("good", authority.issue("good"))):  # fmt: skip
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(issued.cert, issued.key)
        server = GReaderServer("me", "pw")
        server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
        server.start()
        url = server.url.replace("http://", "https://")
        try:
            bundle = str(authority.bundle)
            client = GReaderClient(ApiSession(url, ca_bundle=bundle), "me", "pw")
            if name == "self":
                with pytest.raises(ServerUnreachableError, match="secure connection failed"):
                    client.login()
            else:
                client.login()
                default = GReaderClient(ApiSession(url), "me", "pw")
                with pytest.raises(ServerUnreachableError, match="unknown authority"):
                    default.login()
        finally:
            server.stop()


class _Canned:
    """A loopback server answering every GET and POST with one canned response."""

    def __init__(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(status)
                for key, value in {**headers, "Content-Length": str(len(body))}.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def canned() -> Iterator[list[_Canned]]:
    """Canned servers started by the test, stopped after it."""
    started: list[_Canned] = []
    yield started
    for server in started:
        server.stop()


def test_a_redirect_is_not_followed_with_the_password(canned: list[_Canned]) -> None:
    canned.append(_Canned(307, b"", {"Location": "http://127.0.0.1:9/elsewhere"}))
    client = FeverClient(ApiSession(canned[0].url + "/fever"), api_key("me", "pw"))
    with pytest.raises(ProtocolError, match="sent us elsewhere") as caught:
        client.login()
    assert api_key("me", "pw") not in str(caught.value)


def test_a_web_page_instead_of_the_api_is_said_in_words(canned: list[_Canned]) -> None:
    canned.append(_Canned(200, b"<html><body>Welcome</body></html>", {"Content-Type": "text/html"}))
    with pytest.raises(ProtocolError, match="not a Google Reader API address"):
        GReaderClient(ApiSession(canned[0].url), "me", "pw").subscriptions()
    with pytest.raises(ProtocolError, match="not a Fever API address"):
        FeverClient(ApiSession(canned[0].url), "key").login()


def test_wrong_password_words_never_carry_the_password() -> None:
    server = GReaderServer("me", "right").start()
    try:
        with pytest.raises(WrongPasswordError) as caught:
            GReaderClient(ApiSession(server.url), "me", "hunter2").login()
        assert "hunter2" not in str(caught.value)
    finally:
        server.stop()
