"""The command line, run in-process through ``reader.cli.main.main`` against the fixture server."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main as cli
from tests.feedkit import (
    BILLION_LAUGHS,
    RSS_TYPE,
    Item,
    article_page,
    opml,
    page_with_alternates,
    rss,
    serve_feed,
)
from tests.httpserver import FixtureServer


class Run:
    """``broadsheet ...`` in this process: exit status, stdout, stderr."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        status = cli.main(list(argv))
        out, err = self.capsys.readouterr()
        return status, out, err

    def json(self, *argv: str) -> Any:
        status, out, err = self(*argv, "--json")
        assert status == 0, err
        return json.loads(out)


@pytest.fixture
def run(profile: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


# -- arguments -----------------------------------------------------------------------------
def test_wants_cli() -> None:
    assert cli.wants_cli(["feeds"])
    assert cli.wants_cli(["--profile", "/tmp/p", "--json", "articles"])
    assert cli.wants_cli(["--version"]) and cli.wants_cli(["--self-test"])
    assert not cli.wants_cli([])
    assert not cli.wants_cli(["--profile", "read"])  # a folder named like a command
    assert not cli.wants_cli(["feed.opml"])  # a file to open in the window


ARGVS = [
    ["--profile", "/p", "refresh", "--feeds-only", "--jobs", "2", "3", "--json"],
    ["--json", "add", "https://example.org/", "--folder", "News", "--pick", "2"],
    ["show", "7", "--format", "html", "--profile", "/q"],
    ["articles", "--unread", "--limit", "5"],
    ["account", "add", "fever", "https://example.org/fever", "--user", "me", "--json"],
    ["sync", "1", "2", "--no-pages"],
    ["export"],
]


@pytest.mark.parametrize("argv", ARGVS)
def test_the_parser_of_one_command_parses_as_the_whole_one(argv: list[str]) -> None:
    only = cli.command_named(argv)
    assert only == next(a for a in argv if a in cli.COMMANDS)
    whole = cli.build_parser().parse_args(argv)
    assert cli.build_parser(only).parse_args(argv) == whole


def test_the_parser_of_one_command_lists_every_command_as_the_whole_one() -> None:
    assert cli.command_named(["--profile", "refresh", "feeds"]) == "feeds"
    assert cli.command_named(["--json", "nonsense"]) is None
    whole = cli.build_parser().format_help()
    for name in cli.COMMANDS:
        assert cli.build_parser(name).format_help() == whole


def test_a_refresh_does_not_load_the_account_commands() -> None:
    code = (
        "import sys; from reader.cli.main import build_parser, command_named; "
        "argv = ['refresh', '--feeds-only']; build_parser(command_named(argv)).parse_args(argv); "
        "import reader.cli.commands, reader.usecases.refresh; "
        "print(sorted(m for m in ('reader.cli.accounts', 'reader.store.sync_state', 'getpass')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_version(run: Run) -> None:
    status, out, _ = run("--version")
    assert status == 0 and out.startswith("broadsheet ")


def test_usage_error_is_one_line_and_exit_2(run: Run) -> None:
    status, out, err = run("articles", "--limit", "zero")
    assert status == 2 and out == ""
    assert err.startswith("broadsheet: error:") and err.count("\n") == 1
    assert run("frobnicate")[0] == 2


def test_errors_are_one_line_and_exit_1(run: Run) -> None:
    status, out, err = run("show", "999")
    assert status == 1 and out == ""
    assert err == "broadsheet: error: no article with id 999\n"
    status, _, err = run("remove", "https://example.org/not-subscribed")
    assert status == 1 and "not subscribed" in err
    status, _, err = run("import", "/nonexistent/file.opml")
    assert status == 1 and err.startswith("broadsheet: error:") and err.count("\n") == 1


def test_profile_option_puts_everything_under_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server: FixtureServer
) -> None:
    serve_feed(server, "/feed.xml", "Daily", 1)
    folder = tmp_path / "elsewhere"
    assert cli.main(["--profile", str(folder), "add", server.url("/feed.xml")]) == 0
    assert (folder / "data" / "broadsheet.sqlite3").is_file()
    assert (folder / "log" / "broadsheet.log").is_file()
    capsys.readouterr()
    assert cli.main(["feeds", "--profile", str(folder), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


# -- subscriptions -------------------------------------------------------------------------
def test_add_by_feed_url_and_list_feeds(run: Run, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Daily", 3)
    status, out, err = run("add", server.url("/feed.xml"), "--folder", "News")
    assert status == 0, err
    assert "Subscribed to Daily" in out and "3 articles" in out
    status, out, _ = run("feeds")
    assert status == 0 and "Daily" in out and server.url("/feed.xml") in out and "[News]" in out
    (feed,) = run.json("feeds")
    assert feed["title"] == "Daily" and feed["url"] == server.url("/feed.xml")
    assert feed["folder"] == "News" and feed["unread"] == 3 and feed["last_error"] is None
    assert {"id", "site_url", "last_updated", "gone"} <= feed.keys()
    assert run.json("--json", "feeds") == run.json("feeds")  # --json before the command too


def test_counts_of_one_are_singular(run: Run, server: FixtureServer, tmp_path: Path) -> None:
    serve_feed(server, "/one.xml", "Lone", 1)
    status, out, err = run("add", server.url("/one.xml"))
    assert status == 0, err
    assert "1 article." in out and "1 articles" not in out
    status, out, err = run("export", str(tmp_path / "subs.opml"))
    assert status == 0, err
    assert "Exported 1 feed to" in out


def test_add_by_page_with_one_alternate(run: Run, server: FixtureServer) -> None:
    serve_feed(server, "/rss", "Blog", 2)
    server.add("/", page_with_alternates([("/rss", "application/rss+xml", "Blog")]))
    added = run.json("add", server.url("/"))
    assert added["url"] == server.url("/rss") and added["articles"] == 2


def test_add_by_page_with_several_alternates(run: Run, server: FixtureServer) -> None:
    serve_feed(server, "/posts.xml", "Posts", 2)
    serve_feed(server, "/comments.xml", "Comments", 1)
    server.add(
        "/",
        page_with_alternates(
            [
                ("/posts.xml", "application/rss+xml", "Posts"),
                ("/comments.xml", "application/rss+xml", "Comments"),
            ]
        ),
    )
    status, out, err = run("add", server.url("/"))  # stdin is not a terminal under pytest
    assert status == 2
    assert "1. Posts" in out and "2. Comments" in out and server.url("/comments.xml") in out
    assert "--pick" in err
    assert run.json("feeds") == []
    status, out, _ = run("add", server.url("/"), "--json")
    assert status == 2
    assert [f["url"] for f in json.loads(out)] == [
        server.url("/posts.xml"),
        server.url("/comments.xml"),
    ]
    added = run.json("add", server.url("/"), "--pick", "2")
    assert added["url"] == server.url("/comments.xml")
    assert run("add", server.url("/"), "--pick", "3")[0] == 1


def test_add_twice_says_already_subscribed(run: Run, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Daily", 1)
    assert run("add", server.url("/feed.xml"))[0] == 0
    status, _, err = run("add", server.url("/feed.xml"))
    assert status == 1
    assert err.startswith("broadsheet: error: already subscribed")


def test_remove_by_id_and_by_url(run: Run, server: FixtureServer) -> None:
    serve_feed(server, "/a.xml", "A", 1)
    serve_feed(server, "/b.xml", "B", 1)
    a = run.json("add", server.url("/a.xml"))
    run.json("add", server.url("/b.xml"))
    assert run.json("remove", str(a["id"]))["removed"] == a["id"]
    assert run("remove", server.url("/b.xml"))[0] == 0
    assert run.json("feeds") == [] and run.json("articles") == []


def test_import_export_round_trip_with_folders(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "in.opml"
    source.write_bytes(
        opml(
            '<outline text="Loose" type="rss" xmlUrl="https://example.org/loose.xml"/>'
            '<outline text="Tech"><outline text="Gadgets" type="rss"'
            ' xmlUrl="https://example.org/gadgets.xml" htmlUrl="https://example.org/"/>'
            '<outline text="Deep"><outline text="Inner" type="rss"'
            ' xmlUrl="https://example.org/inner.xml"/></outline></outline>'
            '<outline text="Bad" type="rss" xmlUrl="file:///etc/passwd"/>'
        )
    )
    status, out, _ = run("import", str(source))
    assert status == 0 and "Imported 3 feeds" in out and "Skipped 1" in out
    feeds = {f["url"]: f for f in run.json("feeds")}
    assert feeds["https://example.org/gadgets.xml"]["folder"] == "Tech"
    assert feeds["https://example.org/inner.xml"]["folder"] == "Deep"
    assert feeds["https://example.org/loose.xml"]["folder"] is None
    status, exported, _ = run("export")
    assert status == 0 and exported.startswith("<?xml") and "gadgets.xml" in exported
    target = tmp_path / "out.opml"
    assert run("export", str(target))[0] == 0
    # The same document, but for the moment it was written (the two exports may straddle a second).
    stamp = re.compile(r"<dateCreated>[^<]*</dateCreated>")
    assert stamp.sub("", target.read_text(encoding="utf-8")) == stamp.sub("", exported)
    report = run.json("import", str(target))
    assert report == {"added": 0, "duplicates": 3, "skipped": []}


# -- refresh -------------------------------------------------------------------------------
def test_refresh_reports_each_failure_and_exits_1(
    run: Run, server: FixtureServer, tmp_path: Path
) -> None:
    serve_feed(server, "/good.xml", "Good", 3)
    server.add("/missing.xml", "nope", status=404)
    server.add("/page.html", "<html><body><h1>Sign in</h1><p>Please.</p></body></html>")
    server.add(
        "/truncated.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T',
        content_type=RSS_TYPE,
    )
    server.add("/laughs.xml", BILLION_LAUGHS, content_type=RSS_TYPE)
    source = "".join(
        f'<outline text="{name}" type="rss" xmlUrl="{url}"/>'
        for name, url in (
            ("Good", server.url("/good.xml")),
            ("Missing", server.url("/missing.xml")),
            ("Dead", "http://nonexistent.invalid/"),
            ("Page", server.url("/page.html")),
            ("Truncated", server.url("/truncated.xml")),
            ("Laughs", server.url("/laughs.xml")),
        )
    )
    subscriptions = tmp_path / "feeds.opml"
    subscriptions.write_bytes(opml(source))
    assert run("import", str(subscriptions))[0] == 0
    status, out, err = run("refresh", "--feeds-only")
    assert status == 1, err
    assert "Feeds updated: 1" in out and "Feeds failed: 5" in out and "New articles: 3" in out
    lines = {line.split(" <", 1)[0].strip(): line for line in out.splitlines() if " <" in line}
    assert "404" in lines["Missing"]
    assert "nonexistent.invalid" in lines["Dead"] and lines["Dead"].rsplit(": ", 1)[1]
    assert "not a feed" in lines["Page"]
    assert lines["Truncated"].rsplit(": ", 1)[1]
    assert "entities" in lines["Laughs"]
    articles = run.json("articles")
    assert sorted(a["title"] for a in articles) == [f"Good story {i}" for i in range(3)]
    summary = json.loads(run("refresh", "--feeds-only", "--json")[1])
    assert len(summary["failed"]) == 5 and all(f["error"] for f in summary["failed"])
    assert summary["new_articles"] == 0


def _etag_handler(body: bytes) -> Any:
    def handler(req: BaseHTTPRequestHandler) -> None:
        if req.headers.get("If-None-Match") == '"abc"':
            req.send_response(304)
            req.end_headers()
            return
        req.send_response(200)
        req.send_header("Content-Type", RSS_TYPE)
        req.send_header("ETag", '"abc"')
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    return handler


def test_refresh_twice_is_not_modified_the_second_time(run: Run, server: FixtureServer) -> None:
    items = [Item(guid=f"{i}", title=f"Story {i}") for i in range(5)]
    server.add("/feed.xml", handler=_etag_handler(rss("Etag", items).encode()))
    assert run("add", server.url("/feed.xml"))[0] == 0
    first = json.loads(run("refresh", "--feeds-only", "--json")[1])
    second = json.loads(run("refresh", "--feeds-only", "--json")[1])
    assert first["not_modified"] == 1 and second["not_modified"] == 1
    assert second["new_articles"] == 0 and second["failed"] == []
    assert [h.get("if-none-match") for p, h in server.requests if p == "/feed.xml"][-1] == '"abc"'
    assert len(run.json("articles")) == 5


def test_refresh_follows_301_and_marks_410_gone(run: Run, server: FixtureServer) -> None:
    serve_feed(server, "/new.xml", "Moved", 1)
    serve_feed(server, "/dying.xml", "Dying", 1)
    assert run("add", server.url("/new.xml"))[0] == 0
    assert run("add", server.url("/dying.xml"))[0] == 0
    server.add("/old.xml", status=301, headers={"Location": server.url("/new.xml")})
    # Point the first feed at the old address, as if it had been subscribed there.
    from reader.store.db import Store

    store = Store(_db_path())
    moved = store.feed_by_url(server.url("/new.xml"))
    assert moved is not None
    store.set_feed_url(moved.id, server.url("/old.xml"))
    store.close()
    server.add("/dying.xml", "gone", status=410)
    status, out, _ = run("refresh", "--feeds-only")
    assert status == 1 and "410" in out
    feeds = {f["title"]: f for f in run.json("feeds")}
    assert feeds["Moved"]["url"] == server.url("/old.xml")  # one 301: noted (RELIABILITY N6)
    run("refresh", "--feeds-only")  # a new process: the note is in the database
    feeds = {f["title"]: f for f in run.json("feeds")}
    assert feeds["Moved"]["url"] == server.url("/new.xml")
    assert feeds["Dying"]["gone"] is True


def _db_path() -> Path:
    from reader import paths

    return paths.resolve().database


def test_state_survives_a_refresh_that_changes_the_text(run: Run, server: FixtureServer) -> None:
    server.add(
        "/feed.xml",
        rss("Edits", [Item(guid="x", title="Before", description="old words")]),
        content_type=RSS_TYPE,
    )
    assert run("add", server.url("/feed.xml"))[0] == 0
    (article,) = run.json("articles")
    assert run("read", str(article["id"]))[0] == 0
    assert run.json("star", str(article["id"])) == {
        "id": article["id"],
        "read": True,
        "starred": True,
    }
    server.add(
        "/feed.xml",
        rss("Edits", [Item(guid="x", title="After", description="new words")]),
        content_type=RSS_TYPE,
    )
    assert run("refresh", "--feeds-only")[0] == 0
    (after,) = run.json("articles")
    assert after["id"] == article["id"] and after["title"] == "After"
    assert after["read"] is True and after["starred"] is True
    assert run.json("unread", str(article["id"]))["read"] is False
    assert run.json("unstar", str(article["id"]))["starred"] is False


def test_refresh_with_pages_then_show(run: Run, server: FixtureServer) -> None:
    items = serve_feed(server, "/feed.xml", "Paper", 2, pages=True)
    server.add("/feed-xml/article1.html", "missing", status=404)
    assert run("add", server.url("/feed.xml"))[0] == 0
    status, out, err = run("refresh", "--jobs", "1")
    assert status == 0, err
    assert "Articles simplified: 2" in out
    by_title = {a["title"]: a for a in run.json("articles")}
    good, broken = by_title[items[0].title], by_title[items[1].title]
    assert good["simplified"] == "page" and broken["simplified"] == "feed"
    status, out, _ = run("show", str(good["id"]))
    assert status == 0
    assert out.splitlines()[0] == items[0].title
    assert "The full text of Paper story 0 is here." in out and "Most read" not in out
    shown = run.json("show", str(broken["id"]))
    assert shown["source"] == "feed" and "Summary of Paper story 1" in shown["text"]


def test_show_simplifies_now_when_not_cached(run: Run, server: FixtureServer) -> None:
    serve_feed(server, "/feed.xml", "Later", 1, pages=True)
    assert run("add", server.url("/feed.xml"))[0] == 0
    (article,) = run.json("articles")
    assert article["simplified"] is None
    shown = run.json("show", str(article["id"]))
    assert shown["source"] == "page" and "The full text of Later story 0" in shown["text"]
    server.stop()  # offline from now on: the cached copy is shown
    status, out, _ = run("show", str(article["id"]))
    assert status == 0 and "The full text of Later story 0" in out


def test_articles_filters_and_search(run: Run, server: FixtureServer) -> None:
    serve_feed(server, "/a.xml", "Alpha", 4)
    serve_feed(server, "/b.xml", "Beta", 2)
    a = run.json("add", server.url("/a.xml"))
    run.json("add", server.url("/b.xml"))
    everything = run.json("articles")
    assert len(everything) == 6
    assert [x["published"] for x in everything] == sorted(
        (x["published"] for x in everything), reverse=True
    )
    alpha = run.json("articles", "--feed", str(a["id"]))
    assert {x["feed_id"] for x in alpha} == {a["id"]} and len(alpha) == 4
    assert len(run.json("articles", "--feed", server.url("/b.xml"))) == 2
    run.json("read", str(alpha[0]["id"]))
    run.json("star", str(alpha[1]["id"]))
    unread = run.json("articles", "--unread")
    assert len(unread) == 5 and alpha[0]["id"] not in {x["id"] for x in unread}
    assert [x["id"] for x in run.json("articles", "--starred")] == [alpha[1]["id"]]
    assert len(run.json("articles", "--limit", "2")) == 2
    found = run.json("search", "Beta")
    assert found and {x["feed"] for x in found} <= {"Beta"} and len(found) == 2
    status, out, _ = run("articles", "--starred")
    assert status == 0 and alpha[1]["title"] in out and "*" in out


def test_simplify_file_as_json(run: Run, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_page("A local page", "Words about a local page."), encoding="utf-8")
    status, out, err = run(
        "simplify", str(page), "--format", "json", "--url", "https://example.org/p"
    )
    assert status == 0, err
    data = json.loads(out)
    assert {
        "title",
        "byline",
        "published",
        "lead_image",
        "lang",
        "direction",
        "html",
        "text",
    } <= data.keys()
    assert data["title"] == "A local page"
    assert "Words about a local page." in data["text"] and "<script" not in data["html"]
    assert data["direction"] == "ltr"
    status, out, _ = run("simplify", str(page))
    assert status == 0 and out.startswith("A local page") and "Words about a local page." in out
    status, out, _ = run("simplify", str(page), "--format", "html")
    assert status == 0 and out.startswith("<!DOCTYPE html>") and "<p>" in out
    assert run.json("simplify", str(page))["title"] == "A local page"
    assert run.json("feeds") == []  # nothing subscribed


def test_simplify_url(run: Run, server: FixtureServer) -> None:
    server.add("/story.html", article_page("Remote story", "Fetched over HTTP."))
    data = run.json("simplify", server.url("/story.html"))
    assert data["title"] == "Remote story" and "Fetched over HTTP." in data["text"]


def test_progress_goes_to_stderr_only_on_a_terminal(
    run: Run, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, "/feed.xml", "Progress", 2)
    assert run("add", server.url("/feed.xml"))[0] == 0
    status, out, err = run("refresh", "--feeds-only")
    assert status == 0 and err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    status, out, err = run("refresh", "--feeds-only")
    assert status == 0 and "feeds 1/1" in err and "Progress" in err
    assert "feeds 1/1" not in out and "Feeds updated: 1" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_add_asks_which_feed_when_stdin_is_a_terminal(
    run: Run, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, "/one.xml", "One", 1)
    serve_feed(server, "/two.xml", "Two", 1)
    server.add(
        "/",
        page_with_alternates(
            [
                ("/one.xml", "application/rss+xml", "One"),
                ("/two.xml", "application/atom+xml", "Two"),
            ]
        ),
    )
    monkeypatch.setattr(sys, "stdin", _Terminal("7\n2\n"))
    status, _, err = run("add", server.url("/"))
    assert status == 0, err
    assert "1. One" in err and "2. Two" in err and "Subscribe to which one" in err
    assert [f["url"] for f in run.json("feeds")] == [server.url("/two.xml")]


def test_self_test_fails_on_pyside_612_before_python_312(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader import selftest

    real = selftest._dist_version

    def fake(*names: str) -> str | None:
        return "6.12.0" if "PySide6-Essentials" in names else real(*names)

    monkeypatch.setattr(selftest, "_dist_version", fake)
    _, problems, _ = selftest.collect(python=(3, 11))
    assert any("6.12.0" in p for p in problems)
    _, problems, _ = selftest.collect(python=(3, 12))
    assert not any("6.12.0" in p for p in problems)


def test_show_offline_prints_the_feed_text_and_tries_again_later(
    run: Run, server: FixtureServer
) -> None:
    serve_feed(server, "/feed.xml", "Offline", 1, pages=True)
    assert run("add", server.url("/feed.xml"))[0] == 0
    (article,) = run.json("articles")
    server.stop()
    shown = run.json("show", str(article["id"]))
    assert shown["source"] == "feed" and "Summary of Offline story 0" in shown["text"]
    (after,) = run.json("articles")
    assert after["simplified"] is None  # the page is tried again when back online


def test_commands_other_than_sync_do_not_load_the_sync_protocols() -> None:
    """Building the command line must not import requests and the protocols (start-up time)."""
    code = (
        "import sys; from reader.cli.main import build_parser; build_parser(); "
        "print(sorted(m for m in ('requests', 'reader.sync.clients') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_unknown_sync_protocol_is_refused_in_words_before_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "--profile",
        str(tmp_path),
        "account",
        "add",
        "gopher",
        "https://x.example/",
        "--user",
        "u",
    ]
    assert cli.main(argv) != 0
    err = capsys.readouterr().err
    assert "unknown sync protocol 'gopher'" in err and "fever" in err and "greader" in err
