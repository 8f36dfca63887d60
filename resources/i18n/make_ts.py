"""Developer tool: write ``broadsheet_<code>.ts`` from the sources and a translation table, then
compile the ``.qm``. Not imported by the app.

    python resources/i18n/make_ts.py list > /tmp/sources.txt      # numbered English sources
    python resources/i18n/make_ts.py build CODE [TABLE]           # update, fill, compile

``build`` runs ``pyside6-lupdate`` over ``reader/ui/*.py`` into the language's ``.ts`` (keeping
its translations), marks every source with ``%n`` as a counted message (lupdate's Python parser
only notices ``translate(..., n)`` when n is a literal) with as many plural forms as Qt's rules
for the language have, fills in the TABLE, and runs ``pyside6-lrelease``. A TABLE has one line
per message: ``<number from list>\t<translation>``, plural forms separated by `` | ``. For
English (``en``) only counted messages are kept: English needs no other translation.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%L?n|%\d|\{\}|%[vm]")


def lupdate(ts: Path, code: str) -> None:
    """Bring ``ts`` up to date with the sources (new messages unfinished, gone ones dropped)."""
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
         "-target-language", code, "-ts", str(ts)],
        check=True, capture_output=True,
    )  # fmt: skip


def plural_forms(code: str) -> int:
    """How many plural forms Qt's rules give ``code`` (read from a one-message lupdate run)."""
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "p.py"
        probe.write_text('from PySide6.QtCore import QCoreApplication\n'
                         'QCoreApplication.translate("P", "%n x", "", 1)\n')  # fmt: skip
        ts = Path(tmp) / "p.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), str(probe), "-target-language", code,
                        "-ts", str(ts)], check=True, capture_output=True)  # fmt: skip
        return len(list(ET.parse(ts).getroot().iter("numerusform")))


def messages(root: ET.Element) -> list[ET.Element]:
    """Every message, in file order (contexts sorted, then source order)."""
    return list(root.iter("message"))


def counted_translations(root: ET.Element) -> dict[tuple[str, str], list[str]]:
    """The plural forms already translated, by (context, source): lupdate drops them, because
    its Python parser does not see the messages as counted."""
    kept = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if forms and all(forms):
                kept[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return kept


def mark_counted(
    root: ET.Element, forms: int, kept: dict[tuple[str, str], list[str]] | None = None
) -> None:
    """Every source with ``%n`` becomes a counted message with ``forms`` plural forms (the
    translations in ``kept`` put back)."""
    for context in root.iter("context"):
        for message in context.iter("message"):
            _mark_one(context.findtext("name") or "", message, forms, kept or {})


def _mark_one(
    name: str, message: ET.Element, forms: int, kept: dict[tuple[str, str], list[str]]
) -> None:
    """:func:`mark_counted` for one message."""
    source = message.findtext("source") or ""
    if "%n" in source:
        message.set("numerus", "yes")
        translation = message.find("translation")
        assert translation is not None
        have = [f.text or "" for f in translation.iter("numerusform")] or kept.get(
            (name, source), []
        )
        if not have and translation.text and translation.text.strip():
            have = [translation.text]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for i in range(forms):
            form = ET.SubElement(translation, "numerusform")
            form.text = have[i] if i < len(have) else ""
        if all(f.text for f in translation):
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")


def keep_counted_only(root: ET.Element) -> None:
    """English needs only the plural forms: drop every other message (and empty contexts)."""
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)


def fill(root: ET.Element, table: dict[str, str]) -> list[str]:
    """Put the table's translations (by source text) in; returns the problems found."""
    problems = []
    for message in messages(root):
        source = message.findtext("source") or ""
        if source not in table:
            continue
        number = source
        translation = message.find("translation")
        assert translation is not None
        texts = table[number].split(" | ")
        want = sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(source))
        for text in texts:
            got = sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(text))
            if got != want and not (message.get("numerus") and "%n" not in text):
                problems.append(f"{number}: placeholders {got} != {want}: {source!r} -> {text!r}")
        forms = list(translation.iter("numerusform"))
        if forms:
            if len(texts) == 1:
                texts = texts * len(forms)
            if len(texts) != len(forms):
                problems.append(f"{number}: {len(texts)} forms, want {len(forms)}: {source!r}")
                continue
            for form, text in zip(forms, texts, strict=True):
                form.text = text
        else:
            translation.text = texts[0]
        translation.attrib.pop("type", None)
    return problems


def numbered_sources() -> list[str]:
    """The sources in the order :func:`listing` numbers them (from 1)."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "en.ts"
        lupdate(ts, "de")
        return [m.findtext("source") or "" for m in messages(ET.parse(ts).getroot())]


def read_table(path: Path) -> dict[str, str]:
    """``number<TAB>translation`` lines (blank lines and ``#`` comments skipped), by source."""
    sources = numbered_sources()
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        number, _, text = line.partition("\t")
        table[sources[int(number) - 1]] = text
    return table


def write(root: ET.Element, ts: Path) -> None:
    """Write the .ts as lupdate does (utf-8, DOCTYPE, 4-space indent)."""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")  # fmt: skip


def build(code: str, table_path: Path | None) -> int:
    """Update, fill and compile one language; 1 when something is wrong."""
    ts = HERE / f"broadsheet_{code}.ts"
    kept = counted_translations(ET.parse(ts).getroot()) if ts.exists() else {}
    lupdate(ts, code)
    root = ET.parse(ts).getroot()
    mark_counted(root, plural_forms(code), kept)
    if code == "en":
        keep_counted_only(root)
    problems = fill(root, read_table(table_path)) if table_path else []
    write(root, ts)
    unfinished = [
        m.findtext("source") for m in messages(root)
        if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")  # type: ignore[union-attr]
    ]  # fmt: skip
    for problem in problems:
        print(problem)
    if unfinished:
        print(f"{code}: {len(unfinished)} unfinished: {unfinished[:8]}")
    qm = HERE / f"broadsheet_{code}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)  # fmt: skip
    print(f"{code}: {len(messages(root))} messages")
    return 1 if problems or unfinished else 0


def listing() -> None:
    """Print the numbered sources (as ``build`` numbers them) with their context."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "en.ts"
        lupdate(ts, "de")
        root = ET.parse(ts).getroot()
        mark_counted(root, 2)
        number = 0
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                number += 1
                mark = " [n]" if message.get("numerus") else ""
                print(f"{number}\t{name}{mark}\t{message.findtext('source')}")


def main(argv: list[str]) -> int:
    """Command line."""
    if argv[:1] == ["list"]:
        listing()
        return 0
    if len(argv) >= 2 and argv[0] == "build":
        return build(argv[1], Path(argv[2]) if len(argv) > 2 else None)
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
