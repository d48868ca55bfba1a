/*
 * docx_xml.c — the XML layer of the Word reader: expat (streaming,
 * namespace-aware) turning element names into docx_el ids, hiding what no
 * part reads — tracked-change history (w:del, w:pPrChange …), ruby text,
 * and every branch of an mc:AlternateContent but the first, so a text box
 * stored twice (DrawingML in mc:Choice, VML in mc:Fallback) is read once —
 * and refusing what Word never writes: a DOCTYPE (no entity can then be
 * declared, and no external one is ever loaded: no handler is set) and
 * nesting deeper than DOCX_MAX_DEPTH.
 */
#include "docx_parts.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/i18n.h"

/* expat's separator between a namespace URI and a local name. */
#define NS_SEP ' '

typedef enum ns_id { NS_NONE, NS_W, NS_WX, NS_AML, NS_MC, NS_PKG, NS_CT, NS_REL } ns_id;

static const struct {
	const char *uri;
	ns_id ns;
} namespaces[] = {
	{"http://schemas.openxmlformats.org/wordprocessingml/2006/main", NS_W},
	{"http://purl.oclc.org/ooxml/wordprocessingml/main", NS_W},     /* Strict OOXML */
	{"http://schemas.microsoft.com/office/word/2003/wordml", NS_W}, /* Word 2003 XML */
	{"http://schemas.microsoft.com/office/word/2003/auxHint", NS_WX},
	{"http://schemas.microsoft.com/aml/2001/core", NS_AML},
	{"http://schemas.openxmlformats.org/markup-compatibility/2006", NS_MC},
	{"http://schemas.microsoft.com/office/2006/xmlPackage", NS_PKG},
	{"http://schemas.openxmlformats.org/package/2006/content-types", NS_CT},
	{"http://schemas.openxmlformats.org/package/2006/relationships", NS_REL},
};

/* How the layer treats an element: hand it to the part's sink, hide its
 * subtree, hide its subtree but tell the sink it was there (a deleted
 * paragraph mark), or choose one branch of an mc:AlternateContent. */
typedef enum el_kind { K_READ, K_SKIP, K_MARK, K_ALTERNATE, K_BRANCH } el_kind;

typedef struct el_entry {
	const char *name;
	ns_id ns;
	docx_el el;
	el_kind kind;
} el_entry;

/* Sorted by name (strcmp), then namespace: looked up by binary search
 * (test_docx.c checks the order). */
static const el_entry elements[] = {
	{"AlternateContent", NS_MC, DX_OTHER, K_ALTERNATE},
	{"Choice", NS_MC, DX_OTHER, K_BRANCH},
	{"Default", NS_CT, DX_CT_DEFAULT, K_READ},
	{"Fallback", NS_MC, DX_OTHER, K_BRANCH},
	{"Override", NS_CT, DX_CT_OVERRIDE, K_READ},
	{"Relationship", NS_REL, DX_RELATIONSHIP, K_READ},
	{"abstractNum", NS_W, DX_ABSTRACT_NUM, K_READ},
	{"abstractNumId", NS_W, DX_ABSTRACT_NUM_ID, K_READ},
	{"altChunk", NS_W, DX_ALT_CHUNK, K_READ},
	{"annotation", NS_AML, DX_ANNOTATION, K_READ},
	{"basedOn", NS_W, DX_BASED_ON, K_READ},
	{"body", NS_W, DX_BODY, K_READ},
	{"br", NS_W, DX_BR, K_READ},
	{"cr", NS_W, DX_CR, K_READ},
	{"del", NS_W, DX_DEL, K_MARK},
	{"delInstrText", NS_W, DX_OTHER, K_SKIP},
	{"delText", NS_W, DX_OTHER, K_SKIP},
	{"endnote", NS_W, DX_OTHER, K_SKIP}, /* Word 2003: notes are inline */
	{"fldChar", NS_W, DX_FLD_CHAR, K_READ},
	{"fldData", NS_W, DX_OTHER, K_SKIP},
	{"fldSimple", NS_W, DX_FLD_SIMPLE, K_READ},
	{"footnote", NS_W, DX_OTHER, K_SKIP},
	{"framePr", NS_W, DX_FRAME_PR, K_READ},
	{"gridBefore", NS_W, DX_GRID_BEFORE, K_READ},
	{"gridCol", NS_W, DX_GRID_COL, K_READ},
	{"gridSpan", NS_W, DX_GRID_SPAN, K_READ},
	{"ilvl", NS_W, DX_ILVL, K_READ},
	{"ind", NS_W, DX_IND, K_READ},
	{"instrText", NS_W, DX_INSTR_TEXT, K_READ},
	{"isLgl", NS_W, DX_IS_LGL, K_READ},
	{"jc", NS_W, DX_JC, K_READ},
	{"listPr", NS_W, DX_LIST_PR, K_READ},
	{"lvl", NS_W, DX_LVL, K_READ},
	{"lvlOverride", NS_W, DX_LVL_OVERRIDE, K_READ},
	{"lvlRestart", NS_W, DX_LVL_RESTART, K_READ},
	{"lvlText", NS_W, DX_LVL_TEXT, K_READ},
	{"moveFrom", NS_W, DX_DEL, K_MARK},
	{"name", NS_W, DX_NAME, K_READ},
	{"noBreakHyphen", NS_W, DX_NO_BREAK_HYPHEN, K_READ},
	{"num", NS_W, DX_NUM, K_READ},
	{"numFmt", NS_W, DX_NUM_FMT, K_READ},
	{"numId", NS_W, DX_NUM_ID, K_READ},
	{"numPr", NS_W, DX_NUM_PR, K_READ},
	{"numStyleLink", NS_W, DX_NUM_STYLE_LINK, K_READ},
	{"numbering", NS_W, DX_NUMBERING, K_READ},
	{"numberingChange", NS_W, DX_OTHER, K_SKIP},
	{"outlineLvl", NS_W, DX_OUTLINE_LVL, K_READ},
	{"p", NS_W, DX_P, K_READ},
	{"pPr", NS_W, DX_PPR, K_READ},
	{"pPrChange", NS_W, DX_OTHER, K_SKIP},
	{"pStyle", NS_W, DX_PSTYLE, K_READ},
	{"package", NS_PKG, DX_PACKAGE, K_READ},
	{"pageBreakBefore", NS_W, DX_PAGE_BREAK_BEFORE, K_READ},
	{"part", NS_PKG, DX_PART, K_READ},
	{"ptab", NS_W, DX_PTAB, K_READ},
	{"r", NS_W, DX_R, K_READ},
	{"rPr", NS_W, DX_RPR, K_READ},
	{"rPrChange", NS_W, DX_OTHER, K_SKIP},
	{"rt", NS_W, DX_OTHER, K_SKIP}, /* ruby (phonetic) text */
	{"sdtEndPr", NS_W, DX_OTHER, K_SKIP},
	{"sdtPr", NS_W, DX_OTHER, K_SKIP},
	{"sectPr", NS_W, DX_SECT_PR, K_READ},
	{"sectPrChange", NS_W, DX_OTHER, K_SKIP},
	{"start", NS_W, DX_START, K_READ},
	{"startOverride", NS_W, DX_START_OVERRIDE, K_READ},
	{"style", NS_W, DX_STYLE, K_READ},
	{"styles", NS_W, DX_STYLES, K_READ},
	{"suff", NS_W, DX_SUFF, K_READ},
	{"sym", NS_W, DX_SYM, K_READ},
	{"sz", NS_W, DX_SZ, K_READ},
	{"t", NS_W, DX_T, K_READ},
	{"t", NS_WX, DX_WX_T, K_READ},
	{"tab", NS_W, DX_TAB, K_READ},
	{"tbl", NS_W, DX_TBL, K_READ},
	{"tblGridChange", NS_W, DX_OTHER, K_SKIP},
	{"tblHeader", NS_W, DX_TBL_HEADER, K_READ},
	{"tblPrChange", NS_W, DX_OTHER, K_SKIP},
	{"tblStylePr", NS_W, DX_OTHER, K_SKIP}, /* conditional table formats */
	{"tc", NS_W, DX_TC, K_READ},
	{"tcPrChange", NS_W, DX_OTHER, K_SKIP},
	{"tr", NS_W, DX_TR, K_READ},
	{"trPrChange", NS_W, DX_OTHER, K_SKIP},
	{"txbxContent", NS_W, DX_TXBX_CONTENT, K_READ},
	{"type", NS_W, DX_SECT_TYPE, K_READ},
	{"vMerge", NS_W, DX_VMERGE, K_READ},
	{"vmerge", NS_W, DX_VMERGE, K_READ}, /* Word 2003 */
	{"wordDocument", NS_W, DX_DOCUMENT_2003, K_READ},
	{"xmlData", NS_PKG, DX_XML_DATA, K_READ},
};

/* The namespace of an expat name and where its local part starts. */
static ns_id split_name(const char *name, const char **local)
{
	const char *sep = strrchr(name, NS_SEP);
	if (!sep) {
		*local = name;
		return NS_NONE;
	}
	*local = sep + 1;
	size_t n = (size_t)(sep - name);
	for (size_t i = 0; i < sizeof namespaces / sizeof namespaces[0]; i++)
		if (strlen(namespaces[i].uri) == n && memcmp(namespaces[i].uri, name, n) == 0)
			return namespaces[i].ns;
	return NS_NONE;
}

static int entry_cmp(const char *local, ns_id ns, const el_entry *e)
{
	int c = strcmp(local, e->name);
	return c ? c : (int)ns - (int)e->ns;
}

static const el_entry *lookup(const char *name)
{
	const char *local;
	ns_id ns = split_name(name, &local);
	if (ns == NS_NONE)
		return NULL;
	size_t lo = 0, hi = sizeof elements / sizeof elements[0];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = entry_cmp(local, ns, &elements[mid]);
		if (c == 0)
			return &elements[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

docx_el docx_xml_element(const char *name)
{
	const el_entry *e = lookup(name);
	return e ? e->el : DX_OTHER;
}

/* For test_docx.c: the table's order, which lookup() relies on. */
int docx_xml_table_sorted(void);
int docx_xml_table_sorted(void)
{
	for (size_t i = 1; i < sizeof elements / sizeof elements[0]; i++)
		if (entry_cmp(elements[i].name, elements[i].ns, &elements[i - 1]) <= 0)
			return 0;
	return 1;
}

void docx_xml_fail(docx_xml *x, gw_status st, const char *hint, const char *fmt, ...)
{
	if (x->st != GW_OK)
		return;
	char what[700];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, _(fmt), ap);
	va_end(ap);
	x->st = gw_fail(x->d, st, 0, GW_NO_BYTE, hint, "%s, XML line %lu: %s", x->part,
			(unsigned long)XML_GetCurrentLineNumber(x->parser), what);
	XML_StopParser(x->parser, XML_FALSE);
}

void docx_xml_skip(docx_xml *x)
{
	if (x->skip_depth == 0)
		x->skip_depth = x->depth;
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	docx_xml *x = ud;
	if (x->st != GW_OK)
		return;
	if (++x->depth > DOCX_MAX_DEPTH) {
		docx_xml_fail(x, GW_E_TOO_LARGE, DOCX_HINT_RESAVE,
			      "elements nested more than %u deep (Word never writes that)", DOCX_MAX_DEPTH);
		return;
	}
	if (x->skip_depth)
		return;
	const el_entry *e = lookup(name);
	el_kind kind = e ? e->kind : K_READ;
	switch (kind) {
	case K_SKIP: x->skip_depth = x->depth; return;
	case K_MARK:
		x->skip_depth = x->depth;
		x->sink.start(x->sink.ctx, x, e->el, atts);
		return;
	case K_ALTERNATE: x->branch_taken[x->depth] = 0; return;
	case K_BRANCH:
		/* The first branch is read; Word and WPS put the same content
		 * in each, so the others would repeat it. */
		if (x->branch_taken[x->depth - 1])
			x->skip_depth = x->depth;
		else
			x->branch_taken[x->depth - 1] = 1;
		return;
	case K_READ: break;
	}
	x->sink.start(x->sink.ctx, x, e ? e->el : DX_OTHER, atts);
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
	docx_xml *x = ud;
	if (x->st != GW_OK)
		return;
	if (x->skip_depth) {
		if (x->skip_depth == x->depth)
			x->skip_depth = 0;
		x->depth--;
		return;
	}
	const el_entry *e = lookup(name);
	if (!e || e->kind == K_READ)
		x->sink.end(x->sink.ctx, x, e ? e->el : DX_OTHER);
	x->depth--;
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
	docx_xml *x = ud;
	if (x->st != GW_OK || x->skip_depth || len <= 0)
		return;
	x->sink.text(x->sink.ctx, x, s, (size_t)len);
}

static void XMLCALL on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
			       int has_internal_subset)
{
	(void)name, (void)sysid, (void)pubid, (void)has_internal_subset;
	docx_xml_fail(ud, GW_E_UNSUPPORTED, DOCX_HINT_RESAVE,
		      "a DOCTYPE declaration, which Word never writes (refused: it could "
		      "define entities or load other files)");
}

static void XMLCALL on_entity(void *ud, const XML_Char *name, int is_param, const XML_Char *value,
			      int value_len, const XML_Char *base, const XML_Char *sysid,
			      const XML_Char *pubid, const XML_Char *notation)
{
	(void)name, (void)is_param, (void)value, (void)value_len, (void)base, (void)sysid;
	(void)pubid, (void)notation;
	docx_xml_fail(ud, GW_E_UNSUPPORTED, DOCX_HINT_RESAVE, "an entity declaration (refused)");
}

int docx_xml_open(docx_xml *x, const char *part, const docx_sink *sink, gw_diag *d)
{
	memset(x, 0, sizeof *x);
	x->part = part;
	x->sink = *sink;
	x->d = d;
	x->parser = XML_ParserCreateNS(NULL, NS_SEP);
	if (!x->parser) {
		gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading %s", part);
		return -1;
	}
	XML_SetUserData(x->parser, x);
	XML_SetElementHandler(x->parser, on_start, on_end);
	XML_SetCharacterDataHandler(x->parser, on_text);
	XML_SetStartDoctypeDeclHandler(x->parser, on_doctype);
	XML_SetEntityDeclHandler(x->parser, on_entity);
	/* Parameter entities and external DTDs are never read (the default,
	 * said here so nobody turns it on). */
	XML_SetParamEntityParsing(x->parser, XML_PARAM_ENTITY_PARSING_NEVER);
	return 0;
}

gw_status docx_xml_feed(docx_xml *x, const char *buf, size_t n, bool final)
{
	if (x->st != GW_OK)
		return x->st;
	while (n > 0 || final) {
		int chunk = n > (1u << 20) ? (1 << 20) : (int)n;
		bool last = final && (size_t)chunk == n;
		if (XML_Parse(x->parser, buf, chunk, last) == XML_STATUS_ERROR) {
			if (x->st != GW_OK)
				return x->st;
			enum XML_Error e = XML_GetErrorCode(x->parser);
			if (e == XML_ERROR_NO_MEMORY)
				return x->st = gw_fail(x->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL,
						       "out of memory reading %s", x->part);
			return x->st = gw_fail(x->d, GW_E_STRUCTURE, 0, GW_NO_BYTE, DOCX_HINT_RESAVE,
					       "the Word file is damaged: %s, XML line %lu column %lu: %s",
					       x->part, (unsigned long)XML_GetCurrentLineNumber(x->parser),
					       (unsigned long)XML_GetCurrentColumnNumber(x->parser) + 1,
					       XML_ErrorString(e));
		}
		if (x->st != GW_OK)
			return x->st;
		buf += chunk;
		n -= (size_t)chunk;
		if (last)
			break;
	}
	return GW_OK;
}

void docx_xml_close(docx_xml *x)
{
	if (x->parser)
		XML_ParserFree(x->parser);
	x->parser = NULL;
}

const char *docx_attr(const XML_Char **atts, const char *local)
{
	for (size_t i = 0; atts && atts[i]; i += 2) {
		const char *sep = strrchr(atts[i], NS_SEP);
		const char *name = sep ? sep + 1 : atts[i];
		if (strcmp(name, local) == 0)
			return atts[i + 1];
	}
	return NULL;
}

long docx_attr_int(const XML_Char **atts, const char *local, long lo, long hi, long dflt)
{
	const char *v = docx_attr(atts, local);
	if (!v)
		return dflt;
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (end == v)
		return dflt;
	if (errno == ERANGE)
		n = n < 0 ? lo : hi;
	return n < lo ? lo : n > hi ? hi : n;
}

bool docx_attr_on(const XML_Char **atts)
{
	const char *v = docx_attr(atts, "val");
	if (!v)
		return true;
	return !(strcmp(v, "false") == 0 || strcmp(v, "0") == 0 || strcmp(v, "off") == 0 ||
		 strcmp(v, "none") == 0);
}
