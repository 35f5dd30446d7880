# One INTERFACE target carries the flags every target of ours shares.
add_library(defex_common INTERFACE)
target_compile_features(defex_common INTERFACE cxx_std_17)
target_compile_definitions(defex_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
target_compile_options(defex_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(DEFEX_COVERAGE)
    target_compile_options(defex_common INTERFACE --coverage -O0 -g)
    target_link_options(defex_common INTERFACE --coverage)
endif()
