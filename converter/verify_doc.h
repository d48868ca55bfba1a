/*
 * verify_doc.h — `gwexport verify` looks inside the documents a bag holds:
 * a PDF must have a PDF's skeleton (what qpdf --check reads first), an
 * OFD's XML parts must be well-formed and name parts that exist.  The zip
 * side of an OFD stays in verify.c (the one CLI file that opens zips); this
 * file only judges bytes.
 */
#ifndef GW_VERIFY_DOC_H
#define GW_VERIFY_DOC_H

#include <stddef.h>

/* 0 when p[0..n) is a whole PDF: a %PDF- header, %%EOF at the end,
 * startxref pointing at a cross-reference table whose in-use entries each
 * point at their "N G obj", and a trailer naming /Root (older sections
 * through /Prev too; a cross-reference stream is accepted unread).  Else
 * -1 with what is wrong in why. */
int gw_pdf_problem(const unsigned char *p, size_t n, char *why, size_t size);

/* What gw_xml_part found in one XML part of an OFD. */
typedef struct gw_ofd_part {
	char root[64];         /* the root element's local name: "OFD", "Document", "Page" */
	int ofd_namespace;     /* the root is in http://www.ofdspec.org/2016 */
	char docroot[512];     /* OFD.xml: the first DocRoot's text (Doc_0/Document.xml) */
	/* Document.xml: called with each Page's BaseLoc attribute */
	void (*on_page)(void *ctx, const char *baseloc);
	void *ctx;
} gw_ofd_part;

/* 0 when p[0..n) is well-formed XML, filling *part; else -1 with the
 * parser's message and line in why. */
int gw_xml_part(const unsigned char *p, size_t n, gw_ofd_part *part, char *why, size_t size);

#endif
