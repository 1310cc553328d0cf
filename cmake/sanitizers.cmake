# MEDLOC_SANITIZERS=address,undefined (or thread) builds every medloc target with those
# sanitizers; an undefined-behaviour report stops the program, so that a test fails.
# MEDLOC_BUILD_FUZZERS adds libFuzzer's coverage instrumentation (clang).
if(MEDLOC_SANITIZERS)
  set(medloc_sanitize_flags -fsanitize=${MEDLOC_SANITIZERS} -fno-omit-frame-pointer)
  if(MEDLOC_SANITIZERS MATCHES "undefined")
    list(APPEND medloc_sanitize_flags -fno-sanitize-recover=undefined)
  endif()
  target_compile_options(medloc_settings INTERFACE ${medloc_sanitize_flags})
  target_link_options(medloc_settings INTERFACE ${medloc_sanitize_flags})
endif()
if(MEDLOC_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MEDLOC_BUILD_FUZZERS needs clang: CXX=clang++ cmake ...")
  endif()
  target_compile_options(medloc_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
