/* tui.h: the curses reader: article list, article body and quotes panes. */
#ifndef QUOTH_TUI_H
#define QUOTH_TUI_H

#include "store.h"

/* tui_run: opens the reader on st; returns the exit status (0). */
int tui_run(struct store *st);

#endif
