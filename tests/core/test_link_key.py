"""link_key: what makes two article links one article's (a feed whose item ids rotate is
matched by link and title), and link_stem, the prefix the store looks the candidates up by."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.link_keys import link_key, link_stem
from tests.props import PROPERTY

_WORD = st.text(st.sampled_from("abcXYZ019-._~%/=é"), min_size=0, max_size=8)
_PARAM = st.tuples(st.text(st.sampled_from("abcidpq"), min_size=1, max_size=4), _WORD).map(
    lambda kv: f"{kv[0]}={kv[1]}".replace("&", "").replace("#", "")
)
_TRACKER = st.sampled_from(["utm_source", "utm_medium", "UTM_Campaign", "fbclid", "gclid"]).flatmap(
    lambda name: _WORD.map(lambda value: f"{name}={value}")
)


@st.composite
def _links(draw: st.DrawFn) -> tuple[str, list[str]]:
    host = draw(st.sampled_from(["news.example", "Blog.Example:8080", "x.example"]))
    path = draw(_WORD).replace("?", "").replace("#", "")
    params = draw(st.lists(_PARAM, max_size=3))
    return f"{host}/{path}", params


@PROPERTY
@given(_links(), st.lists(_TRACKER, max_size=3), st.booleans(), _WORD, st.randoms())
def test_tracking_parameters_fragment_and_scheme_do_not_change_the_key(
    link: tuple[str, list[str]], trackers: list[str], https: bool, fragment: str, rnd: object
) -> None:
    base, params = link
    plain = "https://" + base + ("?" + "&".join(params) if params else "")
    mixed = list(params)  # the real parameters keep their order; trackers go anywhere
    for tracker in trackers:
        mixed.insert(rnd.randint(0, len(mixed)), tracker)  # type: ignore[attr-defined]
    other = ("https://" if https else "http://") + base
    other += ("?" + "&".join(mixed) if mixed else "") + (f"#{fragment}" if fragment else "")
    assert link_key(other) == link_key(plain)
    for url in (plain, other):
        assert url.lower().startswith(("http://", "https://"))
        assert url.split("://", 1)[1].startswith(link_stem(url))


@PROPERTY
@given(_links(), _PARAM)
def test_a_real_parameter_changes_the_key(link: tuple[str, list[str]], extra: str) -> None:
    base, params = link
    url = "https://" + base + ("?" + "&".join(params) if params else "")
    assert link_key(url + ("&" if params else "?") + extra) != link_key(url)


def test_examples() -> None:
    assert link_key("https://a.example/x?utm_source=rss&id=3#top") == "a.example/x?id=3"
    assert link_key("http://a.example/x?id=3") == "a.example/x?id=3"
    assert link_key("https://a.example/x?utm_x=1") == "a.example/x"
    assert link_key("/relative?fbclid=1") == "/relative"
    assert link_stem("HTTPS://a.example/x?y#z") == "a.example/x"
