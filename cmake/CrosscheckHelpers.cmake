# Shared compile settings for every Crosscheck target.
function(crosscheck_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
                                                 QT_USE_QSTRINGBUILDER)
    if(CROSSCHECK_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(CROSSCHECK_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
    endif()
endfunction()

# A core stage: a static library named crosscheck_<stage> built from the listed sources.
function(crosscheck_add_stage stage)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(crosscheck_${stage} STATIC ${ARG_SOURCES})
    target_include_directories(crosscheck_${stage} PUBLIC ${PROJECT_SOURCE_DIR}/core)
    target_link_libraries(crosscheck_${stage} PUBLIC ${ARG_LIBS})
    crosscheck_target_defaults(crosscheck_${stage})
endfunction()

# Test code itself is compiled without optimization in the sanitizer build: it halves
# the compile time of gtest-heavy files, while the code under test keeps its flags.
function(crosscheck_test_optimization target)
    if(CROSSCHECK_SANITIZE)
        target_compile_options(${target} PRIVATE -O0)
    endif()
endfunction()

# One GoogleTest executable per test file; discovered so ctest -j runs cases in parallel.
function(crosscheck_add_gtest name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
    target_compile_definitions(${name} PRIVATE
        CROSSCHECK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        CROSSCHECK_BINARY_DIR="${PROJECT_BINARY_DIR}"
        CROSSCHECK_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    crosscheck_target_defaults(${name})
    crosscheck_test_optimization(${name})
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
        PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
