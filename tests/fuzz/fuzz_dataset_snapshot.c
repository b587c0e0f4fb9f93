/* SPDX-License-Identifier: MIT */
/* libFuzzer harness for reading a data set back from its snapshot. A real
 * snapshot of a small data set with every kind of section (filters, an
 * attribute, another level, notes, the rows kept for filters) is written
 * once; each input edits its bytes past the header (pairs of a 32-bit
 * offset and a byte), the checksums are made right again so that the edits
 * reach the data set's own checks, and what is accepted is read all over:
 * every figure, label, value and a new choice of filters. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cinx/dataset.h"
#include "cinx/snapshot.h"
#include "model/dataset_snapshot.h"
#include "model/snapshot_format.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char csv[] =
	"time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
	"old_la_code,new_la_code,la_name,pcon_code,pcon_name,sex,la_type,pupils,rate\n"
	"202324,Academic year,National,E92000001,England,,,,,,,,Total,z,100,5.5\n"
	"202324,Academic year,National,E92000001,England,,,,,,,,Boys,z,60,c\n"
	"202425,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,,,"
	"Total,Unitary,10,6.1\n"
	"202425,Academic year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,,,"
	"Boys,Unitary,4,x\n"
	"202425,Academic year,Parliamentary constituency,E92000001,England,,,,,,E14000001,Alpha,Total,z,7,1.5\n";

static unsigned char *base;
static size_t base_size;

static void make_base(void)
{
	cinx_dataset *ds;
	cinx_snapshot_writer *w;
	cinx_snapshot_source src = {.size = 1};
	cinx_error err;
	char path[] = "/tmp/cinx-fuzz-snapshot.XXXXXX";
	int fd = mkstemp(path);
	FILE *f;

	if (fd < 0 || cinx_dataset_load_memory("fuzz.csv", csv, sizeof csv - 1, &ds, &err) ||
	    cinx_snapshot_writer_new(&src, CINX_DATASET_SCHEMA, &w, &err) ||
	    cinx_dataset_snapshot_write(ds, w, path, &err) || !(f = fopen(path, "rb")))
		abort();
	fseek(f, 0, SEEK_END);
	base_size = (size_t)ftell(f);
	rewind(f);
	base = malloc(base_size);
	if (!base || fread(base, 1, base_size, f) != base_size)
		abort();
	fclose(f);
	close(fd);
	unlink(path);
	cinx_snapshot_writer_free(w);
	cinx_dataset_free(ds);
}

static void read_all(cinx_dataset *ds)
{
	volatile double sum = 0;
	size_t nf = cinx_dataset_n_filters(ds), choice[64] = {0};
	cinx_error err;

	for (size_t y = 0; y < cinx_dataset_n_years(ds); y++)
		sum += strlen(cinx_dataset_period_label(ds, y)) + strlen(cinx_dataset_period_code(ds, y));
	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
		const cinx_area *ar = cinx_dataset_area(ds, (int)a);
		sum += strlen(ar->name) + strlen(ar->code) + strlen(cinx_area_level_name(ds, ar));
		for (size_t c = 0; c < ar->n_children; c++)
			sum += cinx_dataset_area(ds, ar->children[c])->id;
		for (size_t y = 0; y < cinx_dataset_n_years(ds); y++) {
			for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
				sum += cinx_dataset_value(ds, (int)a, y, i).num;
			for (size_t t = 0; t < cinx_dataset_n_attributes(ds); t++)
				sum += strlen(cinx_dataset_attribute_value(ds, (int)a, y, t));
		}
	}
	for (size_t f = 0; f < nf && f < 64; f++) {
		sum += strlen(cinx_dataset_filter_value(ds, f, cinx_dataset_filter_chosen(ds, f)));
		choice[f] = cinx_dataset_filter_n_values(ds, f) - 1;
	}
	if (nf && nf <= 64 && cinx_dataset_choose(ds, choice, &err) == CINX_OK)
		sum += cinx_dataset_value(ds, 0, 0, 0).num;
	(void)sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cinx_snapshot *s = NULL;
	cinx_dataset *ds = NULL;
	cinx_error err;
	unsigned char *img;

	if (!base)
		make_base();
	img = aligned_alloc(CINX_SNAPSHOT_MAX_ALIGN, (base_size / CINX_SNAPSHOT_MAX_ALIGN + 1) * CINX_SNAPSHOT_MAX_ALIGN);
	if (!img)
		return 0;
	memcpy(img, base, base_size);
	for (size_t i = 0; i + 5 <= size; i += 5) {
		uint32_t at;
		memcpy(&at, data + i, 4);
		img[sizeof(snap_header) + at % (base_size - sizeof(snap_header))] = data[i + 4];
	}
	snap_reseal(img, base_size);
	if (cinx_snapshot_from_image(img, base_size, NULL, CINX_DATASET_SCHEMA, &s, &err) == CINX_SNAPSHOT_OK &&
	    cinx_dataset_from_snapshot(s, "fuzz.csv", &ds, &err) == CINX_OK) {
		read_all(ds);
		cinx_dataset_free(ds);
	}
	free(img);
	return 0;
}
