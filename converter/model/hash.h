/*
 * hash.h — SHA-256 / SHA-512 as lower-case hex, via OpenSSL's libcrypto
 * (already linked by libzip and libxlsxwriter; used for source.sha256 and
 * the BagIt manifests).
 */
#ifndef GW_HASH_H
#define GW_HASH_H

#include <stddef.h>

/* out receives 64 hex digits + NUL.  Returns 0, or -1 on library failure. */
int gw_sha256_hex(const void *data, size_t len, char out[65]);
/* out receives 128 hex digits + NUL.  Returns 0, or -1 on library failure. */
int gw_sha512_hex(const void *data, size_t len, char out[129]);

#endif
