/*
 * tl-eval-tokens: score the tokenizer and the sentence splitter against a
 * CoNLL-U treebank (UD English EWT).
 *
 * Tokens: each "# text" line is tokenized on its own and the token spans are
 * compared with the gold spans (the FORM column aligned to the text).  A
 * multiword token (ID 3-4) counts as its surface form, so tokens that the
 * tokenizer marks TL_TOKF_CLITIC are joined back to the token before them;
 * the "words" figure compares the split words instead.
 *
 * Sentences: each document (from "# newdoc") is rebuilt by joining its
 * sentences with a space, and its paragraphs ("# newpar") with a blank line;
 * the splitter's sentence ends are compared with the gold ends.  The end of a
 * document is left out (it is always right), and the "within paragraphs"
 * figure leaves out paragraph ends too.
 */
#include <stdio.h>
#include <string.h>
#include "tl/cli.h"
#include "tl/token.h"
#include "tl/utf8.h"

typedef struct {
	guint64 gold, sys, match;
} Score;

typedef struct {
	Score tokens, words, sents, inner;
	guint64 n_sent, unaligned;
	int errors; /* how many errors are left to print */
	FILE *out;  /* the report */
	const TlCli *cli;
	guint64 bad; /* sentences and files skipped under --keep-going */
	/* the document being built */
	GString *doc;
	GArray *ends;      /* gold sentence ends (guint32) in doc */
	GArray *para_ends; /* ends that close a paragraph */
} Eval;

typedef struct {
	char *form;
	int first, last; /* word ids it covers (equal unless a multiword token) */
	guint64 line;    /* its line in the file */
} Gold;

static void
score_line(FILE *out, const char *name, const Score *s)
{
	double p = s->sys ? 100.0 * s->match / s->sys : 0, r = s->gold ? 100.0 * s->match / s->gold : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	fprintf(out, "%-28s gold %7" G_GUINT64_FORMAT "  system %7" G_GUINT64_FORMAT "  match %7" G_GUINT64_FORMAT
	       "  P %6.2f  R %6.2f  F1 %6.2f\n",
	       name, s->gold, s->sys, s->match, p, r, f);
}

static int
cmp_span(const void *a, const void *b)
{
	const TlSpan *x = a, *y = b;
	return x->start != y->start ? (x->start < y->start ? -1 : 1)
	                            : (x->end != y->end ? (x->end < y->end ? -1 : 1) : 0);
}

/* Count equal spans of two sorted arrays; print the differences if asked. */
static guint64
match_spans(Eval *E, const char *text, GArray *gold, GArray *sys, const char *what)
{
	g_array_sort(gold, cmp_span);
	g_array_sort(sys, cmp_span);
	guint64 m = 0;
	GString *g = g_string_new(NULL), *s = g_string_new(NULL);
	for (guint i = 0, j = 0; i < gold->len || j < sys->len;) {
		TlSpan *a = i < gold->len ? &g_array_index(gold, TlSpan, i) : NULL;
		TlSpan *b = j < sys->len ? &g_array_index(sys, TlSpan, j) : NULL;
		int c = !a ? 1 : !b ? -1 : cmp_span(a, b);
		if (c == 0) {
			m++, i++, j++;
		} else if (c < 0) {
			g_string_append_printf(g, " [%.*s]", (int)(a->end - a->start), text + a->start);
			i++;
		} else {
			g_string_append_printf(s, " [%.*s]", (int)(b->end - b->start), text + b->start);
			j++;
		}
	}
	if (E->errors > 0 && (g->len || s->len)) {
		E->errors--;
		fprintf(E->out, "%s:%s  <>%s  <<< %s\n", what, g->str, s->str, text);
	}
	g_string_free(g, TRUE);
	g_string_free(s, TRUE);
	return m;
}

/* Score one sentence's tokens and add it to the document. */
static void
sentence(Eval *E, const char *text, GPtrArray *golds, GPtrArray *words, gboolean newpar)
{
	size_t len = strlen(text);
	E->n_sent++;
	/* gold spans: align each form to the text */
	g_autoptr(GArray) gs = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	g_autoptr(GArray) gw = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	size_t pos = 0;
	for (guint i = 0; i < golds->len; i++) {
		Gold *g = golds->pdata[i];
		const char *at = strstr(text + pos, g->form);
		if (!at) {
			E->unaligned++;
			return;
		}
		TlSpan sp = {(guint32)(at - text), (guint32)(at - text + strlen(g->form))};
		g_array_append_val(gs, sp);
		pos = sp.end;
		/* the words of a multiword token, when they spell it */
		GString *spell = g_string_new(NULL);
		for (int w = g->first; w <= g->last; w++)
			g_string_append(spell, words->pdata[w - 1]);
		if (g->first == g->last || strcmp(spell->str, g->form) != 0) {
			g_array_append_val(gw, sp);
		} else {
			guint32 o = sp.start;
			for (int w = g->first; w <= g->last; w++) {
				TlSpan ws = {o, o + (guint32)strlen(words->pdata[w - 1])};
				g_array_append_val(gw, ws);
				o = ws.end;
			}
		}
		g_string_free(spell, TRUE);
	}
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(text, len, toks);
	g_autoptr(GArray) ss = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	g_autoptr(GArray) sw = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	for (guint i = 0; i < toks->len; i++) {
		TlToken *t = &g_array_index(toks, TlToken, i);
		TlSpan sp = {t->start, t->end};
		g_array_append_val(sw, sp);
		if (t->flags & TL_TOKF_CLITIC && ss->len)
			g_array_index(ss, TlSpan, ss->len - 1).end = t->end;
		else
			g_array_append_val(ss, sp);
	}
	E->tokens.gold += gs->len;
	E->tokens.sys += ss->len;
	E->words.gold += gw->len;
	E->words.sys += sw->len;
	E->tokens.match += match_spans(E, text, gs, ss, "tokens");
	int keep = E->errors;
	E->errors = 0;
	E->words.match += match_spans(E, text, gw, sw, "words");
	E->errors = keep;
	/* the document */
	if (E->doc->len) {
		if (newpar) {
			guint32 last = g_array_index(E->ends, guint32, E->ends->len - 1);
			g_array_append_val(E->para_ends, last);
		}
		g_string_append(E->doc, newpar ? "\n\n" : " ");
	}
	g_string_append(E->doc, text);
	guint32 end = (guint32)E->doc->len;
	g_array_append_val(E->ends, end);
}

/*
 * The ends of a as a set.  Each end of a document was looked up in its
 * lists of ends one by one: a document of 80,000 paragraphs (a treebank
 * without "# newdoc", one paragraph a sentence) took 2.9 s, 20,000 0.2 s.
 */
static GHashTable *
end_set(GArray *a)
{
	GHashTable *set = g_hash_table_new(NULL, NULL);
	for (guint i = 0; i < a->len; i++)
		g_hash_table_add(set, GUINT_TO_POINTER(g_array_index(a, guint32, i)));
	return set;
}

/* Split the finished document into sentences and score the ends. */
static void
document(Eval *E)
{
	if (!E->doc->len)
		return;
	const char *text = E->doc->str;
	size_t len = E->doc->len;
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	tl_tokenize(text, len, toks);
	tl_split_sentences(text, len, (TlToken *)toks->data, toks->len, spans);
	g_autoptr(GHashTable) sys = g_hash_table_new(NULL, NULL);
	for (guint i = 0; i < spans->len; i++) {
		guint32 e = g_array_index(spans, TlSpan, i).end;
		if (e != len)
			g_hash_table_add(sys, GUINT_TO_POINTER(e));
	}
	g_autoptr(GHashTable) ends = end_set(E->ends), para_ends = end_set(E->para_ends);
	guint64 gold = 0, inner_gold = 0, match = 0, inner_match = 0;
	for (guint i = 0; i < E->ends->len; i++) {
		guint32 e = g_array_index(E->ends, guint32, i);
		if (e == len)
			continue;
		gboolean para = g_hash_table_contains(para_ends, GUINT_TO_POINTER(e)), hit = g_hash_table_contains(sys, GUINT_TO_POINTER(e));
		gold++;
		match += hit;
		inner_gold += !para;
		inner_match += !para && hit;
		if (!hit && E->errors > 0) {
			E->errors--;
			fprintf(E->out, "sentence end missed: ...%.*s||%.*s...\n", (int)MIN(e, 60u), text + e - MIN(e, 60u),
			       (int)MIN(len - e, 40u), text + e);
		}
	}
	guint64 inner_sys = 0;
	GHashTableIter it;
	gpointer k;
	g_hash_table_iter_init(&it, sys);
	while (g_hash_table_iter_next(&it, &k, NULL)) {
		guint32 e = GPOINTER_TO_UINT(k);
		inner_sys += !g_hash_table_contains(para_ends, GUINT_TO_POINTER(e));
		if (!g_hash_table_contains(ends, GUINT_TO_POINTER(e)) && E->errors > 0) {
			E->errors--;
			fprintf(E->out, "sentence end spurious: ...%.*s||%.*s...\n", (int)MIN(e, 60u),
			       text + e - MIN(e, 60u), (int)MIN(len - e, 40u), text + e);
		}
	}
	E->sents.gold += gold;
	E->sents.sys += g_hash_table_size(sys);
	E->sents.match += match;
	E->inner.gold += inner_gold;
	E->inner.sys += inner_sys;
	E->inner.match += inner_match;
	g_string_truncate(E->doc, 0);
	g_array_set_size(E->ends, 0);
	g_array_set_size(E->para_ends, 0);
}

static void
gold_free(gpointer p)
{
	Gold *g = p;
	g_free(g->form);
	g_free(g);
}

/*
 * Read a word line's ID: "N" (the next word, N = have + 1) or a multiword
 * token's range "N-M" (before its first word, N = have + 1, N <= M).  The
 * words are looked up by their ID as an index into the words read, so an ID
 * that is not the next one read past the array: "1-99999999999" or "-5"
 * crashed (SIGSEGV), "1-2147483647" ran the loop over the words into
 * GLib's criticals; a word whose number is not the next was scored as
 * another's.  FALSE for any ID that is not so.
 */
static gboolean
word_ids(const char *id, guint have, int *first, int *last)
{
	const char *dash = strchr(id, '-');
	guint64 a, b;
	g_autofree char *head = g_strndup(id, dash ? (size_t)(dash - id) : strlen(id));
	if (!g_ascii_string_to_unsigned(head, 10, 1, G_MAXINT, &a, NULL) || a != (guint64)have + 1)
		return FALSE;
	b = a;
	if (dash && (!g_ascii_string_to_unsigned(dash + 1, 10, a, G_MAXINT, &b, NULL)))
		return FALSE;
	*first = (int)a;
	*last = (int)b;
	return TRUE;
}

/* At a sentence's end: FALSE with error if a multiword token's range
 * passes the words the sentence has ("3-4" over three words). */
static gboolean
range_words(GPtrArray *golds, GPtrArray *words, const char *name, GError **error)
{
	for (guint i = 0; i < golds->len; i++) {
		const Gold *g = golds->pdata[i];
		if ((guint)g->last > words->len) {
			g_set_error(error, TL_ERROR, TL_ERROR_FORMAT,
			            "%s:%" G_GUINT64_FORMAT ": the range %d-%d of '%s' passes the sentence's %u words",
			            name, g->line, g->first, g->last, g->form, words->len);
			return FALSE;
		}
	}
	return TRUE;
}

/*
 * A sentence that cannot be scored (a bad word line, no "# text = "): FALSE
 * with *e moved into error without --keep-going; with it, reported, and TRUE:
 * the caller skips the sentence and the run ends with exit status 1.  (-k
 * was not read: the first bad sentence stopped the run, the files after it
 * unread.)
 */
static gboolean
skip_sentence(Eval *E, GError **e, GError **error)
{
	if (!E->cli->keep_going) {
		g_propagate_error(error, g_steal_pointer(e));
		return FALSE;
	}
	tl_cli_error(E->cli, "%s", (*e)->message);
	g_clear_error(e);
	E->bad++;
	return TRUE;
}

/* The checks of a sentence at its end (the blank line after it, or the end
 * of the file): FALSE with e set if it cannot be scored.  A sentence without
 * "# text = " was passed over without a word (its words not counted), and a
 * "# text = " without words (a file cut short) scored as a sentence of no
 * gold tokens. */
static gboolean
sentence_ok(GPtrArray *golds, GPtrArray *words, const char *text, guint64 text_line, const char *name,
            GError **e)
{
	if (!text && golds->len) {
		g_set_error(e, TL_ERROR, TL_ERROR_FORMAT,
		            "%s:%" G_GUINT64_FORMAT
		            ": a sentence without a '# text = ' line (it cannot be scored)",
		            name, ((const Gold *)golds->pdata[0])->line);
		return FALSE;
	}
	if (text && !words->len) {
		g_set_error(e, TL_ERROR, TL_ERROR_FORMAT,
		            "%s:%" G_GUINT64_FORMAT ": a '# text = ' line without word lines after it", name,
		            text_line);
		return FALSE;
	}
	return range_words(golds, words, name, e);
}

/* Where the line at p ends: its '\n', '\r' or "\r\n" replaced by NUL; the next
 * line, or NULL at the end.  A file of lone CRs (old Mac line ends) was one
 * line: its words never read, every score 0, exit 0. */
static char *
cut_line(char *p)
{
	char *end = p + strcspn(p, "\r\n");
	if (!*end)
		return NULL;
	char *next = end + 1 + (end[0] == '\r' && end[1] == '\n');
	*end = '\0';
	return next;
}

/* The file's bytes as CoNLL-U text: FALSE with error for a NUL byte, a
 * UTF-16 or UTF-32 byte order mark, or invalid UTF-8 (the line named); a
 * UTF-8 byte order mark is passed over (*at), as every other reader does (it
 * was "FILE:1: not a CoNLL-U word line"). */
static gboolean
check_bytes(const char *name, const char *data, size_t len, size_t *at, GError **error)
{
	const char *bom = tl_utf_bom_name(data, len);
	if (bom) {
		g_set_error(error, TL_ERROR, TL_ERROR_FORMAT,
		            "%s: %s text is not supported (convert it to UTF-8)", name, bom);
		return FALSE;
	}
	const char *packed = tl_compressed_name(data, len);
	if (packed) {
		g_set_error(error, TL_ERROR, TL_ERROR_FORMAT,
		            "%s: %s-compressed data, not text (decompress it first)", name, packed);
		return FALSE;
	}
	/* the lines are C strings: a NUL byte would end the file there */
	const char *nul = memchr(data, '\0', len);
	if (nul) {
		g_set_error(error, TL_ERROR, TL_ERROR_FORMAT, "%s: NUL byte at byte %zu (a binary file?)",
		            name, (size_t)(nul - data) + 1);
		return FALSE;
	}
	*at = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	size_t bad;
	if (!tl_utf8_validate(data, len, &bad)) {
		guint64 line = 1;
		for (const char *p = data; p < data + bad; p++)
			line += *p == '\n' || (*p == '\r' && p[1] != '\n');
		g_set_error(error, TL_ERROR, TL_ERROR_FORMAT,
		            "%s:%" G_GUINT64_FORMAT ": invalid UTF-8 at byte %zu", name, line, bad);
		return FALSE;
	}
	return TRUE;
}

/* Read one CoNLL-U file of at most max bytes (0: no limit); FALSE with
 * error if it cannot be read, or is malformed and --keep-going is not given
 * (with it, a malformed sentence is reported and skipped). */
static gboolean
eval_file(Eval *E, const char *path, size_t max, GError **error)
{
	g_autofree char *data = NULL;
	size_t len = 0, at = 0;
	if (!tl_read_file(path, max, &data, &len, error))
		return FALSE;
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if (!check_bytes(name, data, len, &at, error))
		return FALSE;
	g_autoptr(GPtrArray) golds = g_ptr_array_new_with_free_func(gold_free);
	g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func(g_free);
	g_autofree char *text = NULL;
	gboolean newpar = FALSE, skip = FALSE;
	int range_last = 0;
	guint64 lineno = 0, text_line = 0;
	g_autoptr(GError) e = NULL;
	for (char *line = data + at, *next; line; line = next) {
		next = cut_line(line);
		lineno++;
		if (line[0] == '\0') {
			gboolean ok = skip || sentence_ok(golds, words, text, text_line, name, &e);
			if (!ok && !skip_sentence(E, &e, error))
				return FALSE;
			if (ok && !skip && text)
				sentence(E, text, golds, words, newpar);
			g_clear_pointer(&text, g_free);
			g_ptr_array_set_size(golds, 0);
			g_ptr_array_set_size(words, 0);
			newpar = skip = FALSE;
			range_last = 0;
		} else if (skip) {
			continue; /* the rest of a sentence skipped under -k */
		} else if (g_str_has_prefix(line, "# newdoc")) {
			document(E);
			newpar = FALSE;
		} else if (g_str_has_prefix(line, "# newpar")) {
			newpar = TRUE;
		} else if (g_str_has_prefix(line, "# text = ")) {
			g_free(text);
			text = g_strdup(line + 9);
			text_line = lineno;
		} else if (line[0] == '#') {
			continue;
		} else {
			g_auto(GStrv) f = g_strsplit(line, "\t", 3);
			int a = 0, b = 0;
			if (g_strv_length(f) < 3) {
				g_set_error(&e, TL_ERROR, TL_ERROR_FORMAT,
				            "%s:%" G_GUINT64_FORMAT ": not a CoNLL-U word line", name, lineno);
			} else if (strchr(f[0], '.')) {
				continue;
			} else if (!word_ids(f[0], words->len, &a, &b)) {
				g_set_error(&e, TL_ERROR, TL_ERROR_FORMAT,
				            "%s:%" G_GUINT64_FORMAT ": bad word id '%s' (want %u, or a range %u-N)",
				            name, lineno, f[0], words->len + 1, words->len + 1);
			}
			if (e) {
				if (!skip_sentence(E, &e, error))
					return FALSE;
				skip = TRUE;
				continue;
			}
			const char *dash = strchr(f[0], '-');
			if (!dash)
				g_ptr_array_add(words, g_strdup(f[1]));
			if (!dash && a <= range_last)
				continue;
			if (dash)
				range_last = b;
			Gold *g = g_new(Gold, 1);
			g->form = g_strdup(f[1]);
			g->first = a;
			g->last = b;
			g->line = lineno;
			g_ptr_array_add(golds, g);
		}
	}
	gboolean ok = skip || sentence_ok(golds, words, text, text_line, name, &e);
	if (!ok && !skip_sentence(E, &e, error))
		return FALSE;
	if (ok && !skip && text)
		sentence(E, text, golds, words, newpar);
	document(E);
	return TRUE;
}

int
main(int argc, char **argv)
{
	int errors = 0;
	const GOptionEntry entries[] = {
		{"errors", 'e', 0, G_OPTION_ARG_INT, &errors, "Print the first N differences", "N"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	TlCli cli = {.prog = "tl-eval-tokens", .group = "eval-tokens"};
	int st = tl_cli_parse(&cli, argc, argv, entries, "FILE.conllu...",
	                      "Score the tokenizer and the sentence splitter against CoNLL-U gold data.");
	if (st >= 0) { /* (--version, a bad value in pipeline.conf: -o and --config leaked) */
		tl_cli_clear(&cli);
		return st;
	}
	if (errors < 0) {
		tl_cli_error(&cli, "--errors: want 0 or more, not %d", errors);
		tl_cli_clear(&cli);
		return TL_EXIT_USAGE;
	}
	static const char *std_in[] = {"-", NULL};
	const char *const *files = cli.files && cli.files[0] ? (const char *const *)cli.files : std_in;
	g_autoptr(GError) err = NULL;
	if (!tl_token_init(&err)) {
		tl_cli_error(&cli, "cannot load the tokenizer data: %s", err->message);
		tl_cli_clear(&cli);
		return TL_EXIT_FAIL;
	}
	TlOutput *output = tl_output_open(cli.output, &err);
	if (!output) {
		tl_cli_error(&cli, "%s", err->message);
		tl_cli_clear(&cli);
		return TL_EXIT_FAIL;
	}
	Eval E = {.errors = errors, .out = tl_output_file(output), .cli = &cli, .doc = g_string_new(NULL),
	          .ends = g_array_new(FALSE, FALSE, sizeof(guint32)),
	          .para_ends = g_array_new(FALSE, FALSE, sizeof(guint32))};
	st = TL_EXIT_OK;
	for (const char *const *f = files; *f; f++) {
		if (!eval_file(&E, *f, (size_t)cli.max_size, &err)) {
			tl_cli_error(&cli, "%s", err->message);
			g_clear_error(&err);
			st = TL_EXIT_FAIL;
			/* -k: the files after it are read, and the report written */
			if (!cli.keep_going)
				break;
		}
	}
	if (E.bad)
		st = TL_EXIT_FAIL;
	if (st == TL_EXIT_OK || cli.keep_going) {
		fprintf(E.out, "sentences %" G_GUINT64_FORMAT ", not aligned to their text %" G_GUINT64_FORMAT "\n",
		        E.n_sent, E.unaligned);
		score_line(E.out, "tokens (surface)", &E.tokens);
		score_line(E.out, "words (clitics split)", &E.words);
		score_line(E.out, "sentence ends", &E.sents);
		score_line(E.out, "sentence ends in paragraphs", &E.inner);
		if (!tl_output_commit(output, &err)) {
			tl_cli_error(&cli, "%s", err->message);
			st = TL_EXIT_FAIL;
		}
	} else {
		tl_output_abort(output);
	}
	g_string_free(E.doc, TRUE);
	g_array_unref(E.ends);
	g_array_unref(E.para_ends);
	tl_cli_clear(&cli);
	return st;
}
