/* SPDX-License-Identifier: MIT */
/* The explorer's state machine beyond the table: pins and the comparison,
 * statistical neighbours, the notable list, predecessors in trends,
 * export, copy, the command line and the first-run screen. On the
 * hand-made fixtures; what a user sees is read from the drawn screen
 * (screen.h), what the runner is asked for from the state's requests. */
#include "state_test.h"

#include <sys/stat.h>

#include "screen.h"

static cinx_neighbours *model;
static char dir[64];
static char sn_path[4096];

/* The fixture as cinx opens it, the neighbours model, a scratch folder. */
static int setup_all(void **state)
{
	cinx_error err;

	setup(state);
	snprintf(sn_path, sizeof sn_path, "%s/tests/compare/sn.csv", getenv("top_srcdir") ? getenv("top_srcdir") : ".");
	if (cinx_neighbours_load_file(sn_path, &model, &err))
		fail_msg("%s", err.message);
	snprintf(dir, sizeof dir, "/tmp/cinx-state-XXXXXX");
	if (!mkdtemp(dir))
		fail_msg("mkdtemp failed");
	return 0;
}

static int teardown_all(void **state)
{
	char cmd[128];

	teardown(state);
	cinx_neighbours_free(model);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fail_msg("could not remove %s", dir);
	return 0;
}

static const char *name(int area)
{
	return cinx_dataset_area(ds, area)->name;
}

/* ---- pins and the comparison --------------------------------------------------- */

static void space_pins_and_unpins_in_order(void **state)
{
	(void)state;
	press("j<Enter> j ");
	assert_int_equal(st.n_pins, 2);
	assert_string_equal(name(st.pins[0]), "Hartlepool");
	assert_string_equal(name(st.pins[1]), "Newcastle upon Tyne");
	assert_string_equal(status_line(&st), "Pinned Newcastle upon Tyne (2 of 8); c compares the pinned areas");
	press("k ");
	assert_int_equal(st.n_pins, 1);
	assert_string_equal(name(st.pins[0]), "Newcastle upon Tyne");
	assert_string_equal(status_line(&st), "Unpinned Hartlepool (1 pinned)");
	assert_true(ui_state_pinned(&st, area("Newcastle")));
	assert_false(ui_state_pinned(&st, area("Hartlepool")));
}

static void areas_of_any_level_up_to_eight(void **state)
{
	(void)state;
	press(" j j j j <Enter> j k<Enter> j ");
	assert_int_equal(st.n_pins, 8);
	assert_string_equal(name(st.pins[0]), "England");
	assert_string_equal(name(st.pins[5]), "Inner London");
	assert_string_equal(name(st.pins[7]), "Camden");
	assert_false(ui_state_pinned(&st, area("Hackney")));
	assert_string_equal(status_line(&st),
			    "8 areas are pinned, the most a comparison shows: Space on one unpins it, X all");
	press("X");
	assert_int_equal(st.n_pins, 0);
	assert_string_equal(status_line(&st), "Unpinned all 8 areas");
}

static void the_comparison_takes_year_and_indicator_keys(void **state)
{
	(void)state;
	press("j<Enter> j <BS>G c");
	assert_int_equal(ui_state_mode(&st), UI_MODE_COMPARE);
	assert_int_equal(ui_state_mode(&st), UI_MODE_COMPARE);
	press("[m");
	assert_int_equal(shown_year(&st), 2023);
	assert_int_equal(shown_metric(&st), 1);
	press("jj");
	assert_int_equal(ui_compare_sel(&st), 2);
	assert_string_equal(name(ui_state_focus_area(&st)), "London");
	/* Space there unpins the selected row */
	press(" ");
	assert_int_equal(st.n_pins, 2);
	assert_int_equal(ui_compare_sel(&st), 1);
	/* Enter shows the area in the table */
	press("<Enter>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	assert_string_equal(name(ui_state_selected_area(&st)), "Newcastle upon Tyne");
	press("c<BS>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	press("cc");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
}

static void comparing_nothing_says_how_to_pin(void **state)
{
	(void)state;
	press("c");
	assert_int_equal(ui_state_mode(&st), UI_MODE_COMPARE);
	assert_string_equal(status_line(&st), "Nothing pinned yet: Space pins the selected area (up to 8)");
	assert_int_equal(ui_state_focus_area(&st), -1);
}

/* ---- statistical neighbours ------------------------------------------------------- */

static void a_pins_an_authority_with_its_neighbours_in_model_order(void **state)
{
	(void)state;
	st.env.neighbours = model;
	press("j<Enter>a");
	assert_int_equal(ui_state_mode(&st), UI_MODE_COMPARE);
	assert_int_equal(st.n_pins, 5);
	assert_string_equal(name(st.pins[0]), "Hartlepool");
	assert_string_equal(name(st.pins[1]), "Newcastle upon Tyne");
	assert_string_equal(name(st.pins[2]), "Kingston upon Hull, City of");
	assert_string_equal(name(st.pins[3]), "Camden");
	assert_string_equal(name(st.pins[4]), "Hackney");
	assert_string_equal(status_line(&st), "Pinned Hartlepool and its 4 statistical neighbours");
}

static void neighbours_missing_from_the_data_are_counted(void **state)
{
	(void)state;
	st.env.neighbours = model;
	/* North Northamptonshire's fourth neighbour, 999, is in no row of the data */
	press("/North Northam<Enter>a");
	assert_int_equal(st.n_pins, 4);
	assert_string_equal(status_line(&st), "Pinned North Northamptonshire and its 3 statistical neighbours; 1 in the "
					"model are not in the data");
}

static void neighbours_need_a_model_an_authority_and_an_entry(void **state)
{
	(void)state;
	press("j<Enter>a");
	assert_string_equal(status_line(&st), "No statistical neighbours model loaded: start cinx with --neighbours FILE");
	st.env.neighbours = model;
	press("ka");
	assert_string_equal(status_line(&st), "Statistical neighbours are for local authorities; North East is not one");
	assert_int_equal(st.n_pins, 0);
	char want[4200];

	press("/Northamptonshire<Enter>a");
	snprintf(want, sizeof want, "Northamptonshire is not in the statistical neighbours model %s", sn_path);
	assert_string_equal(status_line(&st), want);
}

/* ---- notable changes --------------------------------------------------------------- */

static void the_notable_list_follows_year_and_indicator(void **state)
{
	(void)state;
	press("m!");
	assert_int_equal(ui_state_mode(&st), UI_MODE_NOTABLE);
	assert_int_equal(ui_notable_of(&st)->n, 1);
	assert_string_equal(name(ui_notable_of(&st)->rows[0].area), "North Yorkshire");
	assert_int_equal(ui_notable_of(&st)->rows[0].outlier, 1);
	assert_false(ui_notable_of(&st)->rows[0].changed);
	assert_true(st.fences.n == 9);
	press("m");
	assert_int_equal(ui_notable_of(&st)->n, 0);
	press("b<Enter>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	assert_string_equal(name(ui_state_selected_area(&st)), "North Yorkshire");
}

/* ---- predecessors ----------------------------------------------------------------------- */

static void trends_take_predecessors_combined_figures_on_request(void **state)
{
	int nn = area("North Northamptonshire");
	size_t y2021 = (size_t)cinx_dataset_year_index(ds, 2021);
	cinx_value v;

	(void)state;
	assert_false(ui_state_predecessor_year(&st, nn, y2021));
	assert_int_equal(ui_state_trend_value(&st, nn, y2021, 0).kind, CINX_NO_ROW);
	press("jjj<Enter>P");
	assert_true(st.predecessors);
	/* Northamptonshire was split in two: the warning that it covered more */
	assert_string_equal(status_line(&st), "Predecessors in trends, dimmed: North Northamptonshire: Northamptonshire "
					      "2021, which covered more: its counts do not compare, its rates and "
					      "percentages do");
	assert_true(ui_state_predecessor_year(&st, nn, y2021));
	v = ui_state_trend_value(&st, nn, y2021, 0);
	assert_int_equal(v.kind, CINX_NUM);
	assert_true(v.num == 7000);
	/* a single predecessor's own percentage: 24.0 (1,680 / 7,000) */
	v = ui_state_trend_value(&st, nn, y2021, 2);
	assert_true(v.num == 24.0);
	assert_false(ui_state_predecessor_year(&st, nn, y2021 + 1));
	press("P");
	assert_string_equal(status_line(&st), "Trends show each area's own years only");
}

/* ---- export, copy, the command line --------------------------------------------------- */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	static char buf[8192];
	size_t n;

	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void export_offers_a_name_and_writes_the_format_of_its_extension(void **state)
{
	char keys[256], path[128];
	const char *text;

	(void)state;
	press("j<Enter> j <BS>G mmce");
	assert_int_equal(ui_state_mode(&st), UI_MODE_PROMPT);
	assert_non_null(strstr(status_line(&st), "Export to: cinx-compare-rereferral-percent-2024.csv "));
	snprintf(path, sizeof path, "%s/c.json", dir);
	snprintf(keys, sizeof keys, "<C-u>%s<Enter>", path);
	press(keys);
	assert_int_equal(ui_state_mode(&st), UI_MODE_COMPARE);
	text = slurp(path);
	assert_non_null(text);
	assert_non_null(strstr(text, "\"area_name\":\"Hartlepool\""));
	/* every year of the series, one key per year */
	assert_non_null(strstr(text, "\"2021\":25.0,\"2021_status\":\"ok\""));
	assert_non_null(strstr(text, "\"2024\":25.0,\"2024_status\":\"ok\""));
	assert_non_null(strstr(status_line(&st), "Saved the series (3 rows, json) to "));
}

static void export_asks_before_replacing_and_knows_extensions(void **state)
{
	char keys[256];

	(void)state;
	snprintf(keys, sizeof keys, "j<Enter>e<C-u>%s/t.xls<Enter>", dir);
	press(keys);
	assert_int_equal(ui_state_mode(&st), UI_MODE_PROMPT);
	assert_true(shows(&st, "Name the file .csv, .json, .md, .tsv or .txt: the extension picks the format"));
	snprintf(keys, sizeof keys, "<BS><BS><BS>csv<Enter>");
	press(keys);
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	snprintf(keys, sizeof keys, "e<C-u>%s/t.csv<Enter>", dir);
	press(keys);
	assert_int_equal(ui_state_mode(&st), UI_MODE_PROMPT);
	assert_true(shows(&st, "/t.csv exists: Enter again replaces it"));
	press("<Enter>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	press("e<Esc>");
	assert_string_equal(status_line(&st), "Export cancelled");
}

static void copy_asks_the_runner_for_the_clipboard(void **state)
{
	(void)state;
	press("j<Enter>y");
	assert_int_equal(st.request, UI_REQ_CLIPBOARD);
	assert_non_null(st.clip);
	assert_non_null(strstr(st.clip, "Number of referrals: North East and its local authorities, 2024"));
	assert_non_null(strstr(st.clip, "Hartlepool"));
	/* the title, a blank, the header and its rule, a row per area */
	assert_string_equal(status_line(&st), "Copied the table as text (7 lines) via OSC 52, if the terminal allows it");
}

static void the_command_line_names_everything_the_view_needs(void **state)
{
	(void)state;
	snprintf(st.data_path, sizeof st.data_path, "my data.csv");
	st.env.population = "pop.csv";
	press("jj<Enter>mmssj cP$");
	assert_int_equal(ui_state_mode(&st), UI_MODE_COMMAND);
	assert_string_equal(st.command, "cinx --data 'my data.csv' --population pop.csv --region E12000003 "
					"--metric rereferral_percent --year 2024 --sort desc --pin E06000065 "
					"--with-predecessors --sort-by value --area E06000065 --view compare");
	press("y");
	assert_int_equal(st.request, UI_REQ_CLIPBOARD);
	assert_string_equal(st.clip, st.command);
	press("<Esc>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_COMPARE);
}

static void the_command_line_reopens_the_same_state(void **state)
{
	ui_start start;
	cinx_error err;
	ui_state s2;

	(void)state;
	press("G<Enter><Enter>sS{ c");
	ui_start_defaults(&start);
	start.year_idx = 0;
	start.level = area("Inner London");
	start.area = area("Camden");
	start.sort = UI_SORT_NAME;
	start.descending = 1;
	start.pins[start.n_pins++] = area("Camden");
	start.view = UI_VIEW_COMPARE;
	assert_int_equal(ui_state_init(&s2, ds, &start, &err), CINX_OK);
	assert_int_equal(ui_areas_of(&s2)->depth, ui_areas_of(&st)->depth);
	assert_int_equal(ui_areas_of(&s2)->sel, ui_areas_of(&st)->sel);
	assert_int_equal(ui_areas_of(&s2)->n_rows, ui_areas_of(&st)->n_rows);
	assert_memory_equal(ui_areas_of(&s2)->rows, ui_areas_of(&st)->rows, ui_areas_of(&st)->n_rows * sizeof *ui_areas_of(&st)->rows);
	assert_int_equal(ui_state_mode(&s2), ui_state_mode(&st));
	/* and the screens are the same, to the letter */
	char *again = strdup(screen(&s2));
	assert_string_equal(again, screen(&st));
	free(again);
	ui_state_free(&s2);
}

/* ---- the first-run screen ---------------------------------------------------------- */

static void first_run_choices(void **state)
{
	(void)state;
	ui_view_show(&st, &ui_view_welcome);
	assert_int_equal(ui_state_mode(&st), UI_MODE_WELCOME);
	press("d");
	assert_string_equal(status_line(&st), "This build cannot download: follow the steps shown, or open a file (f)");
	st.env.can_download = true;
	press("d");
	assert_int_equal(st.request, UI_REQ_DOWNLOAD);
	st.request = UI_REQ_NONE;
	press("jj<Enter>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	assert_string_equal(status_line(&st), "Exploring the demo data; 'cinx update' downloads the official data");
}

static void first_run_opens_a_file_by_name(void **state)
{
	(void)state;
	ui_view_show(&st, &ui_view_welcome);
	press("2");
	assert_int_equal(ui_state_mode(&st), UI_MODE_PROMPT);
	press("<Enter>");
	assert_true(shows(&st, "Type a file name first (Esc cancels)"));
	press("c1.csv<BS><BS><BS>txt<Enter>");
	assert_int_equal(st.request, UI_REQ_OPEN_FILE);
	assert_string_equal(st.prompt.text, "c1.txt");
	assert_int_equal(ui_state_mode(&st), UI_MODE_WELCOME);
}

static void another_data_set_starts_afresh(void **state)
{
	cinx_dataset *other = load_fixture("mini.csv");
	cinx_error err;

	(void)state;
	press("j<Enter> mm[");
	assert_int_equal(ui_state_set_dataset(&st, other, &err), CINX_OK);
	assert_int_equal(st.n_pins, 0);
	assert_int_equal(ui_areas_of(&st)->depth, 1);
	assert_int_equal(shown_metric(&st), 2); /* the same indicator, found by name */
	assert_int_equal(shown_year(&st), 2024);
	ui_state_free(&st);
	cinx_dataset_free(other);
	memset(&st, 0, sizeof st);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup_all, teardown_all)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(space_pins_and_unpins_in_order),
		T(areas_of_any_level_up_to_eight),
		T(the_comparison_takes_year_and_indicator_keys),
		T(comparing_nothing_says_how_to_pin),
		T(a_pins_an_authority_with_its_neighbours_in_model_order),
		T(neighbours_missing_from_the_data_are_counted),
		T(neighbours_need_a_model_an_authority_and_an_entry),
		T(the_notable_list_follows_year_and_indicator),
		T(trends_take_predecessors_combined_figures_on_request),
		T(export_offers_a_name_and_writes_the_format_of_its_extension),
		T(export_asks_before_replacing_and_knows_extensions),
		T(copy_asks_the_runner_for_the_clipboard),
		T(the_command_line_names_everything_the_view_needs),
		T(the_command_line_reopens_the_same_state),
		T(first_run_choices),
		T(first_run_opens_a_file_by_name),
		T(another_data_set_starts_afresh),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
