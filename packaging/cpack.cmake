# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: `cmake --build build --target package` (or `cpack` in the build
# folder) makes the Debian package on Linux and the NSIS installer on Windows
# (packaging/windows/README.md). Included last from the top-level
# CMakeLists.txt, after every install rule.

set(CPACK_PACKAGE_NAME sisambang)
set(CPACK_PACKAGE_VENDOR "SiSambang developers")
set(CPACK_PACKAGE_CONTACT "SiSambang developers <sisambang@sisambang.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Sambang Pengawasan office program for a Bawaslu Kabupaten/Kota")
# Debian wants the extended description as lines under 80 characters; an empty
# line becomes a paragraph break.
set(CPACK_PACKAGE_DESCRIPTION [=[
SiSambang (Sistem Informasi Sambang Pengawasan) is an offline desktop
program for the secretariat of a Bawaslu Kabupaten/Kota, the regency
election supervisory office in Indonesia. It keeps the register of
stakeholders and the MoUs signed with the kecamatan, plans the visits to
every kelurahan and desa, prints invitations, attendance sheets, minutes
and MoUs on A4 or F4 paper, and exports the monthly recap. All data is
kept in one SQLite file.

This package holds the desktop program sisambang and the command line
sisambang-cli. The region data of all Indonesia (from cahyadsn/wilayah,
MIT licence), the national holidays 2023-2026 and the translations are
compiled into the programs; nothing else is read at run time.]=])
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SiSambang")
set(CPACK_STRIP_FILES ON)
# Directories the package creates are 0755 whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# Only our own install rules; nothing from the test programs.
set(CPACK_SOURCE_GENERATOR "")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_PACKAGE_NAME sisambang)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # sisambang_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    # Libraries the programs link are found by dpkg-shlibdeps; what Qt loads as
    # plugins (the SQLite driver, the platform themes and input methods) and the
    # Arial-compatible fonts of the printed documents it cannot see.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-liberation2, fonts-dejavu-core")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_EXECUTABLES "sisambang;SiSambang")
    set(CPACK_NSIS_PACKAGE_NAME "SiSambang ${PROJECT_VERSION}")
    set(CPACK_NSIS_DISPLAY_NAME "SiSambang ${PROJECT_VERSION}")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "SiSambang")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/icons/sisambang.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/icons/sisambang.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sisambang.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # NSIS's PATH editing truncates long PATH values; the README shows how to
    # call sisambang-cli by its full path instead.
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    # Removing the program never removes the clerk's data (it is under
    # %APPDATA%, not under the installation folder).
endif()

include(CPack)
