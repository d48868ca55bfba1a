/*
 * frontmatter.h — 版头 and 版记 fields given outside the document's text,
 * for writers who type only the body: a front-matter block at the top of
 * a text file, and `--set KEY=VALUE` on the command line.
 *
 *   ---
 *   发文机关：××县人民政府办公室
 *   发文字号：×政办〔2024〕7号
 *   签发人：周立新
 *   抄送：县委办公室，县人大常委会办公室
 *   印发机关：××县人民政府办公室
 *   印发日期：2024年1月10日
 *   ---
 *
 * Keys are the Chinese names of GB/T 9704 (发文机关, 发文字号, 签发人, 密级,
 * 紧急程度, 份号, 主送, 抄送, 印发机关, 印发日期, and for a 纪要 出席, 请假,
 * 列席) or their ASCII aliases (issuers, doc_number, signers, secrecy,
 * urgency, copy_number, to, cc, printed_by, printed_on, present, on_leave,
 * attending).  The block is consumed: its lines are neither printed nor
 * part of the text invariant.  The values go into the model as if the
 * text had said them (gw_fields_apply) and replace what the text said.
 * Used by read.c (the block), cli.c (--set) and convert.c (applying
 * --set to any input, model JSON included).
 */
#ifndef GW_FRONTMATTER_H
#define GW_FRONTMATTER_H

#include <stddef.h>

#include "../model/diag.h"
#include "../model/report.h"
#include "read.h"

typedef enum gw_field_id {
	GW_FIELD_ISSUERS,      /* 发文机关: the marks, a list */
	GW_FIELD_DOC_NUMBER,   /* 发文字号 */
	GW_FIELD_SIGNERS,      /* 签发人: a list */
	GW_FIELD_SECRECY,      /* 密级 (和保密期限) */
	GW_FIELD_URGENCY,      /* 紧急程度 */
	GW_FIELD_COPY_NUMBER,  /* 份号 */
	GW_FIELD_TO,           /* 主送 (机关): the report's salutation */
	GW_FIELD_CC,           /* 抄送: a list */
	GW_FIELD_PRINTED_BY,   /* 印发机关 */
	GW_FIELD_PRINTED_ON,   /* 印发日期 */
	GW_FIELD_PRESENT,      /* 出席 (纪要, GB/T 9704 10.3) */
	GW_FIELD_ON_LEAVE,     /* 请假 */
	GW_FIELD_ATTENDING,    /* 列席 */
	GW_FIELD_N
} gw_field_id;

/* Values given for the fields, NULL when not given.  The strings are
 * borrowed (argv, or the blocks' arena while the reader runs); line is
 * the front-matter line a value came from, 0 for --set. */
typedef struct gw_fields {
	const char *value[GW_FIELD_N];
	size_t len[GW_FIELD_N];
	size_t line[GW_FIELD_N];
} gw_fields;

/* The field a key names (Chinese name or ASCII alias, key[0..n)), or -1. */
int gw_field_lookup(const char *key, size_t n);

/* Every key, for messages: "发文机关 (issuers), 发文字号 (doc_number), …". */
const char *gw_field_keys(void);

/* Checks value[0..n) for field id and stores it in f (a list field given
 * twice is joined; a repeated single value is an error).  On a bad value
 * fills d (GW_E_USAGE when line is 0, else GW_E_STRUCTURE at line) with
 * what is wrong and an example of a good one. */
gw_status gw_fields_put(gw_fields *f, gw_field_id id, const char *value, size_t n, size_t line,
			gw_diag *d);

/* One `--set KEY=VALUE` argument into f; GW_E_USAGE in d when the key is
 * unknown (the message lists the keys) or the value bad. */
gw_status gw_fields_set_arg(gw_fields *f, const char *arg, gw_diag *d);

/* Cuts a front-matter block (a first non-blank line ---, KEY：VALUE lines,
 * a line ---) from the text blocks into f, leaving blank lines in its
 * place.  No block: GW_OK, f untouched.  An unknown key, a line without
 * a colon, a bad value or a block never closed: GW_E_STRUCTURE at its
 * line, the message listing the keys. */
gw_status gw_frontmatter_take(gw_blocks *blocks, gw_fields *f, gw_diag *d);

/* Whether any field is given. */
int gw_fields_any(const gw_fields *f);

/* Writes the given fields into r: head and imprint made when absent, the
 * field replaced, and each value added as a line of head.text or
 * imprint.text so every field stays part of its text (report.h); 主送
 * becomes the salutation (with its final ：), 出席/请假/列席 the
 * attendance lines.  GW_E_NOMEM in d when out of memory. */
gw_status gw_fields_apply(gw_report *r, const gw_fields *f, gw_diag *d);

#endif
