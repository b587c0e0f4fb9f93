/* SPDX-License-Identifier: MIT */
/* libFuzzer harness for the EES metadata reader. A failure must leave no
 * metadata and a one-line message free of control characters. A success
 * must describe each column once, with a label, a known type, decimals in
 * range and text as safe to print as messages; applied to a small data set
 * it must succeed or say why, in one printable line. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/dataset.h"
#include "fuzz_common.h"
#include "model/ees_meta.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char ees[] =
	"time_period,time_identifier,geographic_level,country_code,country_name,sex,pupil_count,absence_rate\n"
	"202324,Academic year,National,E92000001,England,Total,1000,5.5\n"
	"202324,Academic year,National,E92000001,England,Boys,510,5.9\n"
	"202324,Academic year,National,E92000001,England,Girls,490,5.1\n";

static void check_message(const cinx_error *err)
{
	if (!err->message[0] || strchr(err->message, '\n'))
		abort();
	check_printable("error", err->message, strlen(err->message));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cinx_meta *m = NULL;
	cinx_dataset *ds = NULL;
	cinx_error err;

	if (cinx_meta_load_memory("fuzz.meta.csv", data, size, &m, &err) != CINX_OK) {
		if (m)
			abort();
		check_message(&err);
		return 0;
	}
	for (size_t i = 0; i < cinx_meta_n_cols(m); i++) {
		const cinx_meta_col *c = cinx_meta_col_at(m, i);
		if (!c->name[0] || !c->label[0] || c->dp < -1 || c->dp > 15 ||
		    (c->type != CINX_META_FILTER && c->type != CINX_META_INDICATOR) || cinx_meta_find(m, c->name) != c)
			abort();
		for (size_t j = 0; j < i; j++)
			if (strcasecmp(cinx_meta_col_at(m, j)->name, c->name) == 0)
				abort();
		check_printable("label", c->label, strlen(c->label));
		check_printable("name", c->name, strlen(c->name));
		check_printable("hint", c->filter_hint, strlen(c->filter_hint));
	}
	if (cinx_dataset_load_memory("fuzz.csv", ees, sizeof ees - 1, &ds, &err) != CINX_OK)
		abort();
	if (cinx_dataset_apply_meta(ds, m, &err) != CINX_OK)
		check_message(&err);
	cinx_dataset_free(ds);
	cinx_meta_free(m);
	return 0;
}
