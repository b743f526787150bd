#!/bin/sh
# Installs Peer Support Desktop for the current user (no root needed), or removes it
# with --uninstall. The vault and its backups are never touched by either.
set -eu

APP_ID=org.peersupportdesktop.PeerSupportDesktop
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/peersupport-desktop
bin_link=$HOME/.local/bin/peersupport-desktop
entry=$data_home/applications/$APP_ID.desktop
metainfo=$data_home/metainfo/$APP_ID.metainfo.xml
icon_png=$data_home/icons/hicolor/256x256/apps/$APP_ID.png
icon_svg=$data_home/icons/hicolor/scalable/apps/$APP_ID.svg
vault_dir=$data_home/PeerSupportDesktop

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
}

say_where_the_vault_is() {
  echo "Your vault and its backups are kept where they are: $vault_dir"
  echo "(or wherever PEERSUPPORT_VAULT or --vault pointed). Delete them yourself only"
  echo "when the program's records may go."
}

action=${1:-}
# The copy kept beside the installed application removes it, asked or not.
if [ "$(basename "$0")" = uninstall.sh ] && [ -z "$action" ]; then
  action=--uninstall
fi

if [ "$action" = "--uninstall" ]; then
  rm -rf "$app_dir"
  rm -f "$bin_link" "$entry" "$metainfo" "$icon_png" "$icon_svg"
  refresh_menus
  echo "Peer Support Desktop is removed."
  say_where_the_vault_is
  exit 0
fi
if [ -n "$action" ]; then
  echo "Usage: $0 [--uninstall]" >&2
  exit 2
fi

# The new build goes in beside the old one, then replaces it: an interrupted
# install leaves the previous version working.
mkdir -p "$(dirname "$app_dir")"
rm -rf "$app_dir.new"
cp -RP "$here/PeerSupportDesktop" "$app_dir.new"  # -P: PyInstaller's links stay links
cp "$0" "$app_dir.new/uninstall.sh"  # so removing it needs no unpacked tarball
chmod 755 "$app_dir.new/uninstall.sh"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"

mkdir -p "$(dirname "$bin_link")" "$(dirname "$entry")" "$(dirname "$metainfo")" \
  "$(dirname "$icon_png")" "$(dirname "$icon_svg")"
ln -sf "$app_dir/PeerSupportDesktop" "$bin_link"
# The desktop entry's Exec, quoted as its specification asks: \ " ` $ escaped inside
# the quotes, every backslash then doubled (the value is a string), % written %%.
exec_path=$(printf '%s' "$app_dir/PeerSupportDesktop" |
  sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
{
  grep -v '^Exec=' "$here/share/applications/$APP_ID.desktop"
  printf 'Exec="%s"\n' "$exec_path"
} >"$entry"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
cp "$here/share/icons/hicolor/256x256/apps/$APP_ID.png" "$icon_png"
cp "$here/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$icon_svg"
refresh_menus

echo "Peer Support Desktop is installed in $app_dir."
echo "Start it from the applications menu, or run: $bin_link"
echo "Check the installation with: $bin_link --self-test"
echo "To remove it later: $app_dir/uninstall.sh (the vault stays)."
