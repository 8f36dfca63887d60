"""Hosts that mix right-to-left and other labels: the URL rule accepts only what the WHATWG
parser behind nh3 keeps. Once one label is right-to-left, RFC 5893's Bidi rule applies to every
label, so "1.<Arabic>" or a Greek label beside an Arabic one is refused by nh3; our rule checked
each label alone, accepted them, and sanitizing twice then differed from once."""

from __future__ import annotations

import nh3
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.render.sanitize import _clean_once, is_web_url
from tests.props import PROPERTY

ARABIC, HEBREW = "\u0627\u062e\u062a\u0628\u0627\u0631", "\u05d3\u05d5\u05d2\u05de\u05d4"
LABEL = st.one_of(
    st.sampled_from(["www", "news", "1", "0", "a1", "1a", "x-y", ARABIC, HEBREW, "\u0661\u0662",
                     "\u03b1\u03b2", "\u0434\u043e\u043c", "\u4f8b", "\uff11", "\u0627\u0661",
                     "\u05d0\u0031", "\u0627-\u0628", "xn--mgbh0fb", "\u00fc"]),
    st.text(st.sampled_from("ab1\u0627\u05d0\u0661\u03b1\u0301-"), min_size=1, max_size=4),
)  # fmt: skip


def _kept(url: str) -> bool:
    return "href" in nh3.clean(f'<a href="{url}">x</a>', url_schemes={"http", "https"})


@PROPERTY
@given(st.lists(LABEL, min_size=1, max_size=4))
def test_property_a_host_with_right_to_left_labels_is_kept_by_nh3_when_accepted(
    labels: list[str],
) -> None:
    url = f"https://{'.'.join(labels)}/p"
    if is_web_url(url):
        assert _kept(url), url


@pytest.mark.parametrize("host", [f"1.{ARABIC}", f"0.{HEBREW}", f"\uff19.{ARABIC}"])
def test_a_label_that_breaks_the_bidi_rule_is_refused_as_nh3_does(host: str) -> None:
    assert not _kept(f"https://{host}/p")
    assert not is_web_url(f"https://{host}/p")
    once = _clean_once(f'<a href="https://{host}/p">x</a>', "https://base.example/")
    assert "href" not in once and _clean_once(once, "https://base.example/") == once


@pytest.mark.parametrize(
    "host", [f"www.{ARABIC}", f"{ARABIC}.{ARABIC}", f"{HEBREW}.example", f"\u03b1\u03b2.{ARABIC}"]
)
def test_right_to_left_hosts_that_pass_the_rule_are_kept(host: str) -> None:
    assert is_web_url(f"https://{host}/p") and _kept(f"https://{host}/p")
