"""``broadsheet --self-test``: the library versions this build runs on, and a few live checks.

Fails (exit 1) on combinations known to be broken (RELIABILITY.md requirement 7), on a SQLite
without FTS5, and when a feed cannot be parsed or a page simplified, in this process and in a
worker process (so a frozen bundle whose process pool is broken fails here). Never loads Qt:
versions come from the installed distributions' metadata.
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import platform
import pyexpat
import re
import sqlite3
import sys
from datetime import UTC, datetime
from typing import Any

from reader import __version__

_FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Self-test</title>'
    b"<link>https://example.org/</link><item><title>One</title><guid>1</guid>"
    b"<link>https://example.org/1</link><description>Hello</description></item></channel></rss>"
)
_PAGE = (
    "<html><head><title>Self-test page</title></head><body><nav>Home | News</nav><article>"
    "<h1>Self-test page</h1>"
    + "<p>Broadsheet checks that its reader view works on this build of its libraries. " * 3
    + "</p>" * 1
    + "<p>A second paragraph keeps the extractor honest about what an article looks like.</p>"
    "</article><script>alert(1)</script></body></html>"
)


def _dist_version(*names: str) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def _numbers(version: str | None) -> tuple[int, ...]:
    if not version:
        return ()
    return tuple(int(n) for n in re.findall(r"\d+", version)[:3])


def collect(
    python: tuple[int, int] | None = None,
) -> tuple[dict[str, str | None], list[str], list[str]]:
    """(versions, problems that fail the test, warnings); ``python`` overrides our version."""
    problems: list[str] = []
    warnings: list[str] = []
    versions: dict[str, str | None] = {
        "broadsheet": __version__,
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "expat": pyexpat.EXPAT_VERSION.removeprefix("expat_"),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        # The imports below are the checks themselves: a library missing from a build is
        # reported as a problem instead of stopping the self-test.
        from lxml import etree

        versions["lxml"] = ".".join(map(str, etree.LXML_VERSION[:3]))
        versions["libxml2"] = ".".join(map(str, etree.LIBXML_VERSION))
    except ImportError as err:
        problems.append(f"lxml cannot be imported: {err}")
    for key, names in (
        ("urllib3", ("urllib3",)),
        ("requests", ("requests",)),
        ("feedparser", ("feedparser",)),
        ("readability-lxml", ("readability-lxml",)),
        ("nh3", ("nh3",)),
        ("defusedxml", ("defusedxml",)),
        ("platformdirs", ("platformdirs",)),
        ("PySide6", ("PySide6-Essentials", "PySide6")),
    ):
        versions[key] = _dist_version(*names)

    if _numbers(versions["expat"]) < (2, 6):
        warnings.append(f"expat {versions['expat']} is older than 2.6 (entity hardening)")
    urllib3 = _numbers(versions["urllib3"])
    if urllib3 and urllib3 < (2, 6):
        problems.append(f"urllib3 {versions['urllib3']} is older than 2.6")
    pyside = _numbers(versions["PySide6"])
    if pyside[:2] == (6, 12) and (python or sys.version_info[:2]) < (3, 12):
        problems.append(
            f"PySide6 {versions['PySide6']} on Python {platform.python_version()} aborts the "
            "process after a few thousand Qt calls; use PySide6 < 6.12 or Python >= 3.12"
        )
    elif versions["PySide6"] is None:
        warnings.append("PySide6 not found: the window cannot open (the command line works)")
    try:
        connection = sqlite3.connect(":memory:")
        connection.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        connection.close()
    except sqlite3.Error as err:
        problems.append(f"SQLite has no FTS5 (search would not work): {err}")
    return versions, problems, warnings


def live_checks() -> list[str]:
    """Parse a feed and simplify a page here and in a worker process; returns problems."""
    problems: list[str] = []
    try:
        from reader.core.feeds.parse import parse_feed

        parsed = parse_feed(
            _FEED, "https://example.org/feed", "application/rss+xml", now=datetime.now(UTC)
        )
        if len(parsed.entries) != 1:
            problems.append(f"feed parser found {len(parsed.entries)} entries instead of 1")
    except Exception as err:
        problems.append(f"feed parser failed: {type(err).__name__}: {err}")
    try:
        from reader.core.simplify.pipeline import simplify

        page = simplify(_PAGE, "https://example.org/1")
        if "alert" in page.html or "Broadsheet checks" not in page.text:
            problems.append("reader view gave an unexpected result")
    except Exception as err:
        problems.append(f"reader view failed: {type(err).__name__}: {err}")
    try:
        from reader.usecases.pool import new_process_executor

        # Started as the refresh starts its workers (spawn in the bundle), but never falling
        # back to this process: a build whose processes cannot start fails here.
        with new_process_executor(1) as pool:
            result = pool.submit(
                parse_feed,
                _FEED,
                "https://example.org/feed",
                "application/rss+xml",
                now=datetime.now(UTC),
            ).result(timeout=60)
        if len(result.entries) != 1:
            problems.append("worker process gave a wrong result")
    except Exception as err:
        problems.append(f"worker process failed: {type(err).__name__}: {err}")
    return problems


def run_self_test(*, as_json: bool = False) -> int:
    """Print the report; returns 0 when nothing known-bad was found, else 1."""
    versions, problems, warnings = collect()
    problems += live_checks()
    if as_json:
        report: dict[str, Any] = {
            "versions": versions,
            "warnings": warnings,
            "problems": problems,
            "ok": not problems,
        }
        print(json.dumps(report, indent=2))
    else:
        width = max(len(k) for k in versions)
        for key, value in versions.items():
            print(f"{key:<{width}}  {value or 'not installed'}")
        for warning in warnings:
            print(f"warning: {warning}")
        for problem in problems:
            print(f"problem: {problem}")
        print("self-test: " + ("ok" if not problems else "FAILED"))
    return 0 if not problems else 1
