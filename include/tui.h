/* tui.h: the curses reader: article list, article body and quotes panes. */
#ifndef QUOTH_TUI_H
#define QUOTH_TUI_H

#include "store.h"

/* tui_run: opens the reader on st until the user quits; returns the exit status: 0, or 1
 * (with a message on standard error) when the terminal cannot be used. */
int tui_run(struct store *st);

#endif
