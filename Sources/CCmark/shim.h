#ifndef ATLAS_CCMARK_SHIM_H
#define ATLAS_CCMARK_SHIM_H
#include <cmark.h>
#endif
