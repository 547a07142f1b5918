# SPDX-License-Identifier: GPL-3.0-or-later
# Windows (packaging/windows/README.md; not built by this project's CI): the
# icon inside both .exe files, the licences beside the programs, and an install
# step (deploy.cmake) that gathers Qt and every DLL the programs load, so that
# `cmake --install` and CPack's NSIS installer give a folder that runs on a PC
# without Qt. Included from packaging/CMakeLists.txt.

# The .exe icon. The resource script names the icon by absolute path, which
# windres (MinGW) and rc (MSVC) both accept with forward slashes.
set(icon_rc ${CMAKE_CURRENT_BINARY_DIR}/sisambang-icon.rc)
file(CONFIGURE OUTPUT ${icon_rc}
     CONTENT "IDI_ICON1 ICON \"${CMAKE_CURRENT_SOURCE_DIR}/icons/sisambang.ico\"\n")
target_sources(sisambang PRIVATE ${icon_rc})
target_sources(sisambang-cli PRIVATE ${icon_rc})

# Started from the Start menu, the desktop program opens no console window.
set_target_properties(sisambang PROPERTIES WIN32_EXECUTABLE ON)

# The programs' licence and the region data's MIT notice.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
              ${PROJECT_SOURCE_DIR}/resources/data/LICENSE-wilayah-cahyadsn.txt
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Qt's tools and DLLs sit in <Qt prefix>/bin (Qt6_DIR is <prefix>/lib/cmake/Qt6);
# MSYS2 names the deployment tool windeployqt6 or windeployqt-qt6. The DLLs
# the programs load are looked for there and beside the compiler (MSYS2 keeps
# minizip, libxlsxwriter and SQLite there too).
get_filename_component(qt_bin_dir "${Qt6_DIR}/../../../bin" ABSOLUTE)
get_filename_component(compiler_bin_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
find_program(SISAMBANG_WINDEPLOYQT NAMES windeployqt windeployqt6 windeployqt-qt6
             HINTS ${qt_bin_dir} REQUIRED)

install(CODE "
set(SISAMBANG_WINDEPLOYQT [[${SISAMBANG_WINDEPLOYQT}]])
set(SISAMBANG_DLL_DIRS [[${qt_bin_dir};${compiler_bin_dir}]])
set(SISAMBANG_OBJDUMP [[${CMAKE_OBJDUMP}]])
set(SISAMBANG_BINDIR [[${CMAKE_INSTALL_BINDIR}]])
")
install(SCRIPT ${CMAKE_CURRENT_LIST_DIR}/deploy.cmake)

# The Microsoft C++ runtime, for MSVC builds (MinGW's runtime DLLs are found
# by deploy.cmake).
if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()
