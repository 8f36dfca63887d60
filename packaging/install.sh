#!/usr/bin/env bash
# Install a built Broadsheet bundle for the current user (no root): the app shows in the
# application menu, opens .opml and feed files and feed: links, and starts on a double-click.
#
#   packaging/install.sh [BUNDLE]     # BUNDLE defaults to dist/broadsheet (made by build.sh)
#
# Puts:  the bundle            -> $PREFIX/opt/broadsheet/
#        the launcher symlink  -> $PREFIX/bin/broadsheet
#        the desktop entry     -> $DATA/applications/io.github.broadsheet.Broadsheet.desktop
#        the icons             -> $DATA/icons/hicolor/<size>/apps/io.github.broadsheet.Broadsheet.*
#        the AppStream file    -> $DATA/metainfo/io.github.broadsheet.Broadsheet.metainfo.xml
# with PREFIX defaulting to ~/.local and DATA to $XDG_DATA_HOME, else $PREFIX/share.
# packaging/uninstall.sh removes all of it (and never your subscriptions or articles).
set -euo pipefail

app_id=io.github.broadsheet.Broadsheet
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$here/../dist/broadsheet}
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
app_dir=$prefix/opt/broadsheet
bin_dir=$prefix/bin

die() {
    echo "install.sh: $*" >&2
    exit 1
}

[[ -d "$bundle" ]] || die "no bundle at $bundle (build it first: packaging/build.sh)"
bundle=$(cd "$bundle" && pwd)
[[ -x "$bundle/broadsheet" ]] || die "$bundle/broadsheet is missing: not a Broadsheet bundle"
resources=$bundle/_internal/reader/_resources
[[ -d "$resources" ]] || resources=$bundle/reader/_resources
[[ -f "$resources/desktop/$app_id.desktop" ]] || die "the bundle has no desktop entry ($resources)"
if [[ "$bundle" == "$(cd "$app_dir" 2>/dev/null && pwd)" ]]; then
    die "$bundle is already the installed copy"
fi
case "$app_dir" in
    *[\"\`\$\\]*) die "the install folder $app_dir contains a character a desktop entry cannot quote" ;;
esac
# A bundle that cannot even print its version would leave a dead menu entry.
"$bundle/broadsheet" --version >/dev/null || die "$bundle/broadsheet does not run"

echo "installing Broadsheet into $app_dir"
mkdir -p "$prefix/opt" "$bin_dir"
staging=$(mktemp -d "$prefix/opt/.broadsheet-new.XXXXXX")
cp -R "$bundle/." "$staging/"
touch "$staging/.broadsheet-install"
rm -rf "$app_dir"
mv "$staging" "$app_dir"
chmod 755 "$app_dir"

ln -sfn "$app_dir/broadsheet" "$bin_dir/broadsheet"

mkdir -p "$data/applications"
# Exec and TryExec name the installed executable, so the entry works without ~/.local/bin on PATH.
sed -e "s|^Exec=broadsheet |Exec=\"$app_dir/broadsheet\" |" \
    -e "s|^TryExec=broadsheet\$|TryExec=$app_dir/broadsheet|" \
    "$resources/desktop/$app_id.desktop" >"$data/applications/$app_id.desktop"
chmod 644 "$data/applications/$app_id.desktop"

for size in 16 24 32 48 64 128 256 512; do
    dest=$data/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dest"
    cp "$resources/icons/broadsheet-$size.png" "$dest/$app_id.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$resources/icons/broadsheet.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"

mkdir -p "$data/metainfo"
cp "$resources/desktop/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"

# Caches, when the desktop has the tools: the menu and file associations pick the entry up.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
fi

echo "installed:"
echo "  app           $app_dir"
echo "  command       $bin_dir/broadsheet"
echo "  menu entry    $data/applications/$app_id.desktop"
echo "  icons         $data/icons/hicolor/*/apps/$app_id.*"
echo "  metainfo      $data/metainfo/$app_id.metainfo.xml"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "note: $bin_dir is not on your PATH; the menu entry works anyway" ;;
esac
