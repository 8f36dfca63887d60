"""Where Broadsheet keeps its files; the only caller of platformdirs.

``--profile DIR`` or ``BROADSHEET_PROFILE`` puts data, cache, config and logs under one folder
(tests, benchmarks and portable installs use it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Broadsheet"
PROFILE_ENV = "BROADSHEET_PROFILE"


@dataclass(frozen=True)
class Paths:
    """The folders of one profile. Folders are created by :meth:`ensure`."""

    data: Path
    cache: Path
    config: Path
    log: Path

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
        """Create the folders if missing; returns ``self``."""
        for folder in (self.data, self.cache, self.config, self.log):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve(profile: str | os.PathLike[str] | None = None) -> Paths:
    """Paths for ``profile`` (or ``$BROADSHEET_PROFILE``), else the platform's folders."""
    chosen = profile if profile is not None else os.environ.get(PROFILE_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return Paths(
            data=root / "data", cache=root / "cache", config=root / "config", log=root / "log"
        )
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Paths(
        data=Path(dirs.user_data_dir),
        cache=Path(dirs.user_cache_dir),
        config=Path(dirs.user_config_dir),
        log=Path(dirs.user_log_dir),
    )
