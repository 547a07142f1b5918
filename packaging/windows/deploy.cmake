# SPDX-License-Identifier: GPL-3.0-or-later
# Install step on Windows, run by `cmake --install` and by CPack (installed by
# windows.cmake, which sets SISAMBANG_WINDEPLOYQT, SISAMBANG_DLL_DIRS,
# SISAMBANG_OBJDUMP and SISAMBANG_BINDIR first):
#  1. windeployqt puts Qt's DLLs and plugins (platforms, styles, imageformats,
#     printsupport, sqldrivers) beside each program;
#  2. only the SQLite driver is kept: the others load client libraries
#     (libpq, libmariadb) that an office PC does not have;
#  3. every other DLL the programs or the plugins load (SQLite, minizip, libxlsxwriter, zlib,
#     ICU, the compiler's runtime, ...) is copied from the Qt and compiler
#     folders, so the folder runs on a PC without Qt or MSYS2.
set(bin "${CMAKE_INSTALL_PREFIX}/${SISAMBANG_BINDIR}")
set(programs "${bin}/sisambang.exe" "${bin}/sisambang-cli.exe")

foreach(program IN LISTS programs)
    # The programs carry their own translations (Qt's strings included), so
    # Qt's .qm files are not needed.
    execute_process(COMMAND "${SISAMBANG_WINDEPLOYQT}" --no-translations
                            --no-system-d3d-compiler --no-opengl-sw "${program}"
                    COMMAND_ERROR_IS_FATAL ANY)
endforeach()

file(GLOB sql_drivers "${bin}/sqldrivers/*.dll")
foreach(driver IN LISTS sql_drivers)
    get_filename_component(name "${driver}" NAME)
    if(NOT name MATCHES "^qsqlite")
        file(REMOVE "${driver}")
    endif()
endforeach()
file(GLOB sqlite_driver "${bin}/sqldrivers/qsqlite*.dll")
if(NOT sqlite_driver)
    message(FATAL_ERROR "windeployqt did not deploy the SQLite driver (sqldrivers/qsqlite.dll)")
endif()

if(SISAMBANG_OBJDUMP)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${SISAMBANG_OBJDUMP}")
endif()
file(GLOB_RECURSE plugins "${bin}/*/*.dll")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${programs}
    LIBRARIES ${plugins}
    DIRECTORIES ${SISAMBANG_DLL_DIRS}
    RESOLVED_DEPENDENCIES_VAR found
    UNRESOLVED_DEPENDENCIES_VAR missing
    PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-"
    POST_EXCLUDE_REGEXES "^[A-Za-z]:/[Ww][Ii][Nn][Dd][Oo][Ww][Ss]/")
if(missing)
    message(FATAL_ERROR "DLLs not found in ${SISAMBANG_DLL_DIRS}: ${missing}")
endif()
foreach(dll IN LISTS found)
    get_filename_component(name "${dll}" NAME)
    if(NOT EXISTS "${bin}/${name}")
        file(INSTALL "${dll}" DESTINATION "${bin}")
    endif()
endforeach()
