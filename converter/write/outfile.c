/*
 * outfile.c — atomic output files and bounded input reads.
 *
 * Write path: mkstemp(dir/.name.XXXXXX) → write all → fsync → fchmod to the
 * usual 0666 & ~umask (mkstemp gives 0600) → rename over the target →
 * fsync the directory.  Any failure unlinks the temp file, so the target is
 * either the complete new file or untouched.
 */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../model/buf.h"

static mode_t default_mode(void)
{
	mode_t mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	if (stat(a, &sa) != 0 || stat(b, &sb) != 0)
		return 0;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static const char *io_hint(int err)
{
	switch (err) {
	case EACCES:
	case EPERM:
	case EROFS: return "choose a directory you can write to with -o";
	case ENOSPC:
	case EDQUOT: return "free some disk space and run again";
	case EFBIG: return "the file size limit was reached; raise it (ulimit -f) or free space";
	case ENOENT: return "create the directory first or choose another with -o";
	default: return NULL;
	}
}

static int write_all(int fd, const unsigned char *data, size_t len)
{
	size_t off = 0;
	while (off < len) {
		ssize_t n = write(fd, data + off, len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		off += (size_t)n;
	}
	return 0;
}

static void sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		fsync(fd);  /* best effort: the rename is already atomic */
		close(fd);
	}
}

/* Links the O_TMPFILE file fd under tmp, a "….XXXXXX" template. */
static int name_unnamed(int fd, char *tmp)
{
	char proc[64];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	size_t n = strlen(tmp);
	for (unsigned i = 0; i < 100; i++) {
		snprintf(tmp + n - 6, 7, "%06x", ((unsigned)getpid() * 40503u + i) & 0xffffffu);
		if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0)
			return 0;
		if (errno != EEXIST)
			return -1;
	}
	return -1;
}

gw_status gw_outfile_write(const char *path, const unsigned char *data, size_t len,
			   const char *input, gw_diag *d)
{
	if (input && (strcmp(path, input) == 0 || same_file(path, input)))
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE,
			       "choose another output directory with -o or other formats with -f",
			       "output '%s' is the input file itself; refusing to overwrite it", path);
	char dirbuf[PATH_MAX], basebuf[PATH_MAX], tmp[PATH_MAX * 2 + 16];
	snprintf(dirbuf, sizeof dirbuf, "%s", path);
	snprintf(basebuf, sizeof basebuf, "%s", path);
	const char *dir = dirname(dirbuf);
	const char *base = basename(basebuf);
	snprintf(tmp, sizeof tmp, "%s/.%s.XXXXXX", dir, base);
	/* Linux: write an unnamed file (O_TMPFILE), so a process killed
	 * mid-write leaves nothing; it is named only once complete. */
	int unnamed = access("/proc/self/fd", X_OK) == 0;
	int fd = unnamed ? open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600) : -1;
	if (fd < 0) {  /* no /proc, or a file system without O_TMPFILE */
		unnamed = 0;
		fd = mkstemp(tmp);
	}
	if (fd < 0)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, io_hint(errno),
			       "cannot create a file in '%s': %s", dir, strerror(errno));
	int err = 0;
	/* Replacing an output keeps its permissions; a new one gets the usual
	 * 0666 & ~umask (mkstemp and O_TMPFILE start at 0600). */
	struct stat old;
	mode_t mode = stat(path, &old) == 0 ? (old.st_mode & 07777) : default_mode();
	if (write_all(fd, data, len) != 0 || fsync(fd) != 0 || fchmod(fd, mode) != 0)
		err = errno;
	if (!err && unnamed && name_unnamed(fd, tmp) != 0)
		err = errno;
	if (close(fd) != 0 && !err)
		err = errno;
	if (!err && rename(tmp, path) != 0)
		err = errno;
	if (err) {
		unlink(tmp);
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, io_hint(err), "cannot write '%s': %s",
			       path, strerror(err));
	}
	sync_dir(dir);
	return GW_OK;
}

/* Reads fd to its end into b, growing it `first` bytes at a time at first
 * (the file's size + 1 when known, so one read() does).  GW_OK; GW_E_IO
 * with errno set; GW_E_NOMEM; or GW_E_TOO_LARGE when there is more than
 * b->max bytes, found by a one-byte read once the buffer is at its ceiling
 * (so exactly b->max bytes still read, also from a pipe). */
static gw_status read_all(int fd, size_t first, gw_buf *b)
{
	for (;;) {
		size_t room = b->max - b->len;
		if (room > 0 && gw_buf_reserve(b, room < first ? room : first) != GW_OK)
			return gw_buf_status(b);
		unsigned char probe;
		void *at = room > 0 ? (void *)(b->p + b->len) : &probe;
		ssize_t got = read(fd, at, room > 0 ? b->cap - 1 - b->len : 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return got == 0 ? GW_OK : GW_E_IO;
		if (room == 0)
			return GW_E_TOO_LARGE;
		b->len += (size_t)got;
		b->p[b->len] = '\0';
	}
}

gw_status gw_file_read(const char *path, size_t max, unsigned char **data, size_t *len, gw_diag *d)
{
	*data = NULL;
	*len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE,
			       errno == ENOENT ? "check the file name" : NULL,
			       "cannot open '%s': %s", path, strerror(errno));
	struct stat st;
	int stat_failed = fstat(fd, &st) != 0;
	if (stat_failed || S_ISDIR(st.st_mode)) {
		int e = stat_failed ? errno : EISDIR;
		close(fd);
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "give a report text file or model JSON file",
			       "cannot read '%s': %s", path, strerror(e));
	}
	if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > max) {
		close(fd);
		return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into smaller files",
			       "'%s' has %lld bytes; the limit is %zu MB", path, (long long)st.st_size,
			       max >> 20);
	}
	gw_buf b;
	gw_buf_init(&b, max);
	gw_status rs = read_all(fd, S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536, &b);
	int e = errno;
	close(fd);
	if (rs == GW_OK && !(*data = (unsigned char *)gw_buf_take(&b, len)))
		rs = GW_E_NOMEM;
	gw_buf_free(&b);
	switch (rs) {
	case GW_OK: return GW_OK;
	case GW_E_IO:
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, NULL, "cannot read '%s': %s", path, strerror(e));
	case GW_E_TOO_LARGE:
		return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into smaller files",
			       "'%s' is larger than %zu MB", path, max >> 20);
	default:
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading '%s'", path);
	}
}
