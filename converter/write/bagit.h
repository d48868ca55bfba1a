/*
 * bagit.h — what the bundle writer (bundle.c) and the verifier (verify.c)
 * must agree on about BagIt bags (RFC 8493) inside a zip: the limits, which
 * entry names are safe, and how manifest paths are percent-encoded.
 */
#ifndef GW_BAGIT_H
#define GW_BAGIT_H

#include <stddef.h>
#include <stdint.h>

/* Ceilings.  Our own bags are a few MB; these only stop hostile zips. */
#define GW_BAG_MAX_ENTRIES 100000u               /* entries in one zip */
#define GW_BAG_MAX_ENTRY_BYTES (1ull << 30)      /* one entry, uncompressed */
#define GW_BAG_MAX_TOTAL_BYTES (4ull << 30)      /* all entries, uncompressed */
#define GW_BAG_MAX_TAGFILE_BYTES (16u << 20)     /* bagit.txt, bag-info.txt, manifests */
#define GW_BAG_MAX_NAME_BYTES 4096u              /* one entry name */

/* NULL when `name` is a safe zip entry name for a bag, else why not
 * ("contains a '..' component", …).  Safe means: non-empty UTF-8, relative,
 * no backslash, no control character, no drive letter ("c:"), no empty,
 * "." or ".." component; a directory entry may end with one '/'.  Such a
 * name can never point outside the directory it is extracted into. */
const char *gw_bagit_name_problem(const char *name, size_t len);

/* Writes `path` percent-encoded as RFC 8493 §2.1.3 wants for manifests
 * (CR → %0D, LF → %0A, % → %25) into out (room for 3 * strlen + 1).
 * Returns the length written. */
size_t gw_bagit_encode_path(const char *path, char *out);

/* Decodes %0D, %0A and %25 (any case) in s[0..len) into out (room for
 * len + 1).  Other '%' sequences are kept as written.  Returns the length. */
size_t gw_bagit_decode_path(const char *s, size_t len, char *out);

#endif
