/* SPDX-License-Identifier: MIT */
/* A loaded data set kept in a snapshot (cinx/snapshot.h), and read back. */
#ifndef CINX_DATASET_SNAPSHOT_H
#define CINX_DATASET_SNAPSHOT_H

#include "cinx/dataset.h"
#include "cinx/snapshot.h"

/* The layout of the sections; change it whenever they or what the loader
 * puts in a data set (labels, notes, lineage) change. */
#define CINX_DATASET_SCHEMA 0x45455301u

/* Adds ds (as loaded: nothing derived or attached) to w and writes it at
 * path, or where it belongs (cinx_snapshot_store) when path is NULL. */
CINX_MUST_CHECK cinx_status cinx_dataset_snapshot_write(const cinx_dataset *ds, cinx_snapshot_writer *w,
							const char *path, cinx_error *err);
/* The data set in s, which it keeps open (closed with the data set, or
 * here on failure); CINX_E_DATA when the sections do not hold together. */
CINX_MUST_CHECK cinx_status cinx_dataset_from_snapshot(cinx_snapshot *s, const char *source, cinx_dataset **out,
						       cinx_error *err);

#endif
