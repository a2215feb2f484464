#ifndef ATLAS_FUZZ_DRIVER_H
#define ATLAS_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer): runs `callback` on generated
// inputs as libFuzzer's own main would, with the same command-line flags.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
