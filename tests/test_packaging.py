"""packaging/: the scripts parse, and install.sh / uninstall.sh put and remove exactly our files.

The install test uses a stand-in bundle (a shell script named ``broadsheet`` beside the real
resources) so it runs in the normal test suite; tests/test_bundle_smoke.py installs the real one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.broadsheet.Broadsheet"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SCRIPTS = ("build.sh", "install.sh", "uninstall.sh")


@pytest.mark.parametrize("name", SCRIPTS)
def test_shell_scripts_parse(name: str) -> None:
    out = subprocess.run(["bash", "-n", str(PACKAGING / name)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck not installed")
def test_shell_scripts_pass_shellcheck() -> None:
    paths = [str(PACKAGING / name) for name in SCRIPTS] + [str(ROOT / ".ci" / "bundle")]
    out = subprocess.run(["shellcheck", *paths], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout


def test_ci_stage_is_executable_and_calls_the_build() -> None:
    stage = ROOT / ".ci" / "bundle"
    assert os.access(stage, os.X_OK)
    text = stage.read_text(encoding="utf-8")
    assert "packaging/build.sh" in text and "tests/test_bundle_smoke.py" in text


def test_spec_compiles_and_keeps_the_bundle_layout() -> None:
    source = (PACKAGING / "broadsheet.spec").read_text(encoding="utf-8")
    compile(source, "broadsheet.spec", "exec")
    # reader.resources looks in sys._MEIPASS/reader/_resources; the spec must put them there.
    assert 'RESOURCES_DEST = os.path.join("reader", "_resources")' in source
    assert "prefix=RESOURCES_DEST" in source
    for unused in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f'"{unused}"' in source
    assert '"tkinter"' in source and '"tests"' in source


def _fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "dist" / "broadsheet"
    internal = bundle / "_internal" / "reader"
    internal.mkdir(parents=True)
    shutil.copytree(
        ROOT / "resources", internal / "_resources", ignore=shutil.ignore_patterns("*.py")
    )
    exe = bundle / "broadsheet"
    exe.write_text('#!/bin/sh\necho "broadsheet 0.1.0 (stand-in) $*"\n', encoding="utf-8")
    exe.chmod(0o755)
    return bundle


def _run(script: str, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PREFIX", "XDG_DATA_HOME")}
    base.update(HOME=str(home), **env)
    return subprocess.run(
        ["bash", str(PACKAGING / script), *args],
        capture_output=True,
        text=True,
        env=base,
        timeout=120,
    )


def _files(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() or p.is_symlink()
    )


def _installed(home: Path) -> dict[str, Path]:
    local = home / ".local"
    share = local / "share"
    return {
        "app": local / "opt" / "broadsheet" / "broadsheet",
        "launcher": local / "bin" / "broadsheet",
        "desktop": share / "applications" / f"{APP_ID}.desktop",
        "metainfo": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        **{
            f"png{size}": share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            for size in SIZES
        },
    }


def test_install_then_uninstall_in_a_temporary_home(tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    home.mkdir()
    bundle = _fake_bundle(tmp_path)
    out = _run("install.sh", home, str(bundle))
    assert out.returncode == 0, out.stdout + out.stderr
    paths = _installed(home)
    for name, path in paths.items():
        assert path.is_file(), name
    assert paths["launcher"].is_symlink()
    ran = subprocess.run([str(paths["launcher"]), "--version"], capture_output=True, text=True)
    assert "stand-in" in ran.stdout

    entry = paths["desktop"].read_text(encoding="utf-8")
    assert f'Exec="{paths["app"]}" %u' in entry
    assert f"TryExec={paths['app']}" in entry
    assert f"Icon={APP_ID}" in entry
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(paths["desktop"])], capture_output=True, text=True
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    if shutil.which("appstreamcli"):
        check = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(paths["metainfo"])],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout

    again = _run("install.sh", home, str(bundle))  # reinstalling over an install works
    assert again.returncode == 0, again.stderr
    # Files the desktop's cache tools made are not ours; everything else must go.
    ours = {str(p.relative_to(home)) for p in paths.values()}

    out = _run("uninstall.sh", home)
    assert out.returncode == 0, out.stdout + out.stderr
    left = [f for f in _files(home) if not f.endswith(("mimeinfo.cache", "icon-theme.cache"))]
    assert left == [], left
    assert not any((home / f).exists() for f in ours)
    assert not (home / ".local" / "opt" / "broadsheet").exists()


def test_prefix_and_xdg_data_home_are_honoured(tmp_path: Path) -> None:
    home, prefix, data = tmp_path / "home", tmp_path / "prefix", tmp_path / "xdg"
    home.mkdir()
    out = _run(
        "install.sh", home, str(_fake_bundle(tmp_path)), PREFIX=str(prefix), XDG_DATA_HOME=str(data)
    )
    assert out.returncode == 0, out.stderr
    assert (prefix / "opt" / "broadsheet" / "broadsheet").is_file()
    assert (prefix / "bin" / "broadsheet").is_symlink()
    assert (data / "applications" / f"{APP_ID}.desktop").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert _files(home) == []
    out = _run("uninstall.sh", home, PREFIX=str(prefix), XDG_DATA_HOME=str(data))
    assert out.returncode == 0, out.stderr
    assert not (prefix / "opt" / "broadsheet").exists()
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()


def test_uninstall_leaves_a_foreign_broadsheet_command_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    other = home / ".local" / "bin" / "broadsheet"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\n", encoding="utf-8")
    out = _run("uninstall.sh", home)
    assert out.returncode == 0, out.stderr
    assert other.is_file()
    assert "was not installed" in out.stdout


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p / "missing", "no bundle"),
        (lambda p: p, "not a Broadsheet bundle"),
    ],
)
def test_install_refuses_what_is_not_a_bundle(tmp_path: Path, make: object, words: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    target = make(tmp_path)  # type: ignore[operator]
    out = _run("install.sh", home, str(target))
    assert out.returncode != 0
    assert words in out.stderr
    assert not (home / ".local" / "opt" / "broadsheet").exists()


def test_install_refuses_a_bundle_that_does_not_run(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    bundle = _fake_bundle(tmp_path)
    (bundle / "broadsheet").write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    out = _run("install.sh", home, str(bundle))
    assert out.returncode != 0
    assert "does not run" in out.stderr
    assert _files(home) == []
