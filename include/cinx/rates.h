/* SPDX-License-Identifier: MIT */
/* Rates per 10,000 children aged 0 to 17, derived from ONS mid-year
 * population estimates in EES layout (indicator column population_estimate).
 * The rate for the reporting year ending March Y uses the mid-year estimate
 * of Y-1, and is rounded to one decimal place. */
#ifndef CINX_RATES_H
#define CINX_RATES_H

#include "cinx/dataset.h"

#define CINX_POPULATION_COLUMN "population_estimate"
/* Every row of a population file must say it is of children aged 0 to 17. */
#define CINX_POPULATION_AGE_COLUMN "age_group"
#define CINX_POPULATION_AGE_GROUP "Children aged 0 to 17 years"

/* Adds referral_rate_per_10k, referral_child_rate_per_10k and
 * rereferral_rate_per_10k (each when ds has its count) to ds as derived
 * indicators. A rate is x where the population is missing, with a footnote
 * saying why; a count's symbol carries over to its rate. */
CINX_MUST_CHECK cinx_status cinx_rates_add(cinx_dataset *ds, const cinx_dataset *pop, cinx_error *err);
/* The count a derived rate is of (referral_rate_per_10k: referral_count);
 * false for any other indicator. The population is cinx_dataset_population. */
bool cinx_rates_count_of(const cinx_dataset *ds, size_t ind, size_t *count);
/* The same from a population file, whose age_group column must say
 * "Children aged 0 to 17 years" in every row: another age group, or no
 * age_group column at all, is a located data error. */
CINX_MUST_CHECK cinx_status cinx_rates_add_file(cinx_dataset *ds, const char *path, cinx_error *err);

#endif
