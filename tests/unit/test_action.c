/* test_action.c: unit tests of the action table: clashes, lookup, key lists, mdoc. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "action.h"

static void
test_defaults_have_no_clash(void **state)
{
	char why[200] = "untouched";

	assert_int_equal(action_check(why, sizeof why), 0);
	assert_string_equal(why, "");
}

static void
test_check_finds_clash_in_one_context(void **state)
{
	static const struct action_binding t[] = {
		{ ACTION_CTX_LIST, "x", ACTION_OPEN },
		{ ACTION_CTX_LIST, "x", ACTION_TOGGLE_READ },
	};
	char why[200];

	assert_int_equal(action_check_table(t, 2, why, sizeof why), -1);
	assert_non_null(strstr(why, "key x"));
	assert_non_null(strstr(why, "open"));
	assert_non_null(strstr(why, "toggle-read"));
}

static void
test_check_global_counts_in_panes(void **state)
{
	static const struct action_binding t[] = {
		{ ACTION_CTX_GLOBAL, "j", ACTION_DOWN },
		{ ACTION_CTX_QUOTES, "j", ACTION_OPEN },
	};
	static const struct action_binding help[] = {
		{ ACTION_CTX_GLOBAL, "q", ACTION_QUIT },
		{ ACTION_CTX_HELP, "q", ACTION_CLOSE },
	};
	static const struct action_binding panes[] = {
		{ ACTION_CTX_LIST, "Enter", ACTION_OPEN },
		{ ACTION_CTX_QUOTES, "Enter", ACTION_OPEN },
	};
	char why[200];

	assert_int_equal(action_check_table(t, 2, why, sizeof why), -1);
	assert_non_null(strstr(why, "global"));
	/* The modal help screen may shadow a global key; two panes may share one. */
	assert_int_equal(action_check_table(help, 2, why, sizeof why), 0);
	assert_int_equal(action_check_table(panes, 2, why, sizeof why), 0);
}

static void
test_check_rejects_malformed(void **state)
{
	static const struct action_binding t[] = {
		{ ACTION_CTX_LIST, "", ACTION_OPEN },
	};
	static const struct action_binding u[] = {
		{ ACTION_CTX_LIST, "x", ACTION_COUNT },
	};
	char why[8];

	assert_int_equal(action_check_table(t, 1, why, sizeof why), -1);
	assert_int_equal(action_check_table(u, 1, why, sizeof why), -1);
	assert_true(strlen(why) < sizeof why);
	/* A zero-size buffer is not written. */
	assert_int_equal(action_check_table(u, 1, NULL, 0), -1);
}

static void
test_lookup(void **state)
{
	assert_int_equal(action_lookup(ACTION_CTX_LIST, "Enter"), ACTION_OPEN);
	assert_int_equal(action_lookup(ACTION_CTX_QUOTES, "Enter"), ACTION_OPEN);
	/* Falls back to global. */
	assert_int_equal(action_lookup(ACTION_CTX_LIST, "j"), ACTION_DOWN);
	assert_int_equal(action_lookup(ACTION_CTX_BODY, "C-d"), ACTION_HALF_DOWN);
	assert_int_equal(action_lookup(ACTION_CTX_GLOBAL, "q"), ACTION_QUIT);
	/* The help screen's own q shadows quit. */
	assert_int_equal(action_lookup(ACTION_CTX_HELP, "q"), ACTION_CLOSE);
	assert_int_equal(action_lookup(ACTION_CTX_HELP, "Esc"), ACTION_CLOSE);
	assert_int_equal(action_lookup(ACTION_CTX_HELP, "j"), ACTION_DOWN);
	/* Unbound, context-only and bad input. */
	assert_int_equal(action_lookup(ACTION_CTX_BODY, "Enter"), ACTION_COUNT);
	assert_int_equal(action_lookup(ACTION_CTX_GLOBAL, "Esc"), ACTION_COUNT);
	assert_int_equal(action_lookup(ACTION_CTX_LIST, "J"), ACTION_COUNT);
	assert_int_equal(action_lookup(ACTION_CTX_LIST, ""), ACTION_COUNT);
	assert_int_equal(action_lookup(ACTION_CTX_LIST, NULL), ACTION_COUNT);
	assert_int_equal(action_lookup(ACTION_CTX_COUNT, "q"), ACTION_COUNT);
}

/* Typing contexts (picker, bookmarks, prompt) keep unbound keys as text: no global
 * fallback, so "j" or "q" typed into a filter is a letter. Visual mode is modal but
 * still moves with the global keys. */
static void
test_typing_contexts(void **state)
{
	char buf[64];
	static const struct action_binding shadow[] = {
		{ ACTION_CTX_GLOBAL, "b", ACTION_PAGE_UP },
		{ ACTION_CTX_VISUAL, "b", ACTION_SEL_WORD_PREV },
		{ ACTION_CTX_PICKER, "Esc", ACTION_CLOSE },
		{ ACTION_CTX_QUOTES, "Esc", ACTION_ARTICLE_QUOTES },
	};
	static const struct action_binding clash[] = {
		{ ACTION_CTX_GLOBAL, "b", ACTION_PAGE_UP },
		{ ACTION_CTX_BODY, "b", ACTION_VISUAL },
	};

	assert_true(action_ctx_typing(ACTION_CTX_PICKER));
	assert_true(action_ctx_typing(ACTION_CTX_BOOKMARKS));
	assert_true(action_ctx_typing(ACTION_CTX_PROMPT));
	assert_false(action_ctx_typing(ACTION_CTX_VISUAL));
	assert_false(action_ctx_typing(ACTION_CTX_LIST));
	assert_true(action_ctx_modal(ACTION_CTX_VISUAL));
	assert_true(action_ctx_modal(ACTION_CTX_HELP));
	assert_false(action_ctx_modal(ACTION_CTX_BODY));
	assert_int_equal(action_lookup(ACTION_CTX_PICKER, "j"), ACTION_COUNT);
	assert_int_equal(action_lookup(ACTION_CTX_PICKER, "q"), ACTION_COUNT);
	assert_int_equal(action_lookup(ACTION_CTX_PICKER, "Down"), ACTION_DOWN);
	assert_int_equal(action_lookup(ACTION_CTX_PROMPT, "Enter"), ACTION_SUBMIT);
	assert_int_equal(action_lookup(ACTION_CTX_PROMPT, "C-u"), ACTION_COUNT);
	assert_int_equal(action_lookup(ACTION_CTX_BOOKMARKS, "C-d"), ACTION_DELETE);
	assert_int_equal(action_lookup(ACTION_CTX_VISUAL, "j"), ACTION_DOWN);
	assert_int_equal(action_lookup(ACTION_CTX_VISUAL, "b"), ACTION_SEL_WORD_PREV);
	/* Global keys do not run in a typing context, so they have no key there. */
	action_keys(ACTION_QUIT, ACTION_CTX_PROMPT, buf, sizeof buf);
	assert_string_equal(buf, "");
	assert_null(action_key(ACTION_HELP, ACTION_CTX_BOOKMARKS));
	/* Modal contexts may shadow global keys; a pane may not. */
	assert_int_equal(action_check_table(shadow, 4, buf, sizeof buf), 0);
	assert_int_equal(action_check_table(clash, 2, buf, sizeof buf), -1);
	assert_string_equal(action_ctx_name(ACTION_CTX_BOOKMARKS), "bookmarks");
}

static void
test_keys(void **state)
{
	char buf[64];

	action_keys(ACTION_DOWN, ACTION_CTX_LIST, buf, sizeof buf);
	assert_string_equal(buf, "j, Down");
	action_keys(ACTION_PAGE_DOWN, ACTION_CTX_GLOBAL, buf, sizeof buf);
	assert_string_equal(buf, "PgDn, Space");
	action_keys(ACTION_OPEN, ACTION_CTX_LIST, buf, sizeof buf);
	assert_string_equal(buf, "Enter");
	action_keys(ACTION_OPEN, ACTION_CTX_BODY, buf, sizeof buf);
	assert_string_equal(buf, "");
	action_keys(ACTION_CLOSE, ACTION_CTX_HELP, buf, sizeof buf);
	assert_string_equal(buf, "q, ?, Esc");
	/* q is shadowed in help, so quit has no key there. */
	action_keys(ACTION_QUIT, ACTION_CTX_HELP, buf, sizeof buf);
	assert_string_equal(buf, "");
	/* Truncation keeps whole keys. */
	action_keys(ACTION_DOWN, ACTION_CTX_LIST, buf, 4);
	assert_string_equal(buf, "j");
	action_keys(ACTION_DOWN, ACTION_CTX_LIST, buf, 1);
	assert_string_equal(buf, "");
	action_keys(ACTION_DOWN, ACTION_CTX_LIST, buf, 0);

	assert_string_equal(action_key(ACTION_HELP, ACTION_CTX_LIST), "?");
	assert_string_equal(action_key(ACTION_CLOSE, ACTION_CTX_HELP), "q");
	assert_null(action_key(ACTION_QUIT, ACTION_CTX_HELP));
	assert_null(action_key(ACTION_OPEN, ACTION_CTX_BODY));
}

static void
test_names(void **state)
{
	assert_string_equal(action_name(ACTION_QUIT), "quit");
	assert_string_equal(action_name(ACTION_COUNT), "");
	assert_string_equal(action_help(ACTION_HELP), "show this help screen");
	assert_string_equal(action_ctx_name(ACTION_CTX_QUOTES), "quotes");
	assert_string_equal(action_ctx_title(ACTION_CTX_LIST), "Article list");
	assert_string_equal(action_ctx_title(ACTION_CTX_COUNT), "");
}

static char *
mdoc_text(void)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);

	assert_non_null(f);
	action_write_mdoc(f);
	assert_int_equal(fclose(f), 0);
	return s;
}

static void
test_mdoc(void **state)
{
	char *s = mdoc_text();
	const char *p;
	int a, bl = 0, el = 0;
	size_t i, nb;
	const struct action_binding *b = action_bindings(&nb);

	/* Every action and every key appears. */
	for (a = 0; a < ACTION_COUNT; a++)
		assert_non_null(strstr(s, action_help((enum action)a)));
	for (i = 0; i < nb; i++) {
		char want[32];

		snprintf(want, sizeof want, "Ic %s%s", b[i].key[1] == '\0' &&
		         strchr("?!.,:;()[]|", b[i].key[0]) != NULL ? "\\&" : "", b[i].key);
		assert_non_null(strstr(s, want));
	}
	assert_non_null(strstr(s, ".Ss \"Article list\"\n.Bl -tag -width Ds\n"));
	assert_non_null(strstr(s, ".It Ic j , Ic Down\nmove down one line\n"));
	assert_non_null(strstr(s, ".It Ic q , Ic \\&? , Ic Esc\nclose, or cancel\n"));
	/* Brackets and parentheses are words, not mdoc punctuation. */
	assert_non_null(strstr(s, ".It Ic \\&]\n"));
	assert_non_null(strstr(s, ".It Ic \\&)\n"));
	/* Lists are balanced and no line starts with a stray request. */
	for (p = s; (p = strstr(p, ".Bl ")) != NULL; p++)
		bl++;
	for (p = s; (p = strstr(p, ".El\n")) != NULL; p++)
		el++;
	assert_int_equal(bl, ACTION_CTX_COUNT); /* every context binds keys of its own */
	assert_int_equal(el, bl);
	for (p = s; *p != '\0'; p = strchr(p, '\n') + 1) {
		if (*p == '.')
			assert_true(strncmp(p, ".Ss ", 4) == 0 || strncmp(p, ".Bl ", 4) == 0 ||
			            strncmp(p, ".It ", 4) == 0 || strncmp(p, ".El\n", 4) == 0);
		assert_non_null(strchr(p, '\n'));
	}
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults_have_no_clash),
		cmocka_unit_test(test_check_finds_clash_in_one_context),
		cmocka_unit_test(test_check_global_counts_in_panes),
		cmocka_unit_test(test_check_rejects_malformed),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_typing_contexts),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_mdoc),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
