# Fails when a translatable string of the sources has no finished translation: lupdate is
# run on copies of the .ts files, as the update_translations target would run it on them,
# and a copy that gains an unfinished message names it. A string added to the code without
# its translations shows in English to every French, Spanish and Arabic reader.
#
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_current.cmake

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts")
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
set(problems "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    # English translates only the plural forms of its own strings.
    set(only "")
    if(name STREQUAL "evaw_en.ts")
        set(only -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" -silent ${only} -no-obsolete -locations none ${sources} -ts "${copy}"
        RESULT_VARIABLE result ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${errors}")
    endif()
    file(STRINGS "${copy}" lines)
    set(source "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"")
            string(APPEND problems "\n  ${name}: ${source}")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Strings without a translation (run the update_translations target and"
        " translate them):${problems}")
endif()
list(LENGTH ts_files count)
message(STATUS "All ${count} translations cover every string of the sources")
