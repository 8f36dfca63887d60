"""Logging set-up for the command line and the window: a rotating file in the profile.

Logging is never a reason to fail (RELIABILITY, issue 9): when the log file cannot be opened
(an unwritable or missing folder, a file where the folder should be), records go to stderr
instead, and that is said once there.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler

from reader.core.redact import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
NOISY = ("urllib3", "readability", "chardet", "charset_normalizer")
"""Libraries whose INFO records say nothing to us: WARNING and up only."""


def log_level() -> int:
    """INFO, or DEBUG with ``BROADSHEET_DEBUG=1``."""
    return logging.DEBUG if os.environ.get("BROADSHEET_DEBUG") else logging.INFO


def lower_root_level() -> None:
    """Let the root logger pass :func:`log_level` records (never raise a level set before)."""
    root = logging.getLogger()
    level = log_level()
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)


def setup_logging(log_file: os.PathLike[str] | str) -> logging.Handler:
    """Log to a rotating file (or stderr when it cannot be opened); returns the handler, which
    the caller removes and closes when done."""
    handler: logging.Handler
    try:
        handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as err:
        # Warnings only: stderr also carries the command line's progress and errors.
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        reason = err.strerror or str(err)
        print(
            f"broadsheet: cannot write the log file {log_file} ({reason}); logging warnings to stderr",
            file=sys.stderr,
        )
    handler.setFormatter(logging.Formatter(FORMAT))
    # Passwords and tokens in feed addresses never reach the log (issue 9 item 17).
    handler.addFilter(RedactingFilter())
    logging.getLogger().addHandler(handler)
    lower_root_level()
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler
