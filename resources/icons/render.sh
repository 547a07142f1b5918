#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the icon sources in src/*.svg to the PNGs the program embeds
# (16, 24, 48 and 96 px), so that icons show without Qt's SVG plugin or an icon
# theme. Needs ImageMagick (a developer tool; the build uses the committed PNGs).
# After adding an icon, list its PNGs in ui/CMakeLists.txt and ui/common/icons.cpp.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p png
for svg in src/*.svg; do
  name=$(basename "$svg" .svg)
  for size in 16 24 48 96; do
    # Rendered large, then reduced: ImageMagick's SVG renderer antialiases poorly at small sizes.
    convert -background none -density $((96 * 8 * size / 24)) "$svg" \
      -resize "${size}x${size}" -define png:exclude-chunks=date,time \
      -strip PNG32:"png/$name-$size.png"
  done
done
echo "rendered $(ls src/*.svg | wc -l) icons into $(pwd)/png"
