/*
 * zipentry.c — the in-memory zip writer of zipentry.h, shared by the OFD
 * package (ofd.c) and the BagIt bundle (bundle.c) so that dates, modes,
 * compression and reading the result back are written once.
 */
#include "zipentry.h"

#include <stdio.h>
#include <stdlib.h>
#include <zip.h>

#include "../model/i18n.h"

gw_status gw_zip_begin(gw_zip *z, const char *what, time_t timestamp, gw_diag *d)
{
	*z = (gw_zip){.timestamp = timestamp, .what = what};
	zip_error_t ze;
	zip_error_init(&ze);
	z->mem = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (z->mem)
		z->za = zip_open_from_source(z->mem, ZIP_TRUNCATE, &ze);
	gw_status st = GW_OK;
	if (!z->za) {
		st = gw_fail(d, GW_E_ZIP, 0, GW_NO_BYTE, NULL, "cannot start %s: %s", _(what), zip_error_strerror(&ze));
		zip_source_free(z->mem);
		z->mem = NULL;
	} else {
		zip_source_keep(z->mem);  /* survive zip_close, so the result can be read */
	}
	zip_error_fini(&ze);
	return st;
}

/* DOS date and time of t in UTC, clamped to the years DOS can hold. */
static void dos_time(time_t t, zip_uint16_t *dtime, zip_uint16_t *ddate)
{
	struct tm tm;
	if (t < 315532800 || !gmtime_r(&t, &tm)) {   /* before 1980-01-01 */
		*dtime = 0;
		*ddate = (0 << 9) | (1 << 5) | 1;
		return;
	}
	if (tm.tm_year + 1900 > 2107) {
		*dtime = (23 << 11) | (59 << 5) | 29;
		*ddate = (127 << 9) | (12 << 5) | 31;
		return;
	}
	*dtime = (zip_uint16_t)((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
	*ddate = (zip_uint16_t)(((tm.tm_year + 1900 - 1980) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

/* Adds src as name (taking src) with the archive's date, mode 0644 and
 * method (level 6 for deflate: zlib's default; level 9 took 5x as long on
 * a 25 MB JSON for 5% less). */
static int add(gw_zip *z, const char *name, zip_source_t *src, bool store, zip_flags_t flags)
{
	if (z->failed || !z->za || !src) {
		zip_source_free(src);
		z->failed = true;
		return -1;
	}
	zip_int64_t i = zip_file_add(z->za, name, src, flags);
	if (i < 0) {
		zip_source_free(src);
		z->failed = true;
		return -1;
	}
	zip_uint16_t dtime, ddate;
	dos_time(z->timestamp, &dtime, &ddate);
	zip_uint64_t idx = (zip_uint64_t)i;
	if (zip_set_file_compression(z->za, idx, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, store ? 0 : 6) != 0 ||
	    zip_file_set_dostime(z->za, idx, dtime, ddate, 0) != 0 ||
	    zip_file_set_external_attributes(z->za, idx, 0, ZIP_OPSYS_UNIX, 0100644u << 16) != 0) {
		z->failed = true;
		return -1;
	}
	return 0;
}

int gw_zip_add(gw_zip *z, const char *name, const void *data, size_t len, bool store, zip_flags_t flags)
{
	zip_source_t *src = z->za && !z->failed ? zip_source_buffer(z->za, data, len, 0) : NULL;
	return add(z, name, src, store, flags);
}

int gw_zip_add_deflated(gw_zip *z, const char *name, zip_source_t *src, zip_flags_t flags)
{
	return add(z, name, src, false, flags);
}

/* Reads the whole buffer source back after zip_close; caller frees. */
static int read_back(zip_source_t *mem, gw_bytes *out)
{
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_source_stat(mem, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(mem) != 0)
		return -1;
	unsigned char *buf = malloc(st.size ? st.size : 1);
	zip_int64_t got = buf ? zip_source_read(mem, buf, st.size) : -1;
	zip_source_close(mem);
	if (got < 0 || (zip_uint64_t)got != st.size) {
		free(buf);
		return -1;
	}
	out->data = buf;
	out->len = st.size;
	return 0;
}

gw_status gw_zip_end(gw_zip *z, gw_bytes *out, gw_diag *d)
{
	gw_status st = GW_OK;
	if (!z->za)
		return GW_E_ZIP;   /* gw_zip_begin said why */
	if (!z->failed && zip_close(z->za) == 0)
		z->za = NULL;
	else
		st = gw_fail(d, GW_E_ZIP, 0, GW_NO_BYTE, NULL, "cannot build %s: %s", _(z->what), zip_strerror(z->za));
	if (!st && read_back(z->mem, out) != 0)
		st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "cannot read the finished %s back", _(z->what));
	if (z->za)
		zip_discard(z->za);
	zip_source_free(z->mem);
	*z = (gw_zip){0};
	return st;
}
