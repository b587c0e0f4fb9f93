/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/keyscript.h"
#include "keys.h"

#define CTRL(c) ((c) & 0x1f)

/* The default keys. Help lists them in this order. */
static const ui_binding bindings[] = {
	{UI_MODE_COMMON, UI_ACT_YEAR_PREV, {'[', CINX_KEY_LEFT}, "previous year"},
	{UI_MODE_COMMON, UI_ACT_YEAR_NEXT, {']', CINX_KEY_RIGHT}, "next year"},
	{UI_MODE_COMMON, UI_ACT_YEAR_FIRST, {'{', CINX_KEY_HOME}, "first year"},
	{UI_MODE_COMMON, UI_ACT_YEAR_LAST, {'}', CINX_KEY_END}, "latest year"},
	{UI_MODE_COMMON, UI_ACT_PLAY, {'p'}, "play through the years (any key stops)"},
	{UI_MODE_COMMON, UI_ACT_METRIC_NEXT, {'m'}, "next indicator"},
	{UI_MODE_COMMON, UI_ACT_METRIC_PREV, {'b'}, "previous indicator"},
	{UI_MODE_COMMON, UI_ACT_METRIC_LIST, {'M'}, "list the indicators with their descriptions"},
	{UI_MODE_COMMON, UI_ACT_FILTER, {'f'}, "change a filter: the figures of one value per filter, as the bar under the header shows"},
	{UI_MODE_COMMON, UI_ACT_PIN, {' '}, "pin or unpin the selected area (up to 8, any level)"},
	{UI_MODE_COMMON, UI_ACT_PIN_NEIGHBOURS, {'a'}, "pin an authority and its statistical neighbours"},
	{UI_MODE_COMMON, UI_ACT_UNPIN_ALL, {'X'}, "unpin every area"},
	{UI_MODE_COMMON, UI_ACT_COMPARE, {'c'}, "compare the pinned areas (again: back to the table)"},
	{UI_MODE_COMMON, UI_ACT_NOTABLE, {'!'}, "notable changes and outliers (again: back)"},
	{UI_MODE_COMMON, UI_ACT_SPARK_SCALE, {'z'}, "trends scaled: each own range, one range on screen, from zero"},
	{UI_MODE_COMMON, UI_ACT_PREDECESSORS, {'P'}, "trends across boundary changes (predecessors, a split county's successors), on or off"},
	{UI_MODE_COMMON, UI_ACT_EXPORT, {'e'}, "export the view: .csv, .json, .md, .tsv or .txt"},
	{UI_MODE_COMMON, UI_ACT_COPY, {'y'}, "copy the view as text (OSC 52 clipboard)"},
	{UI_MODE_COMMON, UI_ACT_COMMAND_LINE, {'$'}, "the cinx command line that reopens this view"},
	{UI_MODE_COMMON, UI_ACT_CATALOGUE, {'D'}, "the EES catalogue: search, download and open another data set (again: back)"},
	{UI_MODE_COMMON, UI_ACT_MOUSE, {'o'}, "mouse on or off (off: the terminal selects text)"},
	{UI_MODE_COMMON, UI_ACT_HELP, {'?'}, "this help"},
	{UI_MODE_COMMON, UI_ACT_REDRAW, {CTRL('l')}, "redraw the screen"},
	{UI_MODE_COMMON, UI_ACT_QUIT, {'q', CTRL('c')}, "quit"},

	{UI_MODE_BROWSE, UI_ACT_UP, {'k', CINX_KEY_UP}, "previous row"},
	{UI_MODE_BROWSE, UI_ACT_DOWN, {'j', CINX_KEY_DOWN}, "next row"},
	{UI_MODE_BROWSE, UI_ACT_PAGE_UP, {CINX_KEY_PGUP, CTRL('b')}, "page up"},
	{UI_MODE_BROWSE, UI_ACT_PAGE_DOWN, {CINX_KEY_PGDN, CTRL('f')}, "page down"},
	{UI_MODE_BROWSE, UI_ACT_FIRST_ROW, {'g'}, "first row"},
	{UI_MODE_BROWSE, UI_ACT_LAST_ROW, {'G'}, "last row"},
	{UI_MODE_BROWSE, UI_ACT_DRILL, {CINX_KEY_ENTER, 'l'}, "open the areas within (an authority: its details)"},
	{UI_MODE_BROWSE, UI_ACT_BACK, {CINX_KEY_BACKSPACE, 'h'}, "back up a level"},
	{UI_MODE_BROWSE, UI_ACT_LEAGUE, {'L'}, "league table of every local authority (again: back)"},
	{UI_MODE_BROWSE, UI_ACT_REGION_NEXT, {'r'}, "league table: next region (all, then each)"},
	{UI_MODE_BROWSE, UI_ACT_REGION_PREV, {'R'}, "league table: previous region"},
	{UI_MODE_BROWSE, UI_ACT_TYPE_NEXT, {'t'}, "league table: next authority type, or all"},
	{UI_MODE_BROWSE, UI_ACT_TYPE_PREV, {'T'}, "league table: previous authority type"},
	{UI_MODE_BROWSE, UI_ACT_LEVEL_NEXT, {'v'}, "league table: next geographic level (local authorities, then each other level)"},
	{UI_MODE_BROWSE, UI_ACT_LEVEL_PREV, {'V'}, "league table: previous geographic level"},
	{UI_MODE_BROWSE, UI_ACT_SORT_NEXT, {'s'}, "sort by: standard, name, value, change, change %, rank"},
	{UI_MODE_BROWSE, UI_ACT_SORT_REVERSE, {'S'}, "reverse the sort"},
	{UI_MODE_BROWSE, UI_ACT_SEARCH, {'/'}, "search areas by name or code"},
	{UI_MODE_BROWSE, UI_ACT_SEARCH_NEXT, {'n'}, "next match"},
	{UI_MODE_BROWSE, UI_ACT_SEARCH_PREV, {'N'}, "previous match"},
	{UI_MODE_BROWSE, UI_ACT_DETAIL, {CINX_KEY_TAB}, "show or hide the detail pane"},
	{UI_MODE_BROWSE, UI_ACT_DETAIL_HALF_DOWN, {CTRL('d')}, "detail pane: half a page down (PgDn, wheel when it fills the screen)"},
	{UI_MODE_BROWSE, UI_ACT_DETAIL_HALF_UP, {CTRL('u')}, "detail pane: half a page up"},
	{UI_MODE_BROWSE, UI_ACT_DETAIL_LINE_DOWN, {CTRL('e')}, "detail pane: a line down"},
	{UI_MODE_BROWSE, UI_ACT_DETAIL_LINE_UP, {CTRL('y')}, "detail pane: a line up"},
	{UI_MODE_BROWSE, UI_ACT_CLOSE, {CINX_KEY_ESC}, "close the detail pane or clear the message"},

	{UI_MODE_COMPARE, UI_ACT_UP, {'k', CINX_KEY_UP}, "previous pinned area"},
	{UI_MODE_COMPARE, UI_ACT_DOWN, {'j', CINX_KEY_DOWN}, "next pinned area"},
	{UI_MODE_COMPARE, UI_ACT_FIRST_ROW, {'g'}, "first pinned area"},
	{UI_MODE_COMPARE, UI_ACT_LAST_ROW, {'G'}, "last pinned area"},
	{UI_MODE_COMPARE, UI_ACT_ACCEPT, {CINX_KEY_ENTER, 'l'}, "show the area in the table"},
	{UI_MODE_COMPARE, UI_ACT_CLOSE, {CINX_KEY_BACKSPACE, 'h', CINX_KEY_ESC}, "back to the table"},

	{UI_MODE_NOTABLE, UI_ACT_UP, {'k', CINX_KEY_UP}, "previous authority"},
	{UI_MODE_NOTABLE, UI_ACT_DOWN, {'j', CINX_KEY_DOWN}, "next authority"},
	{UI_MODE_NOTABLE, UI_ACT_PAGE_UP, {CINX_KEY_PGUP, CTRL('b')}, "page up"},
	{UI_MODE_NOTABLE, UI_ACT_PAGE_DOWN, {CINX_KEY_PGDN, CTRL('f')}, "page down"},
	{UI_MODE_NOTABLE, UI_ACT_FIRST_ROW, {'g'}, "first authority"},
	{UI_MODE_NOTABLE, UI_ACT_LAST_ROW, {'G'}, "last authority"},
	{UI_MODE_NOTABLE, UI_ACT_ACCEPT, {CINX_KEY_ENTER, 'l'}, "show the authority in the table"},
	{UI_MODE_NOTABLE, UI_ACT_CLOSE, {CINX_KEY_BACKSPACE, 'h', CINX_KEY_ESC}, "back to the table"},

	{UI_MODE_CATALOGUE, UI_ACT_UP, {'k', CINX_KEY_UP}, "previous row"},
	{UI_MODE_CATALOGUE, UI_ACT_DOWN, {'j', CINX_KEY_DOWN}, "next row"},
	{UI_MODE_CATALOGUE, UI_ACT_PAGE_UP, {CINX_KEY_PGUP, CTRL('b')}, "page up"},
	{UI_MODE_CATALOGUE, UI_ACT_PAGE_DOWN, {CINX_KEY_PGDN, CTRL('f')}, "page down"},
	{UI_MODE_CATALOGUE, UI_ACT_FIRST_ROW, {'g'}, "first row"},
	{UI_MODE_CATALOGUE, UI_ACT_LAST_ROW, {'G'}, "last row"},
	{UI_MODE_CATALOGUE, UI_ACT_SEARCH, {'/'}, "search the catalogue (3 characters or more; none: every publication)"},
	{UI_MODE_CATALOGUE, UI_ACT_ACCEPT, {CINX_KEY_ENTER, 'l'}, "a publication's data sets; a data set: open it (downloaded first when not cached)"},
	{UI_MODE_CATALOGUE, UI_ACT_UPDATE_DATASET, {'u'}, "download the data set's latest version, then open it"},
	{UI_MODE_CATALOGUE, UI_ACT_BACK, {CINX_KEY_BACKSPACE, 'h'}, "back to the publications; from them, to the table"},
	{UI_MODE_CATALOGUE, UI_ACT_CLOSE, {CINX_KEY_ESC}, "back to the table"},

	{UI_MODE_SEARCH, UI_ACT_UP, {CINX_KEY_UP, CTRL('p')}, "previous match"},
	{UI_MODE_SEARCH, UI_ACT_DOWN, {CINX_KEY_DOWN, CTRL('n'), CINX_KEY_TAB}, "next match"},
	{UI_MODE_SEARCH, UI_ACT_ACCEPT, {CINX_KEY_ENTER}, "go to the highlighted match"},
	{UI_MODE_SEARCH, UI_ACT_ERASE, {CINX_KEY_BACKSPACE, CTRL('h')}, "delete a character"},
	{UI_MODE_SEARCH, UI_ACT_CLOSE, {CINX_KEY_ESC}, "cancel the search"},
	{UI_MODE_SEARCH, UI_ACT_QUIT, {CTRL('c')}, "quit"},

	{UI_MODE_METRICS, UI_ACT_UP, {'k', CINX_KEY_UP}, "previous indicator"},
	{UI_MODE_METRICS, UI_ACT_DOWN, {'j', CINX_KEY_DOWN, 'M'}, "next indicator"},
	{UI_MODE_METRICS, UI_ACT_ACCEPT, {CINX_KEY_ENTER, 'l'}, "show the highlighted indicator"},
	{UI_MODE_METRICS, UI_ACT_CLOSE, {CINX_KEY_ESC, 'q', 'h', CINX_KEY_BACKSPACE}, "close the list"},
	{UI_MODE_METRICS, UI_ACT_QUIT, {CTRL('c')}, "quit"},

	{UI_MODE_FILTERS, UI_ACT_UP, {'k', CINX_KEY_UP}, "previous filter"},
	{UI_MODE_FILTERS, UI_ACT_DOWN, {'j', CINX_KEY_DOWN}, "next filter"},
	{UI_MODE_FILTERS, UI_ACT_ACCEPT, {CINX_KEY_ENTER, 'l'}, "list the highlighted filter's values"},
	{UI_MODE_FILTERS, UI_ACT_CLOSE, {CINX_KEY_ESC, 'q', 'h', CINX_KEY_BACKSPACE}, "close the list"},
	{UI_MODE_FILTERS, UI_ACT_QUIT, {CTRL('c')}, "quit"},

	{UI_MODE_FILTER_VALUES, UI_ACT_UP, {CINX_KEY_UP, CTRL('p')}, "previous value"},
	{UI_MODE_FILTER_VALUES, UI_ACT_DOWN, {CINX_KEY_DOWN, CTRL('n'), CINX_KEY_TAB}, "next value"},
	{UI_MODE_FILTER_VALUES, UI_ACT_ACCEPT, {CINX_KEY_ENTER}, "show the figures of the highlighted value"},
	{UI_MODE_FILTER_VALUES, UI_ACT_ERASE, {CINX_KEY_BACKSPACE, CTRL('h')}, "delete a character (typing narrows the list)"},
	{UI_MODE_FILTER_VALUES, UI_ACT_CLOSE, {CINX_KEY_ESC}, "cancel: the filter stays as it was"},
	{UI_MODE_FILTER_VALUES, UI_ACT_QUIT, {CTRL('c')}, "quit"},

	{UI_MODE_PROMPT, UI_ACT_ACCEPT, {CINX_KEY_ENTER}, "use the file name"},
	{UI_MODE_PROMPT, UI_ACT_COMPLETE, {CINX_KEY_TAB}, "complete a file or folder name"},
	{UI_MODE_PROMPT, UI_ACT_ERASE, {CINX_KEY_BACKSPACE, CTRL('h')}, "delete a character"},
	{UI_MODE_PROMPT, UI_ACT_CLEAR_LINE, {CTRL('u')}, "delete the whole name"},
	{UI_MODE_PROMPT, UI_ACT_CLOSE, {CINX_KEY_ESC}, "cancel"},
	{UI_MODE_PROMPT, UI_ACT_QUIT, {CTRL('c')}, "quit"},

	{UI_MODE_COMMAND, UI_ACT_COPY, {'y'}, "copy the command line (OSC 52 clipboard)"},
	{UI_MODE_COMMAND, UI_ACT_CLOSE, {CINX_KEY_ESC, 'q', CINX_KEY_ENTER, '$'}, "close"},
	{UI_MODE_COMMAND, UI_ACT_QUIT, {CTRL('c')}, "quit"},

	{UI_MODE_WELCOME, UI_ACT_UP, {'k', CINX_KEY_UP}, "previous choice"},
	{UI_MODE_WELCOME, UI_ACT_DOWN, {'j', CINX_KEY_DOWN}, "next choice"},
	{UI_MODE_WELCOME, UI_ACT_ACCEPT, {CINX_KEY_ENTER}, "take the highlighted choice"},
	{UI_MODE_WELCOME, UI_ACT_DOWNLOAD, {'d', '1'}, "download the official data now"},
	{UI_MODE_WELCOME, UI_ACT_OPEN_FILE, {'f', '2'}, "open a C1 file you have"},
	{UI_MODE_WELCOME, UI_ACT_EXPLORE_DEMO, {'x', '3'}, "explore the demo data"},
	{UI_MODE_WELCOME, UI_ACT_CATALOGUE, {'D'}, "search the EES catalogue for another data set"},
	{UI_MODE_WELCOME, UI_ACT_HELP, {'?'}, "this help"},
	{UI_MODE_WELCOME, UI_ACT_QUIT, {'q', CTRL('c')}, "quit"},

	{UI_MODE_HELP, UI_ACT_UP, {'k', CINX_KEY_UP}, "scroll up"},
	{UI_MODE_HELP, UI_ACT_DOWN, {'j', CINX_KEY_DOWN}, "scroll down"},
	{UI_MODE_HELP, UI_ACT_PAGE_UP, {CINX_KEY_PGUP}, "page up"},
	{UI_MODE_HELP, UI_ACT_PAGE_DOWN, {CINX_KEY_PGDN, ' '}, "page down"},
	{UI_MODE_HELP, UI_ACT_FIRST_ROW, {'g'}, "the top"},
	{UI_MODE_HELP, UI_ACT_LAST_ROW, {'G'}, "the end"},
	{UI_MODE_HELP, UI_ACT_CLOSE, {CINX_KEY_ESC, '?', 'q', CINX_KEY_ENTER}, "close the help"},
	{UI_MODE_HELP, UI_ACT_QUIT, {CTRL('c')}, "quit"},
};
#define N_BINDINGS (sizeof bindings / sizeof bindings[0])

static ui_action lookup(ui_mode mode, int key)
{
	for (size_t i = 0; i < N_BINDINGS; i++) {
		if (bindings[i].mode != mode)
			continue;
		for (int k = 0; k < UI_KEYS_PER_BINDING && bindings[i].keys[k]; k++)
			if (bindings[i].keys[k] == key)
				return bindings[i].action;
	}
	return UI_ACT_NONE;
}

ui_action ui_keys_action(ui_mode mode, int key)
{
	ui_action a;

	if (key == 0)
		return UI_ACT_NONE;
	a = lookup(mode, key);
	if (a == UI_ACT_NONE && (mode == UI_MODE_BROWSE || mode == UI_MODE_COMPARE || mode == UI_MODE_NOTABLE ||
				 mode == UI_MODE_CATALOGUE))
		a = lookup(UI_MODE_COMMON, key);
	return a;
}

const ui_binding *ui_keys_bindings(size_t *n)
{
	*n = N_BINDINGS;
	return bindings;
}

size_t ui_key_label(int key, bool ascii, char *buf, size_t cap)
{
	static const struct {
		int key;
		const char *utf8, *ascii;
	} arrows[] = {
		{CINX_KEY_UP, "\xE2\x86\x91", "Up"}, {CINX_KEY_DOWN, "\xE2\x86\x93", "Down"},
		{CINX_KEY_LEFT, "\xE2\x86\x90", "Left"}, {CINX_KEY_RIGHT, "\xE2\x86\x92", "Right"},
	};
	const char *name = cinx_key_name(key);
	int n;

	for (size_t i = 0; i < sizeof arrows / sizeof arrows[0]; i++)
		if (arrows[i].key == key)
			name = ascii ? arrows[i].ascii : arrows[i].utf8;
	if (name)
		n = snprintf(buf, cap, "%s", name);
	else if (key == ' ')
		n = snprintf(buf, cap, "Space");
	else if (key > 0 && key < 0x20)
		n = snprintf(buf, cap, "C-%c", key + 'a' - 1);
	else if (key < 0x80)
		n = snprintf(buf, cap, "%c", key);
	else
		n = snprintf(buf, cap, "?"); /* no default binding is beyond ASCII */
	return n < 0 ? 0 : (size_t)n;
}
