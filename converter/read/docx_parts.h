/*
 * docx_parts.h — what the files of the Word reader share (docx.h is its
 * door): limits, the XML layer (docx_xml.c), the
 * style sheet (docx_styles.c), list numbering (docx_numbering.c) and the
 * table grid (docx_table.c).  Internal to the docx*.c files.
 */
#ifndef GW_DOCX_PARTS_H
#define GW_DOCX_PARTS_H

#include <expat.h>
#include <stdbool.h>
#include <stddef.h>

#include "../model/buf.h"
#include "blocks.h"

/* Ceilings against hostile files (zip bombs, endless nesting).  A long
 * report's document.xml is 0.2–2 MB; Word itself stops at 32 MB of text. */
#define DOCX_MAX_PART (64u * 1024u * 1024u)   /* one part, uncompressed */
#define DOCX_MAX_TOTAL (160u * 1024u * 1024u) /* all parts read, uncompressed */
#define DOCX_MAX_ITEMS 500000u                /* blocks + table cells */
#define DOCX_MAX_DEPTH 256u                   /* XML element nesting */
#define DOCX_MAX_NEST 16u                     /* paragraphs inside text boxes inside paragraphs */
#define DOCX_MAX_COLS 1000u                   /* table grid columns (Word: 63) */
#define DOCX_MAX_LEVELS 9                     /* list levels 0..8 */

/* The hint every "damaged file" message ends with. */
#define DOCX_HINT_RESAVE                                                              \
	"open the file in Word or WPS and save it again as a Word document (.docx), " \
	"or save the report as plain text (.txt)"

/* ---- XML layer (docx_xml.c) ----------------------------------------- */

/* Elements the reader acts on; everything else is DX_OTHER and only its
 * content matters.  Word 2003 XML names map to the same ids. */
typedef enum docx_el {
	DX_OTHER = 0,
	DX_ABSTRACT_NUM,
	DX_ABSTRACT_NUM_ID,
	DX_ALT_CHUNK,
	DX_ANNOTATION,
	DX_BASED_ON,
	DX_BODY,
	DX_BR,
	DX_CR,
	DX_CT_DEFAULT,
	DX_CT_OVERRIDE,
	DX_DEL,
	DX_DOCUMENT_2003,
	DX_FLD_CHAR,
	DX_FLD_SIMPLE,
	DX_FRAME_PR,
	DX_GRID_BEFORE,
	DX_GRID_COL,
	DX_GRID_SPAN,
	DX_IND,
	DX_ILVL,
	DX_INSTR_TEXT,
	DX_IS_LGL,
	DX_JC,
	DX_LIST_PR,
	DX_LVL,
	DX_LVL_OVERRIDE,
	DX_LVL_RESTART,
	DX_LVL_TEXT,
	DX_NAME,
	DX_NO_BREAK_HYPHEN,
	DX_NUM,
	DX_NUM_FMT,
	DX_NUM_ID,
	DX_NUM_PR,
	DX_NUMBERING,
	DX_NUM_STYLE_LINK,
	DX_OUTLINE_LVL,
	DX_P,
	DX_PACKAGE,
	DX_PAGE_BREAK_BEFORE,
	DX_PART,
	DX_PPR,
	DX_PSTYLE,
	DX_PTAB,
	DX_R,
	DX_RELATIONSHIP,
	DX_RPR,
	DX_SECT_PR,
	DX_SECT_TYPE,
	DX_START,
	DX_START_OVERRIDE,
	DX_STYLE,
	DX_STYLES,
	DX_SUFF,
	DX_SYM,
	DX_SZ,
	DX_T,
	DX_TAB,
	DX_TBL,
	DX_TBL_HEADER,
	DX_TC,
	DX_TR,
	DX_TXBX_CONTENT,
	DX_VMERGE,
	DX_WX_T,
	DX_XML_DATA
} docx_el;

typedef struct docx_xml docx_xml;

/* What a part's reader does with the elements (skipped subtrees and the
 * unchosen branches of mc:AlternateContent never reach it). */
typedef struct docx_sink {
	void (*start)(void *ctx, docx_xml *x, docx_el el, const XML_Char **atts);
	void (*end)(void *ctx, docx_xml *x, docx_el el);
	void (*text)(void *ctx, docx_xml *x, const char *s, size_t n);
	void *ctx;
} docx_sink;

struct docx_xml {
	XML_Parser parser;
	const char *part; /* part name for messages ("word/document.xml") */
	docx_sink sink;
	gw_diag *d;
	gw_status st;      /* first failure, GW_OK while parsing goes well */
	size_t depth;      /* open elements */
	size_t skip_depth; /* > 0: inside a subtree nobody reads, opened at this depth */
	unsigned char branch_taken[DOCX_MAX_DEPTH + 2]; /* per depth: an mc:AlternateContent chose */
};

/* Starts a parser for one part; -1 when out of memory (d filled). */
int docx_xml_open(docx_xml *x, const char *part, const docx_sink *sink, gw_diag *d);
/* Feeds bytes (final: the last call).  Returns x->st or a parse error
 * naming the part and XML line. */
gw_status docx_xml_feed(docx_xml *x, const char *buf, size_t n, bool final);
void docx_xml_close(docx_xml *x);
/* From a sink's start handler: ignore this element's content. */
void docx_xml_skip(docx_xml *x);
/* From a sink: stop parsing with an error naming the part and XML line. */
void docx_xml_fail(docx_xml *x, gw_status st, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Value of the attribute with this local name (any namespace), or NULL. */
const char *docx_attr(const XML_Char **atts, const char *local);
/* Integer attribute clamped to [lo, hi]; dflt when absent or not a number. */
long docx_attr_int(const XML_Char **atts, const char *local, long lo, long hi, long dflt);
/* An on/off property (<w:b/>, w:val="true|1|on|false|0|off"). */
bool docx_attr_on(const XML_Char **atts);
/* Element id of an expat name ("uri local"), for tests. */
docx_el docx_xml_element(const char *name);

/* ---- styles (docx_styles.c) ----------------------------------------- */

/* Paragraph properties, each unset (-1 / NULL / GW_ALIGN_NONE) unless said:
 * what a paragraph says directly, or what its style chain resolves to. */
typedef struct docx_props {
	int num_id;  /* w:numPr/w:numId; 0 = numbering switched off */
	int ilvl;    /* w:numPr/w:ilvl */
	int outline; /* w:outlineLvl 0..9 (9 = body text) */
	int heading; /* 1..9 from the style name ("heading 2", "标题 2") */
	gw_align align;
	int first_line_chars; /* w:ind firstLineChars (hundredths of a character) */
	int first_line_twips; /* w:ind firstLine */
	int size;             /* w:sz, half-points */
	const char *style;    /* the paragraph's own style name */
} docx_props;

void docx_props_unset(docx_props *p);
/* Reads a property element inside w:pPr (w:numPr children, w:jc …) into p. */
void docx_props_take(docx_props *p, docx_el el, const XML_Char **atts);

typedef struct docx_styles docx_styles;

docx_styles *docx_styles_new(gw_arena *a);
void docx_styles_free(docx_styles *s);
/* Sink for styles.xml (or the w:styles of a flat file). */
docx_sink docx_styles_sink(docx_styles *s);
/* After parsing: sorts the style ids; -1 when out of memory. */
int docx_styles_finish(docx_styles *s);
/* Fills every property p leaves unset from style_id's chain (or the default
 * paragraph style when style_id is NULL), and p->style with its name. */
void docx_styles_resolve(const docx_styles *s, const char *style_id, docx_props *p);
/* numId of a numbering style (w:numStyleLink), -1 if none. */
int docx_styles_num_of(const docx_styles *s, const char *style_id);
/* Heading level a style name says ("heading 3", "Heading 3", "标题 3" → 3), else -1. */
int docx_heading_of_name(const char *name);

/* ---- numbering (docx_numbering.c) ----------------------------------- */

typedef struct docx_numbering docx_numbering;

docx_numbering *docx_numbering_new(gw_arena *a);
void docx_numbering_free(docx_numbering *nb);
docx_sink docx_numbering_sink(docx_numbering *nb);
/* After parsing: sorts and links lists (styles for w:numStyleLink). */
int docx_numbering_finish(docx_numbering *nb, const docx_styles *st);
/* Advances list num_id at level ilvl and writes its label as Word shows it
 * ("一、", "（二）", "1.2") into out (NUL-terminated); returns its length,
 * 0 when the paragraph shows no number.  *space: Word puts a tab or space
 * after the label. */
size_t docx_numbering_next(docx_numbering *nb, int num_id, int ilvl, char *out, size_t cap, bool *space);
/* n written in a w:numFmt ("chineseCounting", 12 → "十二"); returns length. */
size_t docx_number_format(const char *fmt, long n, char *out, size_t cap);

/* ---- tables (docx_table.c) ------------------------------------------ */

typedef struct docx_table docx_table;

docx_table *docx_table_new(void);
void docx_table_free(docx_table *t);
int docx_table_row(docx_table *t);                   /* w:tr opens */
void docx_table_row_header(docx_table *t);           /* w:tblHeader in its w:trPr */
void docx_table_grid_before(docx_table *t, long n);  /* w:gridBefore */
void docx_table_grid_col(docx_table *t);             /* a w:gridCol of w:tblGrid */
int docx_table_cell(docx_table *t);                  /* w:tc opens */
void docx_table_span(docx_table *t, long n);         /* w:gridSpan */
void docx_table_vmerge(docx_table *t, bool restart); /* w:vMerge */
/* Adds a paragraph's text to the open cell ('\n' between paragraphs). */
int docx_table_text(docx_table *t, const char *s, size_t n);
/* w:tc closes: places the cell on the grid.  -1: out of memory; -2: the
 * row passes DOCX_MAX_COLS columns. */
int docx_table_cell_end(docx_table *t, gw_arena *a);
/* The finished grid in the arena, or NULL when out of memory. */
gw_table *docx_table_finish(docx_table *t, gw_arena *a);
/* Cells placed so far (for the item ceiling). */
size_t docx_table_cells(const docx_table *t);

/* ---- the body (docx_body.c) ----------------------------------------- */

typedef struct docx_body docx_body;

/* Blocks go to out (its arena must exist); styles and numbering must be
 * finished before the body is read. */
docx_body *docx_body_new(gw_blocks *out, const docx_styles *st, docx_numbering *nb);
void docx_body_free(docx_body *b);
docx_sink docx_body_sink(docx_body *b);
/* w:altChunk elements met: content (HTML, RTF, another .docx) in a part of
 * its own that Word converts when it opens the file, and this reader does not. */
size_t docx_body_alt_chunks(const docx_body *b);
/* After the body: removes the blocks of paragraphs deleted as tracked
 * changes (their text and their paragraph mark). */
void docx_body_finish(docx_body *b);

#endif
