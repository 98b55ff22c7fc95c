// Declarations only (include/fuzzer_driver.h); SwiftPM needs one source file in a C target.
#include "fuzzer_driver.h"
