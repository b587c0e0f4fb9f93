/* SPDX-License-Identifier: MIT */
/* Periods as the explorer shows them: a label ("2024/25 Autumn and spring
 * term") in whatever room a place has, shortened in steps that keep it
 * readable ("24/25 Aut+Spr") before it is cut. Never a period's key. No
 * curses. */
#ifndef CINX_UI_PERIODS_H
#define CINX_UI_PERIODS_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/dataset.h"

/* The forms of a label, longest first: as published; its year shortened
 * ("2024/25" to "24/25"); its part of the year abbreviated ("Autumn and
 * spring term" to "Aut+Spr"); both; and the tiniest, a whole year's last
 * two digits ("2013" to "13"). A form a label has no shorter version of is
 * the form before it. */
typedef enum ui_period_form {
	UI_PERIOD_FULL, UI_PERIOD_SHORT_YEAR, UI_PERIOD_SHORT_PART, UI_PERIOD_SHORT, UI_PERIOD_TINY,
	UI_PERIOD_FORM_COUNT
} ui_period_form;

/* Period idx of ds in form f. */
void ui_period_form_text(const cinx_dataset *ds, size_t idx, ui_period_form f, char *buf, size_t cap);
/* The widest of every period in form f, in columns. */
int ui_period_form_width(const cinx_dataset *ds, ui_period_form f);
/* The longest form of period idx that fits w columns, or the shortest
 * (which the drawing then cuts). */
void ui_period_fit(const cinx_dataset *ds, size_t idx, int w, char *buf, size_t cap);
/* "Year to March 2024" for C1's year, else "Academic year
 * 2024/25", or the label when it names its part ("2024/25 Autumn term"),
 * the label shortened to fit w columns; lower case first when capital is
 * false. */
void ui_period_phrase(const cinx_dataset *ds, size_t idx, bool capital, int w, char *buf, size_t cap);
/* What one period is called, in lower case: "year", "academic year", "term". */
void ui_period_noun(const cinx_dataset *ds, char *buf, size_t cap);

#endif
