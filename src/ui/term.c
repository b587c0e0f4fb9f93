/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "curses_wide.h"
#include "term.h"

static volatile sig_atomic_t pending;  /* the signal that asks us to quit */
static volatile sig_atomic_t active;   /* curses owns the terminal */
static SCREEN *screen;
static struct termios saved;
static bool have_saved;
/* What endwin would send, kept ready for a handler that cannot call curses */
static char reset_seq[256];
static size_t reset_len;

static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

/* Async-signal-safe: tcsetattr and write only. */
static void emergency_restore(void)
{
	if (!active)
		return;
	active = 0;
	if (have_saved)
		tcsetattr(STDOUT_FILENO, TCSANOW, &saved);
	if (reset_len && write(STDOUT_FILENO, reset_seq, reset_len) < 0)
		return;
}

static void on_quit_signal(int sig)
{
	/* a second signal means the main loop did not get to it: restore here */
	if (pending) {
		emergency_restore();
		_exit(128 + sig);
	}
	pending = sig;
}

static void on_crash(int sig)
{
	emergency_restore();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void add_seq(const char *s)
{
	size_t n = strlen(s);

	if (reset_len + n < sizeof reset_seq) {
		memcpy(reset_seq + reset_len, s, n);
		reset_len += n;
	}
}

static bool has_cap(const char *name)
{
	char *s = tigetstr(name);
	return s && s != (char *)-1;
}

static void add_cap(const char *name)
{
	if (has_cap(name))
		add_seq(tigetstr(name));
}

static void install(const int *sigs, size_t n, void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns so the loop sees the flag */
	for (size_t i = 0; i < n; i++)
		sigaction(sigs[i], &sa, NULL);
}

cinx_status ui_term_start(cinx_error *err)
{
	const char *term = getenv("TERM");
	cinx_status st;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return cinx_error_set(err, CINX_E_USAGE,
				      "the explorer needs a terminal; for text use 'cinx table', 'cinx show' or "
				      "'cinx trend', or replay keys with --keys and --dump");
	if ((st = ui_curses_load(err)))
		return st;
	have_saved = tcgetattr(STDOUT_FILENO, &saved) == 0;
	/* ours before curses starts, so curses leaves these signals to us */
	install(quit_signals, sizeof quit_signals / sizeof quit_signals[0], on_quit_signal);
	screen = newterm(NULL, stdout, stdin);
	if (screen && !has_cap("cup")) {
		/* a terminal that cannot move the cursor cannot hold a full screen */
		endwin();
		delscreen(screen);
		screen = NULL;
	}
	if (!screen)
		return cinx_error_set(err, CINX_E_USAGE,
				      "cannot drive the terminal type '%s'; set TERM (e.g. xterm-256color) or use "
				      "'cinx table'", term ? term : "(unset)");
	active = 1;
	atexit(ui_term_restore);
	install(crash_signals, sizeof crash_signals / sizeof crash_signals[0], on_crash);
	reset_len = 0;
	if (has_cap("kmous"))
		add_seq("\033[?1000l"); /* xterm mouse reporting off */
	add_cap("sgr0");
	add_cap("rmkx");
	add_cap("cnorm");
	add_cap("rmcup");
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	leaveok(stdscr, TRUE);
	idlok(stdscr, TRUE);
	curs_set(0);
	return CINX_OK;
}

void ui_term_mouse(bool on)
{
	mmask_t mask = BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;

	if (active)
		mousemask(on ? mask : 0, NULL);
}

void ui_term_restore(void)
{
	if (!active)
		return;
	mousemask(0, NULL);
	/* a blank alternate screen: some terminals (tmux after a resize) copy
	 * what it held onto the shell's screen */
	werase(stdscr);
	wnoutrefresh(stdscr);
	doupdate();
	endwin();
	active = 0;
	fflush(stdout);
}

int ui_term_signal(void)
{
	return pending;
}
