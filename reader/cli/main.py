"""The ``broadsheet`` command line: the same core as the window, without one (never imports Qt).

``broadsheet [--profile DIR] [--json] COMMAND ...``; ``--json`` is accepted before and after the
command. Errors are one line ``broadsheet: error: <words>`` on stderr with exit status 1 (2 for
usage). The commands themselves live in :mod:`reader.cli.commands`; the checks behind
``--self-test`` in :mod:`reader.selftest`.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from reader import __version__, instance, notices
from reader import paths as paths_module
from reader.cli.numbers import jobs
from reader.cli.numbers import positive as _positive
from reader.errors import ReaderError
from reader.logs import setup_logging

if TYPE_CHECKING:
    from reader.instance import InstanceLock

log = logging.getLogger(__name__)

COMMANDS = (
    "add", "remove", "feeds", "import", "export", "refresh", "articles", "show",
    "read", "unread", "star", "unstar", "search", "simplify", "account", "sync",
)  # fmt: skip

WRITING_COMMANDS = frozenset(
    {"add", "remove", "import", "refresh", "read", "unread", "star", "unstar", "account", "sync"}
)
"""Commands that write the profile: they take its single-instance lock (``show`` takes it
itself, only when it must simplify an article)."""

_FLAGS = ("-h", "--help", "--version", "--self-test")


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line, as every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"broadsheet: error: {message} (see broadsheet --help)\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of the ``broadsheet`` command; with ``only`` (a name in
    :data:`COMMANDS`), that command's arguments alone: the others are listed, empty (a refresh
    run from cron or the bench built the 15 parsers it does not use and imported the account
    commands for theirs, ~5 ms of its start)."""
    parser = _Parser(
        prog="broadsheet",
        description="A desktop news reader. Without a command, opens the window.",
        epilog="FEED is a feed's id or URL; ARTICLE is an article's id (see `articles`).",
    )
    parser.add_argument("--profile", metavar="DIR", help="keep data, cache and config under DIR")
    parser.add_argument("--json", action="store_true", help="print data as JSON")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="check the libraries this build runs on"
    )
    # The same options after the command; SUPPRESS keeps the value given before it.
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="as JSON")
    common.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS, help="profile")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        if only is not None and name != only:
            sub.add_parser(name, help=help, add_help=False)  # named in --help, never parsed
            return _Parser(add_help=False)  # what the caller adds goes nowhere
        return sub.add_parser(name, parents=[common], help=help, description=help)

    p = command("add", "subscribe to a feed, or to the feed a web page announces")
    p.add_argument("url", metavar="URL")
    p.add_argument("--folder", metavar="NAME", help="put it in this folder (created if missing)")
    p.add_argument("--pick", metavar="N", type=_positive, help="the Nth feed the page offers")
    p = command("remove", "unsubscribe from a feed and delete its articles")
    p.add_argument("feed", metavar="FEED")
    command("feeds", "list the subscriptions")
    p = command("import", "import subscriptions from an OPML file (- for stdin)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--folder", metavar="NAME", help="import into this folder")
    p = command("export", "write the subscriptions as OPML (to stdout without FILE)")
    p.add_argument("file", metavar="FILE", nargs="?")
    p = command("refresh", "fetch feeds, then simplify the new articles' pages")
    p.add_argument("feeds", metavar="FEED", nargs="*", help="only these feeds")
    p.add_argument("--feeds-only", action="store_true", help="do not fetch article pages")
    p.add_argument("--jobs", metavar="N", type=jobs, help="processes for parsing and simplifying")
    _add_article_commands(command)
    if only is None or only in ("account", "sync"):
        from reader.cli.accounts import add_arguments  # sync accounts: their own module

        add_arguments(command)
    else:
        command("account", "add, list or remove sync accounts (Fever, Google Reader API)")
        command("sync", "sync with the accounts' servers, then simplify new articles' pages")
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names (the first word that is not an option or ``--profile``'s
    value), when it is one of :data:`COMMANDS`."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--profile":
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _add_article_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """The commands about articles (``command(name, help)`` adds one)."""
    p = command("articles", "list articles, newest first")
    p.add_argument("--feed", metavar="FEED", help="only this feed's")
    p.add_argument("--unread", action="store_true", help="only unread ones")
    p.add_argument("--starred", action="store_true", help="only starred ones")
    p.add_argument("--limit", metavar="N", type=_positive, help="at most N")
    p = command("show", "print an article's simplified text")
    p.add_argument("article", metavar="ARTICLE", type=_positive)
    p.add_argument("--format", choices=("text", "html", "json"), default="text")
    for name, words in (
        ("read", "mark an article read"),
        ("unread", "mark an article unread"),
        ("star", "star an article"),
        ("unstar", "remove an article's star"),
    ):
        command(name, words).add_argument("article", metavar="ARTICLE", type=_positive)
    p = command("search", "full-text search over titles and text")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", metavar="N", type=_positive, default=200, help="at most N")
    p = command("simplify", "print the reader view of one page (nothing is subscribed)")
    p.add_argument("target", metavar="URL_OR_FILE")
    p.add_argument("--format", choices=("text", "html", "json"), default="text")
    p.add_argument("--url", metavar="URL", help="the page's address, for a FILE's relative links")


def wants_cli(argv: Sequence[str]) -> bool:
    """True when the arguments name a command (or ask for help/version) rather than the window."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _FLAGS:
            return True
        if arg == "--profile":
            skip = True
        elif not arg.startswith("-"):
            return arg in COMMANDS
    return False


def main(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status."""
    parser = build_parser(command_named(argv))
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # --help, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else 2
    _tolerant_output()
    if args.version:
        print(f"broadsheet {__version__}")
        return 0
    if args.self_test:
        # Imported here, as the commands below, for start-up time: ``--version`` and ``--help``
        # load neither the self-test nor the store.
        from reader.selftest import run_self_test

        return run_self_test(as_json=args.json)
    if not args.command:
        parser.print_help()
        return 2

    notices.take()  # only this command's notices are printed at its end
    _quick_exit_once()
    handler: logging.Handler | None = None
    lock: InstanceLock | None = None
    try:
        paths = _profile(args.profile)
        handler = setup_logging(paths.log_file)  # never fails: stderr when the file cannot open
        if args.command in WRITING_COMMANDS:
            # One writer per profile (RELIABILITY S4): refuse in words while another runs.
            lock = instance.acquire(paths.data)
        from reader.cli.commands import run  # start-up time, see --self-test above

        return run(args, paths)
    except KeyboardInterrupt:
        print("broadsheet: interrupted", file=sys.stderr)
        return 130
    except ReaderError as err:
        return fail(str(err))
    except BrokenPipeError:
        # Whoever read the output went away (``broadsheet articles | head -1``): stop quietly,
        # as cat and git do, with the status of a process ended by SIGPIPE.
        _drop_stdout()
        return 141
    except OSError as err:
        where = f": {err.filename}" if err.filename else ""
        return fail(f"{err.strerror or err}{where}")
    except Exception as err:
        log.exception("command %s failed", args.command)
        return fail(f"internal error ({type(err).__name__}: {err}); details in the log file")
    finally:
        for words in notices.take():  # told once: a damaged settings file, a moved obstacle
            print(f"broadsheet: note: {' '.join(words.split())}", file=sys.stderr)
        if lock is not None:
            lock.release()
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            with contextlib.suppress(OSError):  # a full disk: the data was printed already
                handler.close()


def _profile(profile: str | None) -> paths_module.Paths:
    """The profile's folders, made; ReaderError when its path runs through a file (before,
    three lines of log warnings and "cannot open the database: Not a directory")."""
    paths = paths_module.resolve(profile)
    if paths.root is not None and (blocked := paths_module.blocked_folder(paths.root)):
        raise ReaderError(f"the profile cannot be made: {blocked} is a file, not a folder")
    return paths.ensure()


_quick_exit: list[bool] = []


def _quick_exit_once() -> None:
    """At the process's exit, skip the interpreter's last garbage collection over everything
    the command loaded (the modules' objects are freed all the same; what only a reference
    cycle still held is left to the operating system, as the process ends): 20-50 ms of a
    ``refresh --feeds-only`` went to it, after its work was done (lone import of the refresh's
    modules, then exit: 31 -> 10 ms). Files, the database and the log are closed before then
    by the command itself and by the handlers that ``atexit`` runs after this one."""
    if not _quick_exit:
        _quick_exit.append(True)
        atexit.register(gc.freeze)


def fail(message: str, status: int = 1) -> int:
    """Print ``broadsheet: error: <message>`` on stderr (one line); returns ``status``."""
    print(f"broadsheet: error: {' '.join(message.split())}", file=sys.stderr)
    return status


def _drop_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush of what
    is still buffered does not fail again ("Exception ignored ... BrokenPipeError")."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _tolerant_output() -> None:
    """Never die on a title the terminal's encoding cannot show."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")
