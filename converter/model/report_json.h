/*
 * report_json.h — the model's own JSON form ("gwexport/report-2", MODEL.md),
 * both ways, with jansson; report-1 documents are read too.  Output is
 * canonical: keys in the order of MODEL.md, 2-space indent, UTF-8
 * unescaped, so text → json → model → json is byte-identical.
 */
#ifndef GW_REPORT_JSON_H
#define GW_REPORT_JSON_H

#include <stddef.h>

#include "diag.h"
#include "report.h"

/* Serialises the report.  Caller frees the returned string (NUL-terminated,
 * *len bytes without the NUL).  NULL on OOM. */
char *gw_report_to_json(const gw_report *r, size_t *len);

/* Reads a model JSON document and checks it (gw_report_check): a type
 * error or a broken invariant is GW_E_JSON with the JSON path
 * ("sections[2].body[0].text: expected a string").  Caller frees *out. */
gw_status gw_report_from_json(const char *bytes, size_t len, const char *name,
			      gw_report **out, gw_diag *d);

/* True when the bytes look like a model JSON document (first non-space is '{'). */
int gw_looks_like_json(const unsigned char *bytes, size_t len);

#endif
