# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration and Debian documentation, installed under the prefix
# (/usr in the .deb): menu entry, AppStream metadata, hicolor icons, manual
# pages, copyright and changelog. Included from packaging/CMakeLists.txt.

set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/sisambang)

install(FILES linux/sisambang.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES linux/org.sisambang.SiSambang.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

foreach(size IN LISTS sisambang_icon_sizes)
    install(FILES icons/png/sisambang-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME sisambang.png)
endforeach()
install(FILES icons/sisambang.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Manual pages and the Debian changelog ship gzipped at maximum compression,
# without a time stamp (gzip -n) so that the package is reproducible.
find_program(SISAMBANG_GZIP gzip REQUIRED)
set(gzipped "")
foreach(source man/sisambang.1 man/sisambang-cli.1 debian/changelog)
    get_filename_component(name ${source} NAME)
    set(output ${CMAKE_CURRENT_BINARY_DIR}/gz/${name}.gz)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/gz
        COMMAND ${SISAMBANG_GZIP} -9 -n -c ${CMAKE_CURRENT_SOURCE_DIR}/${source} > ${output}
        DEPENDS ${source}
        COMMENT "Compressing ${source}")
    list(APPEND gzipped ${output})
endforeach()
add_custom_target(sisambang_packaging_files ALL DEPENDS ${gzipped})

install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gz/sisambang.1.gz
              ${CMAKE_CURRENT_BINARY_DIR}/gz/sisambang-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The region data's MIT notice is in the copyright file (Debian's format), so it
# is not installed a second time as a separate licence file.
install(FILES debian/copyright ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${doc_dir})
# SiSambang is its own upstream (a native package: version 0.1.0, no Debian
# revision), so Debian Policy 12.7 names its changelog changelog.gz, not
# changelog.Debian.gz (lintian: wrong-name-for-changelog-of-native-package).
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gz/changelog.gz
        DESTINATION ${doc_dir})
