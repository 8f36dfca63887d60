"""Typed reading and application settings with defaults; load and save as JSON.

No Qt here: the window applies the values, this module only validates and persists them.
Loading never raises: a missing or corrupt file gives the defaults, unknown keys are ignored and
out-of-range values are clamped or replaced by the default. Saving is atomic (temp file, fsync,
rename), so a crash never leaves half a settings file.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from reader import notices, paths
from reader.core.jsontext import load_json
from reader.profilefile import NotAFile, TooLarge, read_limited
from reader.store import temps

log = logging.getLogger(__name__)

FONT_SIZES: tuple[int, ...] = (13, 14, 15, 16, 17, 18, 20, 22, 24, 26, 28)
"""Article font sizes in px, the steps of Ctrl+Plus / Ctrl+Minus."""
DEFAULT_FONT_SIZE = 18

READING_MODES: tuple[str, ...] = ("light", "sepia", "dark", "contrast", "system")
"""``contrast`` is the high-contrast mode; ``system`` follows the desktop (its high-contrast
setting included, see reader/ui/themes.py)."""
LINE_WIDTHS: tuple[str, ...] = ("narrow", "medium", "wide")
REFRESH_INTERVALS: tuple[int, ...] = (0, 15, 30, 60, 120)
"""Minutes between automatic refreshes; 0 is off."""
MARK_READ_DELAYS: tuple[int, ...] = (0, 2, 5, 10, 30, -1)
"""Seconds before an opened article is marked read; 0 at once, -1 never."""
CACHE_MB_MIN = 50
CACHE_MB_MAX = 100_000
DOWNLOAD_MB_MIN = 1
DOWNLOAD_MB_MAX = 1_000_000
GENERIC_FAMILIES: tuple[str, ...] = ("serif", "sans")
_MAX_FAMILY_LEN = 200
_MAX_WINDOW_ENTRIES = 64
_MAX_WINDOW_VALUE = 100_000
_MAX_MUTED = 100_000
MAX_SETTINGS_BYTES = 16 * 1024 * 1024
"""The largest settings file read: the biggest valid one (every window entry and muted feed
at its cap) is under 8 MiB; a bigger one is damaged, and was read whole (300 MB: 900 MB)."""


# A NamedTuple, not a frozen dataclass: the window loads its settings before its first frame,
# where the dataclass of these 23 fields cost ~1.8 ms to create and the NamedTuple ~0.5 ms.
class Settings(NamedTuple):
    """Every user setting. Immutable: use :meth:`with_changes` to derive a new one."""

    reading_mode: str = "system"
    font_size: int = DEFAULT_FONT_SIZE
    font_family: str = "serif"
    """``"serif"``, ``"sans"`` or the name of an installed font family."""
    line_width: str = "medium"
    language: str = "en"
    article_language: str = ""
    """The language articles are shown in when their site publishes that edition: ``""``
    follows the interface language, ``"original"`` shows every article as published, else a
    BCP 47 tag (``hi``, ``pt-BR``)."""
    refresh_on_start: bool = False
    refresh_interval_min: int = 0
    cache_max_mb: int = 500
    mark_read_delay_s: int = 0
    """0 marks an opened article read at once, N > 0 after N seconds, -1 never."""
    download_folder: str = ""
    """Where enclosures are downloaded; ``""``: the desktop's downloads folder (see
    :func:`download_folder`)."""
    download_max_mb: int = 1024
    """The size cap of one download (a larger declared length is refused before it starts)."""
    window: Mapping[str, str] = MappingProxyType({})
    """The window's UI state (base64 geometry, splitter sizes, column widths)."""
    close_to_tray: bool = True
    """Closing the window hides it in the tray (only where a tray exists: the window checks)."""
    start_hidden: bool = False
    """Start in the tray, the window hidden (only where a tray exists)."""
    autostart: bool = False
    """Start with the desktop session (an XDG autostart entry on Linux)."""
    notify: bool = True
    """One desktop notification per refresh that brought new articles."""
    notify_muted_feeds: tuple[int, ...] = ()
    """Feeds whose new articles never notify (per-feed opt-out)."""
    quiet_hours: bool = False
    quiet_from_h: int = 22
    """Quiet hours (no notifications) from this hour (local time, 0-23)..."""
    quiet_to_h: int = 7
    """...to this hour; from > to spans midnight."""

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied and validated (bad values fall back or are clamped)."""
        return _validated(self._replace(**changes))

    def bigger_font(self) -> Settings:
        """The next font size step up (unchanged at the largest)."""
        bigger = [s for s in FONT_SIZES if s > self.font_size]
        return self.with_changes(font_size=bigger[0]) if bigger else self

    def smaller_font(self) -> Settings:
        """The next font size step down (unchanged at the smallest)."""
        smaller = [s for s in FONT_SIZES if s < self.font_size]
        return self.with_changes(font_size=smaller[-1]) if smaller else self

    def default_font(self) -> Settings:
        """The default font size."""
        return self.with_changes(font_size=DEFAULT_FONT_SIZE)

    def wanted_article_language(self) -> str:
        """The article language in effect: a tag, or ``"original"``."""
        return self.article_language or self.language

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = self._asdict()
        data["window"] = dict(self.window)
        return data


def _nearest(value: int, choices: tuple[int, ...]) -> int:
    return min(choices, key=lambda c: (abs(c - value), c))


def _as_int(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value == value and abs(value) < 1e12:
        return int(value)
    return default


def _validated(s: Settings) -> Settings:
    """``s`` with every field checked; a bad value becomes the default or the nearest good one."""
    d = Settings()
    mode = s.reading_mode if s.reading_mode in READING_MODES else d.reading_mode
    width = s.line_width if s.line_width in LINE_WIDTHS else d.line_width
    size = _nearest(_as_int(s.font_size, d.font_size), FONT_SIZES)
    family = s.font_family if isinstance(s.font_family, str) else d.font_family
    family = "".join(ch for ch in family if ch.isprintable()).strip()[:_MAX_FAMILY_LEN]
    family = family or d.font_family
    language = s.language if isinstance(s.language, str) else d.language
    if not (0 < len(language) <= 16 and all(ch.isalnum() or ch in "_-" for ch in language)):
        language = d.language
    article_language = s.article_language if isinstance(s.article_language, str) else ""
    if len(article_language) > 35 or not all(
        ch.isascii() and (ch.isalnum() or ch in "_-") for ch in article_language
    ):
        article_language = d.article_language
    interval = _nearest(_as_int(s.refresh_interval_min, 0), REFRESH_INTERVALS)
    cache_mb = min(max(_as_int(s.cache_max_mb, d.cache_max_mb), CACHE_MB_MIN), CACHE_MB_MAX)
    delay = _as_int(s.mark_read_delay_s, d.mark_read_delay_s)
    delay = -1 if delay < 0 else min(delay, 3600)
    start = s.refresh_on_start if isinstance(s.refresh_on_start, bool) else d.refresh_on_start
    folder = s.download_folder if isinstance(s.download_folder, str) else ""
    folder = folder if folder.isprintable() and len(folder) <= 4096 else ""
    download_mb = _as_int(s.download_max_mb, d.download_max_mb)
    download_mb = min(max(download_mb, DOWNLOAD_MB_MIN), DOWNLOAD_MB_MAX)
    window: dict[str, str] = {}
    if isinstance(s.window, Mapping):
        for key, value in list(s.window.items())[:_MAX_WINDOW_ENTRIES]:
            if isinstance(key, str) and isinstance(value, str) and len(value) <= _MAX_WINDOW_VALUE:
                window[key] = value
    return _validated_background(s, d)._replace(
        reading_mode=mode,
        font_size=size,
        font_family=family,
        line_width=width,
        language=language,
        article_language=article_language,
        refresh_on_start=start,
        refresh_interval_min=interval,
        cache_max_mb=cache_mb,
        mark_read_delay_s=delay,
        download_folder=folder,
        download_max_mb=download_mb,
        window=window,
    )


def download_folder(settings: Settings) -> Path:
    """The folder downloads go to: the chosen one, else the desktop's downloads folder."""
    if settings.download_folder:
        return Path(settings.download_folder).expanduser()
    return paths.downloads_dir()


def _flag(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def _validated_background(s: Settings, d: Settings) -> Settings:
    """The tray and notification settings of ``s`` checked (the rest left at their defaults)."""
    muted = s.notify_muted_feeds if isinstance(s.notify_muted_feeds, list | tuple) else ()
    ids = tuple(sorted({v for v in muted if isinstance(v, int) and not isinstance(v, bool)}))
    return Settings(
        close_to_tray=_flag(s.close_to_tray, d.close_to_tray),
        start_hidden=_flag(s.start_hidden, d.start_hidden),
        autostart=_flag(s.autostart, d.autostart),
        notify=_flag(s.notify, d.notify),
        notify_muted_feeds=ids[:_MAX_MUTED],
        quiet_hours=_flag(s.quiet_hours, d.quiet_hours),
        quiet_from_h=_as_int(s.quiet_from_h, d.quiet_from_h) % 24,
        quiet_to_h=_as_int(s.quiet_to_h, d.quiet_to_h) % 24,
    )


def settings_from_dict(data: object) -> Settings:
    """Settings from a decoded JSON value; unknown keys ignored, bad values repaired."""
    if not isinstance(data, dict):
        return Settings()
    known = set(Settings._fields)
    kwargs = {k: v for k, v in data.items() if k in known}
    try:
        raw = Settings(**kwargs)
    except TypeError:  # pragma: no cover - every field has a default
        return Settings()
    return _validated(raw)


def load_settings(path: Path) -> Settings:
    """The settings stored at ``path``; defaults when it is missing or unreadable. Never raises.

    A damaged file (not JSON, not UTF-8, not an object) is kept beside as
    ``settings.json.damaged-<time>`` before anything can overwrite it, and the user is told
    once (:mod:`reader.notices`).
    """
    path = Path(path)
    temps.sweep(path.parent)
    try:
        raw = read_limited(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return Settings()
    except TooLarge as exc:
        log.warning("settings file %s is damaged (%s); using defaults", path, exc.strerror)
        _keep_damaged(path)
        return Settings()
    except OSError as exc:
        log.warning("cannot read settings %s: %s; using defaults", path, exc)
        if isinstance(exc, NotAFile):
            notices.say(
                f"the settings file cannot be read ({exc.strerror}): {path}; the defaults are used"
            )
        return Settings()
    try:
        data = load_json(raw.decode("utf-8"))  # a lone "\ud800" could never be saved again
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (ValueError, RecursionError) as exc:
        log.warning("settings file %s is damaged (%s); using defaults", path, exc)
        _keep_damaged(path)
        return Settings()
    return settings_from_dict(data)


def _keep_damaged(path: Path) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        path.rename(aside)
    except OSError as exc:
        log.warning("could not keep the damaged settings %s aside: %s", path, exc)
        return
    notices.say(
        f"the settings file was damaged; the defaults are used and the file was kept as {aside}"
    )


def save_settings(path: Path, settings: Settings) -> None:
    """Write ``settings`` to ``path`` atomically (temp file in the same folder, fsync, replace).

    Raises ``OSError`` when the folder cannot be written (the caller shows it).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(settings.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)
    # The temporary is named after this process: a crash's leftover is swept at the next load.
    temps.write_replacing(path, (payload + "\n").encode("utf-8"))
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
