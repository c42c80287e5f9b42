/* cli.h: the command line: global options, the command table, each command. */
#ifndef QUOTH_CLI_H
#define QUOTH_CLI_H

/* cli_main: runs quoth with argv; returns the exit status (0 ok, 1 failure, 2 usage). */
int cli_main(int argc, char **argv);

#endif
