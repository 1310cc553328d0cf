# Every third-party library medloc uses, each wrapped in one dep_* target.
# scripts/install-deps.sh installs them all from Debian.
find_package(PkgConfig REQUIRED)

pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
add_library(dep_libxml2 INTERFACE)
target_link_libraries(dep_libxml2 INTERFACE PkgConfig::LIBXML2)

find_package(ICU 70 REQUIRED COMPONENTS uc i18n)
add_library(dep_icu INTERFACE)
target_link_libraries(dep_icu INTERFACE ICU::uc ICU::i18n)

pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
add_library(dep_hunspell INTERFACE)
target_link_libraries(dep_hunspell INTERFACE PkgConfig::HUNSPELL)

find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
add_library(dep_boost_program_options INTERFACE)
target_link_libraries(dep_boost_program_options INTERFACE Boost::program_options)

find_package(nlohmann_json 3.10 REQUIRED)
add_library(dep_json INTERFACE)
target_link_libraries(dep_json INTERFACE nlohmann_json::nlohmann_json)

find_package(Threads REQUIRED)

find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
add_library(dep_openssl INTERFACE)
target_link_libraries(dep_openssl INTERFACE OpenSSL::Crypto)

pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET libarchive)
add_library(dep_libarchive INTERFACE)
target_link_libraries(dep_libarchive INTERFACE PkgConfig::LIBARCHIVE)

pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
add_library(dep_sqlite3 INTERFACE)
target_link_libraries(dep_sqlite3 INTERFACE PkgConfig::SQLITE3)
