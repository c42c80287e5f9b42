/* main.c: quoth's entry point: locale, then the command line. */
#include "config.h"

#include <locale.h>

#include "cli.h"

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	return cli_main(argc, argv);
}
