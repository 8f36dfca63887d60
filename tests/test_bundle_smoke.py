"""Smoke test of the built PyInstaller bundle (run by .ci/bundle after packaging/build.sh).

Every test starts the bundled executable itself, on a temporary profile, against the local
fixture HTTP server: the self-test (with a process pool inside the bundle), subscribe and refresh
with the bundled command line, the window offscreen showing the simplified article, opening an
OPML file with the app, and install.sh / uninstall.sh with the real bundle. A bundle with a
library or Qt plugin missing must fail.

Skipped unless BROADSHEET_BUNDLE names the bundle folder (dist/broadsheet); with
BROADSHEET_REQUIRE_BUNDLE=1 a missing bundle fails instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.httpserver import FixtureServer

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.broadsheet.Broadsheet"
BUNDLE_ENV = os.environ.get("BROADSHEET_BUNDLE", "")
REQUIRED = os.environ.get("BROADSHEET_REQUIRE_BUNDLE") == "1"

pytestmark = pytest.mark.skipif(
    not BUNDLE_ENV and not REQUIRED, reason="no bundle (set BROADSHEET_BUNDLE=dist/broadsheet)"
)

PHRASE = "lamplighters of the old harbour kept a ledger"
PAGE = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>The night shift at the harbour</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/subscribe">Subscribe now</a></nav>
<div class="share">Share on every network you can think of</div>
<article><h1>The night shift at the harbour</h1><p class="byline">By A. Reporter</p>
<figure><img src="/lead.jpg" alt="The harbour at night" width="640" height="360">
<figcaption>The harbour at night</figcaption></figure>
<p>For more than a century the {PHRASE} of every ship that passed the breakwater after dark,
noting its name, its flag and the hour it came in from the sea.</p>
<p>The ledgers, now kept in the town archive, show how the port changed: sailing ships gave way
to steamers, steamers to the container vessels that call today, and the lamps to automatic
lights that need no keeper at all.</p>
<p>Historians who have read them say the entries are terse but telling. A storm is a single
word; a wreck is a line; a royal visit gets a whole page in a careful, unhurried hand.</p>
<p>The archive plans to put the ledgers online next year, page by page, so that anyone can
follow a ship or a family of keepers through the decades.</p></article>
<aside class="newsletter">Sign up for our newsletter!</aside>
<footer>Copyright the Harbour Gazette</footer></body></html>"""


def _feed(server: FixtureServer) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>{server.url("/")}</link>
<description>Local news</description>
<item><title>The night shift at the harbour</title><link>{server.url("/night-shift")}</link>
<guid>night-shift-1</guid><pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate>
<description>A short teaser about the harbour.</description></item>
</channel></rss>"""


def _jpeg(width: int = 640, height: int = 360) -> bytes:
    """A real JPEG (the bundle needs Qt's JPEG plugin to show it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d3557"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle folder; fails when it is required but missing or broken."""
    folder = Path(BUNDLE_ENV or ROOT / "dist" / "broadsheet").resolve()
    if not (folder / "broadsheet").is_file():
        pytest.fail(f"no bundle executable at {folder / 'broadsheet'} (run packaging/build.sh)")
    return folder


@pytest.fixture
def news(server: FixtureServer) -> FixtureServer:
    """The fixture server with one feed and its article page."""
    server.add("/feed.xml", _feed(server), content_type="application/rss+xml")
    server.add("/night-shift", PAGE)
    server.add("/lead.jpg", _jpeg(), content_type="image/jpeg")
    return server


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("BROADSHEET_", "PYTHON", "QT_")) and k != "LD_LIBRARY_PATH"
    }
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("XDG_DATA_HOME", None)
    env.pop("XDG_CONFIG_HOME", None)
    env.pop("XDG_CACHE_HOME", None)
    return env


def _run(
    exe: Path, tmp_path: Path, *args: str, timeout: float = 180, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        env=_env(tmp_path, **env),
        cwd=tmp_path,
        timeout=timeout,
    )


@pytest.fixture
def filled_profile(bundle: Path, news: FixtureServer, tmp_path: Path) -> Iterator[Path]:
    """A profile subscribed to the fixture feed and refreshed, by the bundled command line."""
    profile = tmp_path / "profile"
    exe = bundle / "broadsheet"
    added = _run(exe, tmp_path, "--profile", str(profile), "add", news.url("/feed.xml"))
    assert added.returncode == 0, added.stdout + added.stderr
    refreshed = _run(exe, tmp_path, "--profile", str(profile), "refresh")
    assert refreshed.returncode == 0, refreshed.stdout + refreshed.stderr
    assert news.hits["/night-shift"] >= 1  # the article page was fetched for the reader view
    yield profile


def test_bundle_layout(bundle: Path) -> None:
    resources = bundle / "_internal" / "reader" / "_resources"
    assert (resources / "icons" / "broadsheet.svg").is_file()
    assert (resources / "icons" / "broadsheet-256.png").is_file()
    assert (resources / "desktop" / f"{APP_ID}.desktop").is_file()
    assert (resources / "feeds" / "suggested.opml").is_file()
    assert (resources / "i18n" / "broadsheet_ar.qm").is_file()
    assert not list(resources.rglob("*.ts"))  # translation sources stay out
    names = [str(p.relative_to(bundle)) for p in bundle.rglob("*")]
    unwanted = ("QtWebEngine", "libQt6Qml", "libQt6Quick", "Qt3D", "QtMultimedia", "tkinter")
    assert [n for n in names if any(u in n for u in unwanted)] == []
    assert not (bundle / "_internal" / "tests").exists()
    assert not (bundle / "_internal" / "pytest").exists()


def test_self_test_runs_a_process_pool_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    out = _run(bundle / "broadsheet", tmp_path, "--self-test", "--json")
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] is True, report["problems"]
    missing = [name for name, version in report["versions"].items() if not version]
    assert missing == []


def test_version(bundle: Path, tmp_path: Path) -> None:
    out = _run(bundle / "broadsheet", tmp_path, "--version")
    assert out.returncode == 0
    assert "0.1.0" in out.stdout


def test_command_line_subscribes_refreshes_and_shows(
    bundle: Path, filled_profile: Path, tmp_path: Path
) -> None:
    exe = bundle / "broadsheet"
    listed = _run(exe, tmp_path, "--profile", str(filled_profile), "articles", "--json")
    assert listed.returncode == 0, listed.stderr
    articles = json.loads(listed.stdout)
    assert [a["title"] for a in articles] == ["The night shift at the harbour"]
    shown = _run(exe, tmp_path, "--profile", str(filled_profile), "show", str(articles[0]["id"]))
    assert shown.returncode == 0, shown.stderr
    assert PHRASE in shown.stdout
    assert "newsletter" not in shown.stdout.lower()


def _smoke(
    exe: Path,
    tmp_path: Path,
    profile: Path,
    *args: str,
    expect: str = PHRASE,
    mode: str = "open-first",
) -> subprocess.CompletedProcess[str]:
    return _run(
        exe,
        tmp_path,
        "--profile",
        str(profile),
        *args,
        BROADSHEET_SMOKE=mode,
        BROADSHEET_SMOKE_EXPECT=expect,
        BROADSHEET_SMOKE_TIMEOUT="90",
    )


def test_window_shows_the_simplified_article(
    bundle: Path, filled_profile: Path, tmp_path: Path
) -> None:
    out = _smoke(bundle / "broadsheet", tmp_path, filled_profile)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "smoke: passed" in out.stdout
    assert f"resources {bundle / '_internal' / 'reader' / '_resources'} ok" in out.stdout
    text = out.stdout.split("smoke: article text begin", 1)[1].split("smoke: article text end")[0]
    assert PHRASE in text
    assert "The night shift at the harbour" in text
    assert "Sign up for our newsletter" not in text
    assert "smoke: images served 1 of 1" in out.stdout  # the lead image, from the cache


def test_window_in_arabic_is_translated_and_mirrored(bundle: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    (profile / "config").mkdir(parents=True)
    (profile / "config" / "settings.json").write_text('{"language": "ar"}', encoding="utf-8")
    out = _smoke(bundle / "broadsheet", tmp_path, profile, expect="", mode="show")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "smoke: layout rtl" in out.stdout
    assert "smoke: window title 'Broadsheet'" not in out.stdout  # the translation was loaded


def test_opening_an_opml_file_with_the_app_subscribes(
    bundle: Path, news: FixtureServer, tmp_path: Path
) -> None:
    opml = tmp_path / "my feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
        f'<outline text="Harbour" type="rss" xmlUrl="{news.url("/feed.xml")}"/></body></opml>',
        encoding="utf-8",
    )
    profile = tmp_path / "profile"
    # The window reports the import in the article pane; the profile then holds the feed.
    out = _smoke(
        bundle / "broadsheet", tmp_path, profile, opml.as_uri(), expect="added", mode="pane"
    )
    assert out.returncode == 0, out.stdout + out.stderr
    feeds = _run(bundle / "broadsheet", tmp_path, "--profile", str(profile), "feeds", "--json")
    assert feeds.returncode == 0, feeds.stderr
    assert [f["url"] for f in json.loads(feeds.stdout)] == [news.url("/feed.xml")]


@pytest.mark.parametrize("how", ["feed-link", "feed-file"])
def test_opening_a_feed_with_the_app_subscribes_and_reads(
    bundle: Path, news: FixtureServer, tmp_path: Path, how: str
) -> None:
    feed_url = news.url("/feed.xml")
    if how == "feed-link":
        target = f"feed:{feed_url}"
    else:  # a downloaded feed file names its own address
        body = _feed(news).replace(
            "<channel>",
            '<channel><atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" '
            f'href="{feed_url}"/>',
        )
        path = tmp_path / "harbour.rss"
        path.write_text(body, encoding="utf-8")
        target = str(path)
    profile = tmp_path / "profile"
    out = _smoke(bundle / "broadsheet", tmp_path, profile, target)
    assert out.returncode == 0, out.stdout + out.stderr
    assert PHRASE in out.stdout
    feeds = _run(bundle / "broadsheet", tmp_path, "--profile", str(profile), "feeds", "--json")
    assert [f["url"] for f in json.loads(feeds.stdout)] == [feed_url]


def test_install_sh_installs_the_real_bundle(bundle: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    home = Path(env["HOME"])
    installed = subprocess.run(
        ["bash", str(ROOT / "packaging" / "install.sh"), str(bundle)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    launcher = home / ".local" / "bin" / "broadsheet"
    out = subprocess.run(
        [str(launcher), "--self-test"], capture_output=True, text=True, env=env, timeout=180
    )
    assert out.returncode == 0, out.stdout + out.stderr  # the symlink finds the bundle's files
    removed = subprocess.run(
        ["bash", str(ROOT / "packaging" / "uninstall.sh")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert removed.returncode == 0, removed.stderr
    assert not (home / ".local" / "opt" / "broadsheet").exists()
    assert not launcher.exists()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_bundle_verifies_tls_with_its_ca_file(bundle: Path, tmp_path: Path) -> None:
    """RELIABILITY N8: a self-signed server is refused in words, which needs the CA file."""
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"https://127.0.0.1:{httpd.server_address[1]}/feed.xml"
        out = _run(bundle / "broadsheet", tmp_path, "--profile", str(tmp_path / "p"), "add", url)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert out.returncode != 0
    assert "self-signed certificate" in out.stderr, out.stderr


def _broken_copy(bundle: Path, tmp_path: Path, *remove: str) -> Path:
    copy = tmp_path / "broken"
    # Hard links: a full copy in a fraction of the time and space; removing files in the copy
    # leaves the original alone.
    subprocess.run(["cp", "-al", str(bundle), str(copy)], check=True)
    for part in remove:
        target = copy / part
        assert target.exists(), part
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    return copy


def test_a_bundle_without_lxml_fails_its_self_test(bundle: Path, tmp_path: Path) -> None:
    broken = _broken_copy(bundle, tmp_path, "_internal/lxml")
    out = _run(broken / "broadsheet", tmp_path, "--self-test")
    assert out.returncode != 0
    assert "FAILED" in out.stdout


def test_a_bundle_without_its_qt_platform_plugin_fails_the_window_smoke(
    bundle: Path, filled_profile: Path, tmp_path: Path
) -> None:
    broken = _broken_copy(
        bundle, tmp_path, "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so"
    )
    out = _smoke(broken / "broadsheet", tmp_path, filled_profile)
    assert out.returncode != 0
    assert "smoke: passed" not in out.stdout


def test_a_bundle_without_the_jpeg_plugin_shows_no_image(
    bundle: Path, filled_profile: Path, tmp_path: Path
) -> None:
    broken = _broken_copy(bundle, tmp_path, "_internal/PySide6/Qt/plugins/imageformats/libqjpeg.so")
    out = _smoke(broken / "broadsheet", tmp_path, filled_profile)
    assert "smoke: images served 0 of 1" in out.stdout, out.stdout


def test_bundle_ships_only_the_raster_image_decoders_it_shows(bundle: Path) -> None:
    """No SVG image plugin or SVG icon engine (a <use> bomb hangs it; issue 9 item 1), nor
    PDF/TIFF/ICNS/ICO/TGA/WBMP decoders; JPEG, GIF and WebP are there."""
    plugins = [
        path.relative_to(bundle).as_posix()
        for path in bundle.rglob("*")
        if path.parent.name in ("imageformats", "iconengines") and path.is_file()
    ]
    names = sorted(Path(p).name.lower() for p in plugins)
    assert [n for n in names if "svg" in n] == [], plugins
    assert [n for n in names if any(k in n for k in ("qjpeg", "qgif", "qwebp"))], plugins
    unexpected = [n for n in names if not any(k in n for k in ("qjpeg", "qgif", "qwebp"))]
    assert unexpected == [], plugins


def test_the_bundle_keeps_pyside6s_compiled_bootstrap_in_the_profile(
    bundle: Path, tmp_path: Path
) -> None:
    # packaging/rthook_qt_bootstrap.py imports PySide6 before PyInstaller's own hook does, with
    # the compile cache (reader/ui/qt_bootstrap.py): written once, then used as it is.
    profile = tmp_path / "profile"
    exe = bundle / "broadsheet"
    cache = profile / "cache" / "qt-bootstrap.bin"
    for _ in range(2):  # the first start makes the profile, the second writes the cache
        done = _run(exe, tmp_path, "--profile", str(profile), "feeds")
        assert done.returncode == 0, done.stdout + done.stderr
    written = cache.stat().st_mtime_ns
    done = _run(exe, tmp_path, "--profile", str(profile), "feeds")
    assert done.returncode == 0, done.stdout + done.stderr
    assert cache.stat().st_mtime_ns == written  # every answer came from it: not written again
