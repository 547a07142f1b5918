#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon sisambang.svg to the PNG sizes the package
# installs in hicolor and the GUI embeds (appicon.qrc), and to the Windows icon
# sisambang.ico. The results are committed, so the build needs no SVG
# renderer; run this after changing the SVG.
# Uses rsvg-convert (Debian package librsvg2-bin), else ImageMagick's convert.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
sizes=(16 24 32 48 64 128 256)
mkdir -p png
for size in "${sizes[@]}"; do
  out=png/sisambang-$size.png
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert --width "$size" --height "$size" --output "$out" sisambang.svg
  elif command -v convert >/dev/null; then
    # Rendered at 1024 px (density 384 = 4 x 96 dpi), then reduced: ImageMagick
    # antialiases poorly at small sizes.
    convert -background none -density 384 sisambang.svg \
      -resize "${size}x${size}" -define png:exclude-chunks=date,time -strip \
      PNG32:"$out"
  else
    echo "render.sh: needs rsvg-convert (librsvg2-bin) or convert (imagemagick)" >&2
    exit 1
  fi
done
# The Windows icon (inside the .exe files and the installer) holds every size.
pngs=()
for size in "${sizes[@]}"; do pngs+=("png/sisambang-$size.png"); done
if command -v convert >/dev/null; then
  convert "${pngs[@]}" sisambang.ico
else
  echo "render.sh: sisambang.ico not updated (needs convert from imagemagick)" >&2
fi
echo "rendered ${#sizes[@]} sizes into $(pwd)/png and sisambang.ico"
