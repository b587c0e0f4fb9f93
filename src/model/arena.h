/* SPDX-License-Identifier: MIT */
/* A bump allocator for strings that live as long as their dataset. */
#ifndef CINX_ARENA_H
#define CINX_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct arena {
	arena_block *head;
} arena;

char *cinx_arena_strndup(arena *a, const char *s, size_t n);
void *cinx_arena_alloc(arena *a, size_t n);
void cinx_arena_free(arena *a);

#endif
