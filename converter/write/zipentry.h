/*
 * zipentry.h — a zip archive built in memory the way every gwexport archive
 * is (the OFD package, the BagIt bundle): entries in the order added, each
 * dated with the document's timestamp as a DOS date in UTC (zip_file_set_mtime would use
 * local time, so the bytes would follow TZ) with mode 0644, deflated at
 * level 6 or stored; the finished archive read back into one malloc'd
 * buffer.  Only libzip's zip_source_t crosses this door: a writer that
 * deflates for itself (ofd.c, with libdeflate) hands a ready source.
 */
#ifndef GW_ZIPENTRY_H
#define GW_ZIPENTRY_H

#include <stdbool.h>
#include <time.h>
#include <zip.h>

#include "../model/diag.h"
#include "writers.h"

typedef struct gw_zip {
	zip_source_t *mem;     /* the archive's bytes, kept past zip_close */
	zip_t *za;
	time_t timestamp;      /* every entry's date */
	const char *what;      /* "the OFD package": named in messages */
	bool failed;           /* an entry could not be added */
} gw_zip;

/* Starts an empty archive.  GW_E_ZIP ("cannot start WHAT: …"), then z
 * holds nothing and needs no gw_zip_end. */
gw_status gw_zip_begin(gw_zip *z, const char *what, time_t timestamp, gw_diag *d);
/* Adds data[0..len) (not copied: it must live until gw_zip_end) as name,
 * deflated (level 6) or stored.  flags: ZIP_FL_ENC_UTF_8 for a UTF-8 name,
 * else 0.  0, or -1 (the archive is failed; gw_zip_end says so). */
int gw_zip_add(gw_zip *z, const char *name, const void *data, size_t len, bool store, zip_flags_t flags);
/* Adds src, a source whose data is already deflated (its stat gives
 * ZIP_CM_DEFLATE, the CRC and both sizes), copied as is.  Takes src, also
 * on failure.  0, or -1 as gw_zip_add. */
int gw_zip_add_deflated(gw_zip *z, const char *name, zip_source_t *src, zip_flags_t flags);
/* Closes the archive and hands its bytes to out (caller frees out->data),
 * or after a failed add discards it; z is empty afterwards.  GW_E_ZIP
 * ("cannot build WHAT: …"), GW_E_NOMEM ("cannot read the finished WHAT
 * back"). */
gw_status gw_zip_end(gw_zip *z, gw_bytes *out, gw_diag *d);

#endif
