#include <config.h>

#include <stdio.h>

#include "cinx/views.h"
#include "explorer.h"

/* Until the full-screen explorer lands, the overview is printed. */
int explorer_main(const cinx_dataset *ds, const cli_opts *o)
{
	cinx_view_opts vo;
	cinx_report *r = NULL;
	cinx_error err;

	cinx_view_opts_init(&vo);
	vo.ascii = o->ascii;
	if (cinx_view_overview(ds, &vo, &r, &err) || cinx_report_write(r, CINX_FORMAT_TEXT, o->ascii, stdout, &err)) {
		fprintf(stderr, "cinx: %s\n", err.message);
		cinx_report_free(r);
		return cinx_status_exit_code(err.status);
	}
	cinx_report_free(r);
	return 0;
}
