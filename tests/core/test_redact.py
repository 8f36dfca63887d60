"""The one redaction rule for feed addresses (issue 9 item 17): examples and properties."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.redact import MASK, RedactingFilter, is_secret_name, redact_text, redact_url
from tests.props import PROPERTY

SECRET = "Zq9SECRETvalue"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://bob:pw@h.example/f.xml", "https://***@h.example/f.xml"),
        ("https://h.example/f?token=abc&page=2", "https://h.example/f?token=***&page=2"),
        ("https://h.example/f?API-Key=1&apikey=2&key=3", "https://h.example/f?API-Key=***&apikey=***&key=***"),
        ("https://h.example/f?access_token=a&sig=b&X-Amz-Signature=c&password=d&auth=e&secret=f",
         "https://h.example/f?access_token=***&sig=***&X-Amz-Signature=***&password=***&auth=***&secret=***"),
        ("https://h.example/f#access_token=a&state=1", "https://h.example/f#access_token=***&state=1"),
        ("https://h.example/f?%74oken=a", "https://h.example/f?%74oken=***"),
        ("https://h.example/f?page=2&q=news", "https://h.example/f?page=2&q=news"),
        ("https://h.example/user@home/f", "https://h.example/user@home/f"),  # @ in the path
        ("not a url", "not a url"),
        ("", ""),
    ],
)  # fmt: skip
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown


def test_secret_names() -> None:
    for name in ("token", "Token", "api_key", "API-KEY", "apikey", "private_token", "auth",
                 "authorization", "sig", "signature", "passwd", "client_secret", "sessionid"):  # fmt: skip
        assert is_secret_name(name), name
    for name in ("page", "q", "id", "format", "lang", "category", "utm_source"):
        assert not is_secret_name(name), name


def test_text_with_a_relative_path_and_a_url() -> None:
    text = (
        "HTTPConnectionPool(host='h', port=80): Max retries exceeded with url: "
        f"/feed?token={SECRET} (Caused by x); see https://u:{SECRET}@h.example/?key={SECRET}"
    )
    shown = redact_text(text)
    assert SECRET not in shown
    assert "url: /feed?token=***" in shown and "https://***@h.example/?key=***" in shown


def test_log_filter_redacts_messages_arguments_and_tracebacks() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "fetching %s failed", ("x",), None)
    record.args = (f"https://h.example/f?token={SECRET}",)
    try:
        raise ValueError(f"bad answer from https://bob:{SECRET}@h.example/")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    assert RedactingFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert SECRET not in formatted
    assert "token=***" in formatted and "https://***@h.example/" in formatted


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~%", min_size=1, max_size=10)
_SECRET_NAME = st.sampled_from(
    ["token", "api_key", "apikey", "key", "password", "secret", "auth", "access_token", "sig",
     "X-Amz-Signature", "private_token", "Token", "API_KEY", "passwd", "client_secret"]
)  # fmt: skip
_PLAIN_NAME = st.sampled_from(["page", "q", "id", "format", "lang", "utm_source", "limit", "v"])


@st.composite
def _urls(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A feed URL with secrets in its user info, query or fragment; returns it and them."""
    secrets: list[str] = []

    def secret() -> str:
        value = SECRET + draw(st.text(alphabet="abcXYZ0123", max_size=6))
        secrets.append(value)
        return value

    scheme = draw(st.sampled_from(["http", "https", "HTTPS"]))
    userinfo = ""
    if draw(st.booleans()):
        user = draw(_WORD)
        userinfo = f"{user}:{secret()}@" if draw(st.booleans()) else f"{secret()}@"
    host = draw(st.sampled_from(["h.example", "127.0.0.1:8080", "[::1]", "xn--bcher-kva.example"]))
    path = "/" + "/".join(draw(st.lists(_WORD, max_size=3)))
    pairs = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            pairs.append(f"{draw(_SECRET_NAME)}={secret()}")
        else:
            pairs.append(f"{draw(_PLAIN_NAME)}={draw(_WORD)}")
    sep = draw(st.sampled_from(["&", ";"]))
    query = ("?" + sep.join(pairs)) if pairs else ""
    fragment = f"#access_token={secret()}" if draw(st.booleans()) else ""
    return f"{scheme}://{userinfo}{host}{path}{query}{fragment}", secrets


@PROPERTY
@given(_urls())
def test_property_no_secret_survives_and_redaction_is_stable(case: tuple[str, list[str]]) -> None:
    url, secrets = case
    shown = redact_url(url)
    for value in secrets:
        assert value not in shown, (url, shown)
    assert redact_url(shown) == shown
    assert redact_text(f"refreshing {url} failed: 500") == f"refreshing {shown} failed: 500"
    if secrets:
        assert MASK in shown


@PROPERTY
@given(
    st.sampled_from(["http", "https"]),
    st.sampled_from(["h.example", "127.0.0.1:8080"]),
    st.lists(st.tuples(_PLAIN_NAME, _WORD), max_size=4),
)
def test_property_addresses_without_secrets_are_unchanged(
    scheme: str, host: str, pairs: list[tuple[str, str]]
) -> None:
    query = "&".join(f"{k}={v}" for k, v in pairs)
    url = f"{scheme}://{host}/feed.xml" + (f"?{query}" if query else "")
    assert redact_url(url) == url
    assert redact_text(url) == url


@PROPERTY
@given(st.text(max_size=200))
def test_property_redact_text_never_fails_and_is_stable(text: str) -> None:
    once = redact_text(text)
    assert redact_text(once) == once
