/*
 * serve_result.c — the JSON answers of `gwexport serve`: the summary of a
 * conversion (outline, indicators, warnings, downloads) taken from the
 * model JSON the CLI wrote, and {"error": ...}.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../write/writers.h"
#include "serve_int.h"

/* Headings in reading order: {level, marker, heading}, sub-sections after
 * their parent. */
static int add_outline(json_t *list, const json_t *sections, int depth)
{
	if (depth > 16 || !json_is_array(sections))
		return 0;
	size_t i;
	const json_t *s;
	json_array_foreach(sections, i, s) {
		json_t *h = json_pack("{s:O?, s:O?, s:O?}", "level", json_object_get(s, "level"), "marker",
				      json_object_get(s, "marker"), "heading", json_object_get(s, "heading"));
		if (!h || json_array_append_new(list, h) != 0 ||
		    add_outline(list, json_object_get(s, "sections"), depth + 1) != 0)
			return -1;
	}
	return 0;
}

/* The CLI's messages, one warning a line. */
static json_t *warnings_of(const char *messages)
{
	json_t *list = json_array();
	for (const char *p = messages; list && *p;) {
		size_t n = strcspn(p, "\n");
		if (n > 0 && json_array_append_new(list, json_stringn(p, n)) != 0) {
			json_decref(list);
			return NULL;
		}
		p += n + (p[n] == '\n');
	}
	return list;
}

static json_t *downloads_of(const gw_output *outs, size_t n)
{
	json_t *list = json_array();
	for (size_t w = 0; list && w < gw_n_writers; w++)
		for (size_t i = 0; i < n; i++) {
			if (outs[i].writer != (int)w)
				continue;
			char href[64];
			snprintf(href, sizeof href, "/api/convert?format=%s", gw_writers[w].name);
			json_t *d = json_pack("{s:s, s:s, s:I, s:s}", "format", gw_writers[w].name, "filename",
					      outs[i].name, "bytes", (json_int_t)outs[i].bytes, "href", href);
			if (!d || json_array_append_new(list, d) != 0) {
				json_decref(list);
				return NULL;
			}
		}
	return list;
}

char *gw_serve_summary(const char *model_path, const char *messages, const gw_output *outs, size_t n_outs)
{
	json_error_t err;
	json_t *model = json_load_file(model_path, 0, &err);
	json_t *outline = json_array();
	char *text = NULL;
	if (model && outline && add_outline(outline, json_object_get(model, "sections"), 0) == 0) {
		json_t *answer = json_pack("{s:O?, s:O?, s:O, s:O?, s:o?, s:o?}", "title",
					   json_object_get(model, "title"), "source", json_object_get(model, "source"),
					   "outline", outline, "indicators", json_object_get(model, "indicators"),
					   "warnings", warnings_of(messages), "downloads", downloads_of(outs, n_outs));
		text = answer ? json_dumps(answer, JSON_INDENT(1)) : NULL;
		json_decref(answer);
	}
	json_decref(outline);
	json_decref(model);
	return text;
}

void gw_answer_error(gw_answer *a, unsigned status, const char *message)
{
	json_t *o = json_pack("{s:s}", "error", message);
	char *body = o ? json_dumps(o, 0) : NULL;
	json_decref(o);
	if (!body)
		body = strdup("{\"error\": \"the server could not word its answer\"}");
	*a = (gw_answer){.status = status, .body = body, .len = body ? strlen(body) : 0,
			 .content_type = "application/json"};
}

void gw_answer_free(gw_answer *a)
{
	free(a->body);
	free(a->filename);
	*a = (gw_answer){0};
}
