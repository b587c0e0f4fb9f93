/* Pieces shared by the analysis views (compare, neighbours, similar,
 * notable, lineage): the standard machine columns, symbol legends and
 * footnotes, and sparklines on a given scale. */
#ifndef CINX_VIEW_PARTS_H
#define CINX_VIEW_PARTS_H

#include "cinx/views.h"

bool vp_machine(const cinx_view_opts *o);

/* time_period, geographic_level, area_code, area_name, old_la_code */
typedef struct vp_std {
	int time, level, code, name, old;
} vp_std;

vp_std vp_std_columns(cinx_report *r);
void vp_set_std(cinx_report *r, const vp_std *c, const cinx_dataset *ds, int area, int year);

#define VP_MAX_NOTES 24

/* Footnotes without repeats and the symbols seen, for the legend. */
typedef struct vp_notes {
	const char *text[VP_MAX_NOTES];
	size_t n;
	bool kinds[CINX_KIND_COUNT];
} vp_notes;

void vp_gather(vp_notes *ns, const cinx_dataset *ds, int area, int year, int ind);
void vp_see(vp_notes *ns, cinx_value v);
void vp_emit(cinx_report *r, const vp_notes *ns);

/* An area's sparkline for ind scaled to lo..hi. */
void vp_spark(const cinx_dataset *ds, int area, size_t ind, double lo, double hi, bool ascii,
	      char *buf, size_t cap);

/* "Trend 2013-2025" */
void vp_trend_title(const cinx_dataset *ds, char *buf, size_t cap);

/* Hands r over, or reports that it could not be made. */
cinx_status vp_finish(cinx_report *r, cinx_report **out, cinx_error *err);

#endif
