/* SPDX-License-Identifier: MIT */
/* The explorer's state machine on the hand-made fixture: keys become
 * actions, actions change the state, and the drawn screen (screen.h) shows
 * it: messages, the indicator, the year, the order, the matches. */
#include "state_test.h"
#include "screen.h"

static int year(void)
{
	return shown_year(&st);
}

static void opens_on_england_and_regions_in_the_latest_year(void **state)
{
	(void)state;
	assert_int_equal(ui_areas_of(&st)->depth, 1);
	assert_int_equal(ui_areas_of(&st)->n_rows, 5);
	assert_string_equal(row_name(0), "England");
	assert_string_equal(row_name(1), "North East");
	assert_string_equal(row_name(4), "London");
	assert_string_equal(selected(), "England");
	assert_int_equal(year(), 2024);
}

static void drills_into_a_region_and_back(void **state)
{
	(void)state;
	press("j<Enter>");
	assert_int_equal(ui_areas_of(&st)->depth, 2);
	assert_int_equal(ui_areas_of(&st)->n_rows, 3);
	assert_string_equal(row_name(0), "North East");
	assert_string_equal(selected(), "Hartlepool");
	press("<BS>");
	assert_int_equal(ui_areas_of(&st)->depth, 1);
	assert_string_equal(selected(), "North East");
	press("h");
	assert_string_equal(status_line(&st), "This is the top: England and its regions");
}

static void london_leads_to_inner_london_then_boroughs(void **state)
{
	(void)state;
	press("G<Enter>");
	assert_string_equal(row_name(0), "London");
	assert_string_equal(row_name(1), "Inner London");
	assert_string_equal(row_name(2), "Outer London");
	assert_string_equal(selected(), "Inner London");
	press("<Enter>");
	assert_int_equal(ui_areas_of(&st)->depth, 3);
	assert_string_equal(row_name(0), "Inner London");
	assert_string_equal(row_name(1), "Camden");
	assert_string_equal(row_name(2), "Hackney");
	/* an authority has nothing below: Enter shows its details instead */
	press("<Enter>");
	assert_int_equal(ui_areas_of(&st)->depth, 3);
	assert_true(ui_state_detail_shown(&st));
	press("<BS>");
	assert_false(ui_state_detail_shown(&st));
	assert_int_equal(ui_areas_of(&st)->depth, 3);
}

static void years_move_and_stop_at_the_ends(void **state)
{
	(void)state;
	press("[");
	assert_int_equal(year(), 2023);
	press("{");
	assert_int_equal(year(), 2021);
	press("<Left>");
	assert_int_equal(year(), 2021);
	assert_string_equal(status_line(&st), "2021 is the first year in the data");
	press("}");
	assert_int_equal(year(), 2024);
	press("]");
	assert_string_equal(status_line(&st), "2024 is the latest year in the data");
}

static void areas_without_a_row_that_year_are_left_out(void **state)
{
	(void)state;
	press("jjj<Enter>");
	assert_string_equal(row_name(0), "East Midlands");
	assert_int_equal(ui_areas_of(&st)->n_rows, 3);
	assert_string_equal(row_name(1), "North Northamptonshire");
	press("{");
	assert_int_equal(ui_areas_of(&st)->n_rows, 2);
	assert_string_equal(row_name(1), "Northamptonshire");
}

static void sorting_by_value_keeps_symbols_last(void **state)
{
	(void)state;
	press("mmss");
	assert_int_equal(shown_metric(&st), 2); /* rereferral_percent */
	assert_string_equal(shown_sort(&st), "sorted by value v");
	assert_string_equal(row_name(0), "England"); /* the level's own area stays first */
	assert_string_equal(row_name(1), "East Midlands");
	assert_string_equal(row_name(4), "London");
	press("S");
	assert_string_equal(row_name(1), "London");
	assert_string_equal(row_name(4), "East Midlands");
}

static void sorting_keeps_symbols_last_either_way(void **state)
{
	(void)state;
	/* 2021, Inner London: Hackney's x stays below Camden's number */
	press("{G<Enter><Enter>mmss");
	assert_string_equal(row_name(1), "Camden");
	assert_string_equal(row_name(2), "Hackney");
	press("S");
	assert_string_equal(row_name(1), "Camden");
	assert_string_equal(row_name(2), "Hackney");
}

static void sort_keeps_the_selected_area(void **state)
{
	(void)state;
	press("jj");
	assert_string_equal(selected(), "Yorkshire and The Humber");
	press("ss");
	assert_string_equal(selected(), "Yorkshire and The Humber");
	assert_string_equal(row_name((size_t)ui_areas_of(&st)->sel), "Yorkshire and The Humber");
}

static void sorting_by_change_percent_then_rank(void **state)
{
	(void)state;
	press("jj<Enter>");
	assert_string_equal(row_name(1), "Kingston upon Hull, City of"); /* standard: by name */
	press("ssss");
	assert_string_equal(shown_sort(&st), "sorted by change % v");
	press("s");
	assert_string_equal(shown_sort(&st), "sorted by rank ^"); /* rank 1 first */
	assert_string_equal(row_name(0), "Yorkshire and The Humber");
	assert_string_equal(row_name(1), "North Yorkshire");
	assert_string_equal(row_name(2), "Kingston upon Hull, City of");
	press("S");
	assert_string_equal(row_name(1), "Kingston upon Hull, City of");
	press("s");
	assert_string_equal(shown_sort(&st), "standard order");
}

static void search_lands_on_the_match_in_its_region(void **state)
{
	(void)state;
	press("/hull");
	assert_int_equal(ui_state_mode(&st), UI_MODE_SEARCH);
	assert_int_equal(shown_matches(&st), 1);
	press("<Enter>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	assert_int_equal(ui_areas_of(&st)->depth, 2);
	assert_string_equal(row_name(0), "Yorkshire and The Humber");
	assert_string_equal(selected(), "Kingston upon Hull, City of");
	assert_string_equal(status_line(&st), "Match 1 of 1: Kingston upon Hull, City of");
}

static void search_orders_matches_and_walks_them(void **state)
{
	(void)state;
	press("/north");
	assert_true(shown_matches(&st) >= 5);
	/* a region whose name starts so first; a later word last */
	assert_string_equal(match_name(&st, 0), "North East");
	assert_string_equal(match_name(&st, shown_matches(&st) - 1), "West Northamptonshire");
	press("<Enter>");
	assert_string_equal(selected(), "North East");
	assert_int_equal(ui_areas_of(&st)->depth, 1);
	press("N");
	assert_string_equal(selected(), "West Northamptonshire");
	press("n");
	assert_string_equal(selected(), "North East");
}

static void search_by_code_prefix_and_editing(void **state)
{
	(void)state;
	press("/E0600001");
	assert_int_equal(shown_matches(&st), 1);
	press("<BS><BS>");
	assert_non_null(strstr(status_line(&st), "Search: E06000 "));
	assert_int_equal(shown_matches(&st), 5);
	press("<Esc>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	assert_string_equal(selected(), "England");
	press("n");
	assert_string_equal(status_line(&st), "No search yet: / searches by name or code");
}

static void search_jumps_to_a_year_with_data(void **state)
{
	(void)state;
	press("/Northamptonshire");
	assert_int_equal(shown_matches(&st), 3);
	assert_string_equal(match_name(&st, 0), "Northamptonshire"); /* exact */
	press("<Enter>");
	assert_int_equal(year(), 2021);
	assert_string_equal(selected(), "Northamptonshire");
	assert_string_equal(status_line(&st), "Northamptonshire has no data for 2024; showing 2021");
}

static void search_matches_nothing(void **state)
{
	(void)state;
	press("/zzz<Enter>");
	assert_string_equal(status_line(&st), "No area name or code contains 'zzz'");
}

static void indicators_cycle_and_list(void **state)
{
	(void)state;
	press("m");
	assert_int_equal(shown_metric(&st), 1);
	press("b");
	assert_int_equal(shown_metric(&st), 0);
	press("b");
	assert_int_equal(shown_metric(&st), 3);
	press("Mj<Enter>");
	assert_int_equal(shown_metric(&st), 0);
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	press("Mjj<Esc>");
	assert_int_equal(shown_metric(&st), 0);
}

static void help_opens_scrolls_and_closes(void **state)
{
	(void)state;
	ui_state_viewport(&st, 20, false, 5);
	press("?");
	assert_int_equal(ui_state_mode(&st), UI_MODE_HELP);
	press("jjjjjjjj");
	assert_int_equal(st.help_top, 5);
	press("<Esc>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
}

static void detail_pane_toggles_by_width(void **state)
{
	(void)state;
	assert_false(ui_state_detail_shown(&st));
	press("<Tab>");
	assert_true(ui_state_detail_shown(&st));
	ui_state_viewport(&st, 20, true, 0);
	assert_false(ui_state_detail_shown(&st)); /* flipped: hidden on a wide screen */
	press("<Tab>");
	assert_true(ui_state_detail_shown(&st));
}

static void paging_follows_the_viewport(void **state)
{
	(void)state;
	ui_state_viewport(&st, 2, false, 0);
	press("<PgDn>");
	assert_int_equal(ui_areas_of(&st)->sel, 1);
	press("G");
	assert_int_equal(ui_areas_of(&st)->sel, 4);
	assert_int_equal(ui_areas_of(&st)->path[0].top, 3);
	ui_state_scroll(&st, -3);
	assert_int_equal(ui_areas_of(&st)->path[0].top, 0);
	assert_int_equal(ui_areas_of(&st)->sel, 1); /* kept on screen */
}

static void playing_steps_and_any_key_stops(void **state)
{
	(void)state;
	press("p");
	assert_true(shows(&st, "> playing"));
	assert_int_equal(year(), 2021); /* from the latest, it starts over */
	ui_state_tick(&st);
	assert_int_equal(year(), 2022);
	press("j");
	assert_false(shows(&st, "> playing"));
	assert_string_equal(selected(), "England"); /* the key only stopped it */
	press("p");
	ui_state_tick(&st);
	ui_state_tick(&st);
	assert_int_equal(year(), 2024);
	assert_false(shows(&st, "> playing"));
}

static void unknown_keys_and_quitting(void **state)
{
	(void)state;
	press("Z");
	assert_string_equal(status_line(&st), "No action for key Z; ? lists the keys");
	press("<C-c>");
	assert_true(st.quit);
}

static void mouse_toggle_says_what_happens(void **state)
{
	(void)state;
	press("o");
	assert_false(st.mouse);
	assert_string_equal(status_line(&st), "Mouse off: the terminal selects text (o turns the mouse back on)");
}

static void opens_at_a_region_from_the_command_line(void **state)
{
	ui_start start;
	cinx_error err;
	ui_state s2;

	(void)state;
	ui_start_defaults(&start);
	start.year_idx = 0;
	start.metric = 2;
	assert_int_equal(cinx_lookup_area(ds, "Camden", &start.area, &err), CINX_OK);
	assert_int_equal(ui_state_init(&s2, ds, &start, &err), CINX_OK);
	assert_int_equal(ui_areas_of(&s2)->depth, 3);
	assert_string_equal(cinx_dataset_area(ds, ui_state_selected_area(&s2))->name, "Camden");
	assert_int_equal(shown_metric(&s2), 2);
	assert_non_null(strstr(status_line(&s2), "Enter open  BS back")); /* the hints: nothing to say */
	ui_state_free(&s2);
}

/* Each view sits in its own slot of the table of views, takes the keys of
 * a mode no other view takes, and has what the frame, the status bar, the
 * mouse and sharing ask of every view. */
static void every_view_is_registered_with_what_the_explorer_asks(void **state)
{
	(void)state;
	for (int v = 0; v < UI_VIEW_COUNT; v++) {
		const ui_view_class *c = ui_view_of((ui_view)v);
		assert_int_equal(c->id, v);
		assert_ptr_equal(ui_view_for_mode(c->mode), c);
		assert_non_null(c->word);
		assert_non_null(c->what);
		assert_non_null(c->help_title);
		assert_non_null(c->hints);
		assert_non_null(c->move);
		assert_non_null(c->accept);
		assert_non_null(c->focus);
		assert_non_null(c->n_rows);
		assert_non_null(c->top);
		assert_non_null(c->visible);
		assert_non_null(c->layout);
		assert_non_null(c->report);
	}
}

/* Esc with nothing open: the table closes the detail pane it flipped open,
 * the comparison and notable list go back to the table, the first-run
 * screen stays. */
static void escape_leaves_each_view_its_own_way(void **state)
{
	(void)state;
	ui_state_key(&st, CINX_KEY_TAB);
	assert_true(ui_state_detail_shown(&st));
	ui_state_key(&st, CINX_KEY_ESC);
	assert_false(ui_state_detail_shown(&st));
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	ui_state_key(&st, '!');
	assert_int_equal(ui_state_mode(&st), UI_MODE_NOTABLE);
	ui_state_key(&st, CINX_KEY_ESC);
	assert_int_equal(ui_state_mode(&st), UI_MODE_BROWSE);
	ui_view_show(&st, &ui_view_welcome);
	ui_state_key(&st, CINX_KEY_ESC);
	assert_int_equal(ui_state_mode(&st), UI_MODE_WELCOME);
	assert_int_equal(ui_state_mode(&st), UI_MODE_WELCOME);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(opens_on_england_and_regions_in_the_latest_year),
		T(drills_into_a_region_and_back),
		T(london_leads_to_inner_london_then_boroughs),
		T(years_move_and_stop_at_the_ends),
		T(areas_without_a_row_that_year_are_left_out),
		T(sorting_by_value_keeps_symbols_last),
		T(sorting_keeps_symbols_last_either_way),
		T(sort_keeps_the_selected_area),
		T(sorting_by_change_percent_then_rank),
		T(search_lands_on_the_match_in_its_region),
		T(search_orders_matches_and_walks_them),
		T(search_by_code_prefix_and_editing),
		T(search_jumps_to_a_year_with_data),
		T(search_matches_nothing),
		T(indicators_cycle_and_list),
		T(help_opens_scrolls_and_closes),
		T(detail_pane_toggles_by_width),
		T(paging_follows_the_viewport),
		T(playing_steps_and_any_key_stops),
		T(unknown_keys_and_quitting),
		T(mouse_toggle_says_what_happens),
		T(opens_at_a_region_from_the_command_line),
		T(every_view_is_registered_with_what_the_explorer_asks),
		T(escape_leaves_each_view_its_own_way),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
