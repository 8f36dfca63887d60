#!/usr/bin/env bash
# Remove what packaging/install.sh installed (same PREFIX / XDG_DATA_HOME rules).
# Your subscriptions, articles and settings stay where they are; the last lines say where.
set -euo pipefail

app_id=io.github.broadsheet.Broadsheet
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
app_dir=$prefix/opt/broadsheet
launcher=$prefix/bin/broadsheet

removed=0
remove() {
    if [[ -e "$1" || -L "$1" ]]; then
        rm -rf "$1"
        echo "removed $1"
        removed=1
    fi
}

if [[ -d "$app_dir" ]]; then
    # Only a folder install.sh made (marker) or a bundle (its executable) is removed.
    if [[ -f "$app_dir/.broadsheet-install" || -x "$app_dir/broadsheet" ]]; then
        remove "$app_dir"
    else
        echo "uninstall.sh: $app_dir does not look like a Broadsheet install; left alone" >&2
    fi
fi
# The launcher only when it is our symlink (never somebody else's broadsheet command).
if [[ -L "$launcher" && "$(readlink "$launcher")" == "$app_dir/broadsheet" ]]; then
    remove "$launcher"
fi
remove "$data/applications/$app_id.desktop"
for size in 16 24 32 48 64 128 256 512; do
    remove "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
remove "$data/icons/hicolor/scalable/apps/$app_id.svg"
remove "$data/metainfo/$app_id.metainfo.xml"

if command -v update-desktop-database >/dev/null 2>&1 && [[ -d "$data/applications" ]]; then
    update-desktop-database -q "$data/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [[ -d "$data/icons/hicolor" ]]; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
fi

if ((removed)); then
    echo "Broadsheet is uninstalled."
else
    echo "Broadsheet was not installed under $prefix."
fi
echo "Your data is kept: ~/.local/share/Broadsheet, ~/.config/Broadsheet, ~/.cache/Broadsheet"
echo "(or the folder you gave with --profile). Delete them yourself to remove everything."
