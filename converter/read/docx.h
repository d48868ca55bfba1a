/*
 * docx.h — the Word reader: a .docx (Word 2007+, WPS, LibreOffice) or a
 * "flat" Word XML file (Word 2003 <w:wordDocument>, Word 2007 pkg:package)
 * → gw_blocks (blocks.h): one block per body paragraph or table, in
 * reading order, with Word's automatic numbering written into the text and
 * the hints Word knows (heading level, alignment, indent, text box, page
 * break, style name).  Headers, footers, comments and footnotes are not
 * read; deleted text (tracked changes) is dropped, inserted text kept.
 *
 * Files: docx.c (package and body walk), docx_xml.c (expat, refusals),
 * docx_styles.c, docx_numbering.c, docx_table.c; docx_parts.h is what
 * they share.  Internal to read/.
 */
#ifndef GW_DOCX_H
#define GW_DOCX_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks.h"

/* Reads a Word document from its bytes.  On success *out holds the blocks
 * (free with gw_blocks_free) and out->encoding is "DOCX"; on failure *out
 * is zeroed and d names the part, the XML line and what to do. */
gw_status gw_docx_blocks(const unsigned char *bytes, size_t len, gw_blocks *out, gw_diag *d);

/* True when bytes look like a Word document this reader takes: a zip with
 * a word/ folder or a Word content type, or flat Word XML.  Cheap: reads
 * the zip's directory or the first 4 KB of XML only. */
bool gw_docx_sniff(const unsigned char *bytes, size_t len);

/* The reader table's row (readers.c): how sure the bytes are a Word
 * document (GW_SNIFF_YES or GW_SNIFF_NO), and reading one into a report
 * (gw_docx_blocks, then the outline and indicator passes of gw_read_blocks). */
int gw_docx_sniff_score(const unsigned char *bytes, size_t len, const char *name);
gw_status gw_read_docx(const unsigned char *bytes, size_t len, const gw_read_opts *opts, gw_report **out,
		       gw_diag *d);

#endif
