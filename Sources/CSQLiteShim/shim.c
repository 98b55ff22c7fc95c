// Declarations only (include/rebound_sqlite.h); SwiftPM needs one source file in a C target.
#include "rebound_sqlite.h"
