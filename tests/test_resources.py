"""Resources: the icon set, the desktop entry and AppStream file, and where they are found.

reader.resources must find the same files in a source checkout and in an installed wheel (this
file), and in the PyInstaller bundle (tests/test_bundle_smoke.py).
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from reader.resources import resource_dir, resource_path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.broadsheet.Broadsheet"
DESKTOP = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _icons_module() -> ModuleType:
    # packaging/ is not a package (it would shadow the PyPI "packaging"): load the file by path.
    spec = importlib.util.spec_from_file_location("broadsheet_icons", ROOT / "packaging/icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


# -- the source checkout ----------------------------------------------------------------------


def test_checkout_resources_found() -> None:
    assert resource_dir() == ROOT / "resources"
    assert resource_path("icons", "broadsheet.svg").is_file()
    assert resource_path("desktop", f"{APP_ID}.desktop").is_file()


def test_png_icons_have_their_sizes() -> None:
    icons = _icons_module()
    for size in SIZES:
        data = (ROOT / "resources" / "icons" / f"broadsheet-{size}.png").read_bytes()
        assert icons.png_size(data) == (size, size)


def test_png_icons_match_the_svg_master() -> None:
    """The committed PNGs are what the SVG renders to (re-render after editing the SVG)."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "icons.py"), "render", "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr


def test_svg_master_is_square_and_titled() -> None:
    root = ET.parse(ROOT / "resources" / "icons" / "broadsheet.svg").getroot()
    assert root.get("viewBox") == "0 0 512 512"
    assert root.find("{http://www.w3.org/2000/svg}title") is not None


def test_ico_and_icns_round_trip() -> None:
    icons = _icons_module()
    pngs = icons.load_pngs(icons.ICO_SIZES)
    entries = icons.read_ico(icons.build_ico(pngs))
    assert [size for size, _ in entries] == sorted(icons.ICO_SIZES)
    assert all(data == pngs[size] for size, data in entries)
    pngs = icons.load_pngs((16, 32, 64, 128, 256, 512))
    elements = dict(icons.read_icns(icons.build_icns(pngs)))
    assert elements[b"ic09"] == pngs[512]
    assert elements[b"icp4"] == pngs[16]
    assert icons.png_size(elements[b"ic13"]) == (256, 256)  # 128@2x


def test_png_size_refuses_other_files() -> None:
    with pytest.raises(ValueError):
        _icons_module().png_size(b"GIF89a" + b"\0" * 30)


# -- desktop entry and AppStream ----------------------------------------------------------------


def test_desktop_entry_fields() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Broadsheet"
    assert entry["GenericName"] == "News Reader"
    assert entry["Comment"]
    assert entry["Exec"] == "broadsheet %u"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "Broadsheet"
    assert {"Network", "News", "Feed"} <= set(entry["Categories"].strip(";").split(";"))
    mime = set(entry["MimeType"].strip(";").split(";"))
    assert mime == {
        "application/rss+xml",
        "application/atom+xml",
        "text/x-opml+xml",
        "application/feed+json",
        "x-scheme-handler/feed",
    }


def test_metainfo_names_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("provides/binary") == "broadsheet"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


# -- an installed wheel ---------------------------------------------------------------------------


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


@pytest.mark.slow
def test_wheel_carries_resources_and_finds_them(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = wheels.glob("broadsheet-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for size in SIZES:
        assert f"reader/_resources/icons/broadsheet-{size}.png" in names
    assert "reader/_resources/icons/broadsheet.svg" in names
    assert f"reader/_resources/desktop/{APP_ID}.desktop" in names
    assert not [name for name in names if name.startswith("tests/")]

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # -S: no site-packages (so not the editable checkout); cwd outside the checkout.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import reader.resources as r; "
        "print(r.resource_dir()); print(r.resource_path('icons', 'broadsheet-16.png').is_file())"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code, str(site)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    found, exists = out.stdout.split()
    assert Path(found) == site / "reader" / "_resources"
    assert exists == "True"
