"""Where Broadsheet keeps its files; the only caller of platformdirs.

``--profile DIR`` or ``BROADSHEET_PROFILE`` puts data, cache, config and logs under one folder
(tests, benchmarks and portable installs use it).
"""

from __future__ import annotations

import contextlib
import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from reader import notices

APP_NAME = "Broadsheet"
PROFILE_ENV = "BROADSHEET_PROFILE"


# A NamedTuple, not a frozen dataclass: the window's start loads it before its first frame,
# where a dataclass costs ~5 M instructions (~1 ms) to create and a NamedTuple a tenth of that.
class Paths(NamedTuple):
    """The folders of one profile. Folders are created by :meth:`ensure`."""

    data: Path
    cache: Path
    config: Path
    log: Path
    root: Path | None = None
    """The ``--profile`` folder holding the four (None for the platform's folders)."""

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.data / "broadsheet.sqlite3"

    @property
    def settings_file(self) -> Path:
        """The settings file (JSON)."""
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        """The rotating log file."""
        return self.log / "broadsheet.log"

    def ensure(self) -> Paths:
        """Create the folders if missing, the user's alone (0700, issue 9.17); returns ``self``.

        A file where a folder should be is moved aside (kept, and the user is told where) and
        the folder made; a folder that cannot be made is left for its first use to report.
        """
        private_files()
        if self.root is not None:  # made private when new; an existing one is the user's
            with contextlib.suppress(OSError):
                self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        for folder in (self.data, self.cache, self.config, self.log):
            make_folder(folder)
        return self


def private_files() -> None:
    """New files and folders of this process are the user's alone (umask 077)."""
    if os.name == "posix":
        os.umask(0o077)


def move_aside(obstacle: Path) -> Path | None:
    """Rename a file standing where a folder should be to ``<name>.obstacle-<time>`` beside
    it, and tell the user where it went; None when it could not be moved."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = obstacle.with_name(f"{obstacle.name}.obstacle-{stamp}")
    try:
        obstacle.rename(aside)
    except OSError:
        return None
    notices.say(f"a file stood where the folder {obstacle} belongs; it was kept as {aside}")
    return aside


def make_folder(folder: Path) -> None:
    """``folder`` (and its parents) as a folder of mode 0700; an obstacle is moved aside."""
    with contextlib.suppress(OSError):
        if folder.exists() and not folder.is_dir():
            move_aside(folder)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and folder.stat().st_mode & 0o077:
            folder.chmod(0o700)


def blocked_folder(folder: Path) -> Path | None:
    """The nearest existing one of ``folder`` and its parents when it is not a folder (a
    profile path given as a file's), else ``None``: SQLite only says "unable to open
    database file", the file system "Not a directory"."""
    for candidate in (folder, *folder.parents):
        try:
            mode = candidate.stat().st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue  # missing, or under a file: the file is found further up
        except (OSError, ValueError):
            return None
        return None if stat.S_ISDIR(mode) else candidate
    return None


def split_args(args: list[str]) -> tuple[str | None, list[str]]:
    """``--profile DIR`` (or ``--profile=DIR``) and the rest, files or addresses to open.

    By hand: an ``argparse`` parser costs a few milliseconds of the start-up (its gettext
    look-ups), for one option.
    """
    profile: str | None = None
    rest: list[str] = []
    items = iter(args)
    for arg in items:
        if arg == "--profile":
            profile = next(items, None)
        elif arg.startswith("--profile="):
            profile = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return profile, rest


def resolve(profile: str | os.PathLike[str] | None = None) -> Paths:
    """Paths for ``profile`` (or ``$BROADSHEET_PROFILE``), else the platform's folders."""
    chosen = profile if profile is not None else os.environ.get(PROFILE_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return Paths(
            data=root / "data",
            cache=root / "cache",
            config=root / "config",
            log=root / "log",
            root=root,
        )
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Paths(
        data=Path(dirs.user_data_dir),
        cache=Path(dirs.user_cache_dir),
        config=Path(dirs.user_config_dir),
        log=Path(dirs.user_log_dir),
    )


def downloads_dir() -> Path:
    """The desktop's downloads folder (``XDG_DOWNLOAD_DIR`` on Linux), else ``~/Downloads``."""
    try:
        import platformdirs  # here: only a download needs it (start-up time)

        return Path(platformdirs.user_downloads_dir())
    except Exception:  # an odd user-dirs file must not stop a download
        return Path.home() / "Downloads"


def clear_way(root: Path, folders: list[Path]) -> None:
    """Move aside every file standing where ``root`` or a folder between it and one of
    ``folders`` should be (see :func:`move_aside`)."""
    wanted = {root}
    for folder in folders:
        if folder.is_relative_to(root):
            parts = folder.relative_to(root).parts
            wanted.update(root.joinpath(*parts[: n + 1]) for n in range(len(parts)))
    for folder in sorted(wanted, key=lambda p: len(p.parts)):
        with contextlib.suppress(OSError):
            if folder.exists() and not folder.is_dir():
                move_aside(folder)
