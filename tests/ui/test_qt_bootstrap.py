"""Importing PySide6 the start-up's way (reader/ui/qt_bootstrap.py): the cached ``compile``
answers exactly what ``compile`` would, and a cache file that is missing, damaged or not the
user's alone only means compiling, as before.

The import itself runs in child processes: this test process has PySide6 imported already.
"""

from __future__ import annotations

import ast
import marshal
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.ui import qt_bootstrap
from tests.pychild import run_python

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not hasattr(os, "getuid"), reason="the cache is used only where files have owners"
)

CHILD = """
import sys
from pathlib import Path
from reader.ui import qt_bootstrap
calls = []
real = compile
def counting(*args, **kwargs):
    calls.append(args[1] if len(args) > 1 else "?")
    return real(*args, **kwargs)
import builtins
builtins.compile = counting
qt_bootstrap.import_qt(Path(sys.argv[1]))
builtins.compile = real
from PySide6 import QtCore
from PySide6.support import feature
print("compiled", len(calls))
try:  # PySide6 lists the supported signatures through its bootstrap's parser
    QtCore.QTimer.singleShot("x", None)
except TypeError as exc:
    print("signature", " | ".join(str(exc).splitlines()))
print("scan", feature._mod_uses_pyside.__qualname__)
"""


def _child(folder: Path, *flags: str) -> dict[str, str]:
    done = run_python(CHILD, str(folder), flags=flags, env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(line.split(" ", 1) for line in done.stdout.splitlines())


def test_the_second_start_compiles_nothing_of_pyside6s_bootstrap(tmp_path: Path) -> None:
    first = _child(tmp_path)
    cache = tmp_path / qt_bootstrap.CACHE_NAME
    assert int(first["compiled"]) > 5  # the bootstrap's files, compiled and kept
    assert cache.stat().st_mode & 0o777 == 0o600
    written = cache.stat().st_mtime_ns
    second = _child(tmp_path)
    assert second["compiled"] == "0"
    assert "Supported signatures" in first["signature"]
    assert second["signature"] == first["signature"]  # PySide6's signatures work from the cache
    assert second["scan"].endswith("uses_pyside")  # the source scan is still spared
    assert cache.stat().st_mtime_ns == written  # nothing new: not written again


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"garbage",
        qt_bootstrap._HEADER,
        qt_bootstrap._HEADER + b"\x00" * 4096,
        b"\x00" * 4096,
    ],
    ids=["half", "garbage", "header only", "header and zeros", "zeros"],
)
def test_a_damaged_cache_only_means_compiling(tmp_path: Path, damage: bytes) -> None:
    _child(tmp_path)
    cache = tmp_path / qt_bootstrap.CACHE_NAME
    whole = cache.read_bytes()
    cache.write_bytes(damage if damage else whole[: len(whole) // 2])
    again = _child(tmp_path)
    assert int(again["compiled"]) > 5
    assert cache.read_bytes() == whole  # made again, whole


def test_what_pyside6_no_longer_compiles_leaves_the_cache(tmp_path: Path) -> None:
    # After an upgrade of PySide6 the old bootstrap's code would otherwise stay for ever.
    _child(tmp_path)
    cache = tmp_path / qt_bootstrap.CACHE_NAME
    codes = qt_bootstrap._load(cache)
    stale: qt_bootstrap.Key = ("x = 1\n", "old/gone.py", "exec", 0, -1)
    qt_bootstrap._save(cache, {**codes, stale: compile("x = 1\n", "old/gone.py", "exec")})
    assert _child(tmp_path)["compiled"] == "0"
    assert list(qt_bootstrap._load(cache)) == list(codes)


def test_code_compiled_for_another_optimization_level_is_not_used(tmp_path: Path) -> None:
    _child(tmp_path)
    assert int(_child(tmp_path, "-O")["compiled"]) > 5  # -O drops asserts: other code
    assert _child(tmp_path, "-O")["compiled"] == "0"


def test_a_cache_others_can_write_is_not_used(tmp_path: Path) -> None:
    _child(tmp_path)
    cache = tmp_path / qt_bootstrap.CACHE_NAME
    cache.chmod(0o666)
    assert int(_child(tmp_path)["compiled"]) > 5


def test_without_a_cache_folder_pyside6_still_imports(tmp_path: Path) -> None:
    result = _child(tmp_path / "not made yet")
    assert int(result["compiled"]) > 5
    assert not (tmp_path / "not made yet").exists()


SOURCES = st.sampled_from(
    [
        "x = 1\n",
        "def f(a: int) -> list[int]:\n    return [a]\n",
        "class C:\n    y: 'Undefined'\n",
        "import os\nprint(os.sep)\n",
        "async def g():\n    await h()\n",
        "lambda: (yield)\n",
    ]
)


@given(source=SOURCES, name=st.sampled_from(["a.py", "pkg/b.py", "<string>"]))
def test_the_cached_compile_answers_what_compile_answers(source: str, name: str) -> None:
    codes: dict[qt_bootstrap.Key, Any] = {}
    cached = qt_bootstrap._cached_compile(compile, codes, codes)
    # Both called from this module, whose "from __future__ import annotations" both inherit.
    expected = compile(source, name, "exec")
    got = cached(source, name, "exec")
    assert marshal.dumps(got) == marshal.dumps(expected)
    assert cached(source, name, "exec") is got  # the second time from the cache
    plain = cached(source, name, "exec", dont_inherit=True)
    assert marshal.dumps(plain) == marshal.dumps(compile(source, name, "exec", dont_inherit=True))


def test_the_future_switches_of_the_caller_are_inherited() -> None:
    codes: dict[qt_bootstrap.Key, Any] = {}
    cached = qt_bootstrap._cached_compile(compile, codes, codes)
    source = "def f(a: Undefined) -> None: pass\nf(1)\nresult = f.__annotations__\n"
    space: dict[str, object] = {}
    exec(cached(source, "m.py", "exec"), space)  # would raise NameError without the switch
    assert space["result"] == {"a": "Undefined", "return": "None"}


def test_other_requests_go_to_compile_itself() -> None:
    codes: dict[qt_bootstrap.Key, Any] = {}
    cached = qt_bootstrap._cached_compile(compile, codes, codes)
    tree = cached("x = 1", "t.py", "exec", ast.PyCF_ONLY_AST)
    assert isinstance(tree, ast.Module)
    assert cached(ast.parse("y = 2"), "t.py", "exec").co_filename == "t.py"
    assert codes == {}  # neither was kept


def test_a_damaged_entry_or_one_that_is_no_code_is_no_cache(tmp_path: Path) -> None:
    codes: dict[qt_bootstrap.Key, Any] = {}
    qt_bootstrap._cached_compile(compile, codes, codes)("x = 1\n", "a.py", "exec")
    path = tmp_path / qt_bootstrap.CACHE_NAME
    qt_bootstrap._save(path, codes)
    whole = path.read_bytes()
    assert qt_bootstrap._decode(whole) != {}
    flipped = bytearray(whole)
    flipped[-20] ^= 0x01  # one bit inside a code object: marshal might still read it
    assert qt_bootstrap._decode(bytes(flipped)) == {}
    body = marshal.dumps({("x", "a.py", "exec", 0, 0): 42})
    not_code = qt_bootstrap._HEADER + qt_bootstrap._crc(body) + body
    assert qt_bootstrap._decode(not_code) == {}


def test_a_start_that_died_with_the_cache_makes_the_next_one_compile(tmp_path: Path) -> None:
    # A cache that makes PySide6's bootstrap abort (here: its loader exits the process) must
    # not stop every later start.
    _child(tmp_path)
    cache = tmp_path / qt_bootstrap.CACHE_NAME
    codes = qt_bootstrap._load(cache)
    key = next(k for k in codes if str(k[1]).endswith("loader.py"))
    codes[key] = compile("import os\nos._exit(3)\n", str(key[1]), "exec")
    qt_bootstrap._save(cache, codes)
    died = run_python(CHILD, str(tmp_path), env={"QT_QPA_PLATFORM": "offscreen"})
    assert died.returncode == 3
    assert (tmp_path / (qt_bootstrap.CACHE_NAME + qt_bootstrap.PENDING_SUFFIX)).exists()
    again = _child(tmp_path)
    assert int(again["compiled"]) > 5  # the cache was dropped, and made anew
    assert not (tmp_path / (qt_bootstrap.CACHE_NAME + qt_bootstrap.PENDING_SUFFIX)).exists()
    assert _child(tmp_path)["compiled"] == "0"


def test_a_pipe_a_device_or_a_huge_file_is_no_cache(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)  # nobody writes: reading it would block the start for ever
    device = tmp_path / "zeros"
    device.symlink_to("/dev/zero")  # reading it would never end
    huge = tmp_path / "huge"
    with huge.open("wb") as file:
        file.truncate(qt_bootstrap.MAX_CACHE_BYTES + 1)
    huge.chmod(0o600)
    found: list[object] = []
    reader = threading.Thread(
        target=lambda: found.extend(qt_bootstrap._load(p) for p in (pipe, device, huge, tmp_path)),
        daemon=True,
    )
    reader.start()
    reader.join(timeout=30)
    assert not reader.is_alive(), "blocked on what is at the cache's path"
    assert found == [{}, {}, {}, {}]


def test_a_good_cache_file_is_read_back(tmp_path: Path) -> None:
    codes: dict[qt_bootstrap.Key, Any] = {}
    qt_bootstrap._cached_compile(compile, codes, codes)("x = 1\n", "a.py", "exec")
    path = tmp_path / qt_bootstrap.CACHE_NAME
    qt_bootstrap._save(path, codes)
    back = qt_bootstrap._load(path)
    assert list(back) == list(codes)
    assert [marshal.dumps(c) for c in back.values()] == [marshal.dumps(c) for c in codes.values()]


@pytest.mark.parametrize("form", ["--profile DIR", "--profile=DIR", "--profile DIR URL"])
def test_the_window_keeps_the_cache_in_the_profile_it_was_given(tmp_path: Path, form: str) -> None:
    profile = tmp_path / "profile"
    (profile / "cache").mkdir(parents=True)
    args = form.replace("DIR", str(profile)).replace("URL", "https://example.org/").split(" ")
    code = "import sys; from reader import app; app.import_qt(sys.argv[1:])"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("BROADSHEET_PROFILE", None)
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, env=env, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert (profile / "cache" / qt_bootstrap.CACHE_NAME).is_file()


def test_what_a_start_killed_while_writing_left_is_swept(tmp_path: Path) -> None:
    leftover = tmp_path / f".{qt_bootstrap.CACHE_NAME}.999999999.0badc0de.tmp"  # no such process
    leftover.write_bytes(b"half a cache")
    _child(tmp_path)  # compiles, and writes the cache
    assert (tmp_path / qt_bootstrap.CACHE_NAME).is_file()
    assert not leftover.exists()
