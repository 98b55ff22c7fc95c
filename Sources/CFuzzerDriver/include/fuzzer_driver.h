// libFuzzer's driver, for a program that has a main of its own (SwiftPM gives every
// executable one): it runs the fuzzing loop over `callback` with the command line's options.
// Linked in by `-sanitize=fuzzer` (scripts/fuzz); declared here so Swift can call it.
#ifndef REBOUND_FUZZER_DRIVER_H
#define REBOUND_FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
