// Counts calls to malloc and swift_retain made through the dynamic linker (the binary's calls;
// the Swift runtime's calls inside itself are not seen) and prints them when the process exits.
// Deterministic where wall time on a shared machine is not: compare two binaries by these counts.
// Built and used by bench/count-calls.sh.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

static atomic_long mallocs, retains;
static void *(*real_malloc)(size_t);
static void *(*real_retain)(void *);

void *malloc(size_t size) {
    if (!real_malloc) real_malloc = dlsym(RTLD_NEXT, "malloc");
    atomic_fetch_add_explicit(&mallocs, 1, memory_order_relaxed);
    return real_malloc(size);
}

void *swift_retain(void *object) {
    if (!real_retain) real_retain = dlsym(RTLD_NEXT, "swift_retain");
    atomic_fetch_add_explicit(&retains, 1, memory_order_relaxed);
    return real_retain(object);
}

__attribute__((destructor)) static void report(void) {
    fprintf(stderr, "count-calls: malloc %ld swift_retain %ld\n", (long)mallocs, (long)retains);
}
