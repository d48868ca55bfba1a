/*
 * outfile.c — atomic sets of output files and bounded input reads.
 *
 * One input's outputs (report.pdf, .xlsx, .zip …) are one set: all new or
 * all old.  Write path, under an exclusive flock on the output directory
 * (two runs writing the same names take turns, so a PDF always matches the
 * copy in its zip):
 *   1. every name checked against NAME_MAX (with its temporary name);
 *   2. every file written to a temporary beside its target (O_TMPFILE,
 *      named ".name.XXXXXX" once complete; mkstemp where there is no
 *      O_TMPFILE), fsync'd, given its mode;
 *   3. each old target kept as a backup (a hard link ".name.XXXXXX"), each
 *      temporary renamed over its target; a failed rename puts every
 *      backup back;
 *   4. backups removed, the directory fsync'd.
 * A failure in 1–3 leaves every older output as it was (disk full happens
 * in 2, before anything is replaced).  Temporaries a killed run left (our
 * pattern, older than a minute) are removed under the lock.  SIGINT,
 * SIGTERM and SIGHUP wait while a set is written (blocked, for the calling
 * thread): Ctrl-C then ends the run with the set whole or as it was, and
 * no named temporary or backup left; only SIGKILL can cut into 2–4.
 */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../model/buf.h"
#include "../model/i18n.h"

#define TMP_SUFFIX_LEN 8u     /* ".NAME" + ".XXXXXX": one more dot, six characters */
#define STALE_SECONDS 60

/* One file of a set while it is written: its temporary and backup. */
typedef struct pending {
	const gw_outfile *file;
	char tmp[PATH_MAX];      /* ".name.XXXXXX", named once complete */
	char backup[PATH_MAX];   /* the old target, hard-linked; "" when none */
	int has_tmp;             /* tmp names a file to remove on failure */
	int moved;               /* the backup is the old target renamed */
	int renamed;             /* tmp is now the target */
	int not_created;         /* the temporary could not even be made */
} pending;

static mode_t current_umask(void)
{
	mode_t mask = umask(0);
	umask(mask);
	return mask;
}

/* A replaced output keeps its permission bits, but never setuid, setgid
 * or sticky, and never group or world write that the umask takes away; a
 * new output (or a target that is a symbolic link: its target's mode is
 * not ours) gets the usual 0666 & ~umask. */
static mode_t output_mode(const char *path)
{
	mode_t mask = current_umask();
	struct stat old;
	if (lstat(path, &old) == 0 && S_ISREG(old.st_mode))
		return old.st_mode & 0777 & ~(mask & 0022);
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
	case EROFS: return N_("choose a directory you can write to with -o");
	case ENOSPC:
	case EDQUOT: return N_("free some disk space and run again");
	case EFBIG: return N_("the file size limit was reached; raise it (ulimit -f) or free space");
	case ENOENT: return N_("create the directory first or choose another with -o");
	case ENAMETOOLONG: return N_("use a shorter output directory or file name");
	case EMFILE:
	case ENFILE: return N_("raise the limit on open files (ulimit -n 64) and run again");
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

static void sync_dir(int dirfd)
{
	if (dirfd >= 0)
		fsync(dirfd);  /* best effort: the renames are already atomic */
}

/* A name "….XXXXXX" for the i-th try. */
static void fill_suffix(char *tmpl, unsigned i)
{
	size_t n = strlen(tmpl);
	snprintf(tmpl + n - 6, 7, "%06x", ((unsigned)getpid() * 40503u + i * 7919u) & 0xffffffu);
}

/* Links the O_TMPFILE file fd under tmp, a "….XXXXXX" template. */
static int name_unnamed(int fd, char *tmp)
{
	char proc[64];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	for (unsigned i = 0; i < 100; i++) {
		fill_suffix(tmp, i);
		if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0)
			return 0;
		if (errno != EEXIST)
			return -1;
	}
	return -1;
}

/* Keeps the existing target under a fresh ".name.XXXXXX": a hard link,
 * so the target never goes missing; a rename where the file system has no
 * hard links (FAT, some SMB shares).  *moved tells which was done. */
static int keep_backup(const char *path, char *backup, int *moved)
{
	*moved = 0;
	for (unsigned i = 0; i < 100; i++) {
		fill_suffix(backup, i + 100);
		if (link(path, backup) == 0)
			return 0;
		if (errno == EEXIST)
			continue;
		if (errno != EPERM && errno != ENOTSUP && errno != EMLINK)
			return -1;
		if (access(backup, F_OK) == 0 || errno != ENOENT)
			continue;
		if (rename(path, backup) != 0)
			return -1;
		*moved = 1;
		return 0;
	}
	return -1;
}

/* Splits path into its directory and base name (buffers of PATH_MAX). */
static void split_path(const char *path, char *dir, char *base)
{
	char a[PATH_MAX], b[PATH_MAX];
	snprintf(a, sizeof a, "%s", path);
	snprintf(b, sizeof b, "%s", path);
	snprintf(dir, PATH_MAX, "%s", dirname(a));
	snprintf(base, PATH_MAX, "%s", basename(b));
}

/* Step 2 for one file: its complete temporary, or errno. */
static int write_temp(pending *p, const char *dir)
{
	char base[PATH_MAX], d[PATH_MAX];
	split_path(p->file->path, d, base);
	int len = snprintf(p->tmp, sizeof p->tmp, "%s/.%s.XXXXXX", dir, base);
	if (len < 0 || (size_t)len >= sizeof p->tmp)
		return ENAMETOOLONG;  /* check_names refused such names already */
	/* Linux: an unnamed file (O_TMPFILE), so a process killed mid-write
	 * leaves nothing; it is named only once complete. */
	int unnamed = access("/proc/self/fd", X_OK) == 0;
	int fd = unnamed ? open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600) : -1;
	if (fd < 0) {  /* no /proc, or a file system without O_TMPFILE */
		unnamed = 0;
		fd = mkstemp(p->tmp);
	}
	if (fd < 0) {
		p->not_created = 1;
		return errno;
	}
	p->has_tmp = !unnamed;
	int err = 0;
	if (write_all(fd, p->file->data, p->file->len) != 0 || fsync(fd) != 0 ||
	    fchmod(fd, output_mode(p->file->path)) != 0)
		err = errno;
	if (!err && unnamed && name_unnamed(fd, p->tmp) != 0)
		err = errno;
	if (!err && unnamed)
		p->has_tmp = 1;
	if (close(fd) != 0 && !err)
		err = errno;
	return err;
}

/* Puts the old set back after a failed step 3, or drops the backups. */
static void finish_swap(pending *p, size_t n, int failed)
{
	for (size_t k = 0; k < n; k++) {
		if (!p[k].file)
			continue;
		if (!failed) {
			if (p[k].backup[0])
				unlink(p[k].backup);
		} else if (p[k].backup[0] && (p[k].renamed || p[k].moved)) {
			rename(p[k].backup, p[k].file->path);
		} else if (p[k].renamed) {
			unlink(p[k].file->path);          /* it did not exist before */
		} else if (p[k].backup[0]) {
			unlink(p[k].backup);
		}
	}
}

/* Step 3: backups, then the renames; on failure the old set comes back. */
static int swap_in(pending *p, size_t n)
{
	int err = 0;
	for (size_t i = 0; i < n && !err; i++) {
		struct stat st;
		p[i].backup[0] = '\0';
		if (lstat(p[i].file->path, &st) == 0 && S_ISDIR(st.st_mode)) {
			err = EISDIR;  /* made since check_names: never move a folder */
			break;
		}
		if (lstat(p[i].file->path, &st) == 0) {
			snprintf(p[i].backup, sizeof p[i].backup, "%s", p[i].tmp);
			if (keep_backup(p[i].file->path, p[i].backup, &p[i].moved) != 0) {
				err = errno;
				p[i].backup[0] = '\0';
				break;
			}
		}
		if (rename(p[i].tmp, p[i].file->path) != 0) {
			err = errno;
		} else {
			p[i].renamed = 1;
			p[i].has_tmp = 0;
		}
	}
	finish_swap(p, n, err != 0);
	return err;
}

/* Temporaries of these targets that a killed run left: ".name.XXXXXX",
 * not touched for a minute.  Called with the directory locked, so no
 * other gwexport is writing them. */
static void remove_stale(const char *dir, const gw_outfile *files, size_t n)
{
	DIR *dp = opendir(dir);
	if (!dp)
		return;
	time_t now = time(NULL);
	struct dirent *e;
	while ((e = readdir(dp)) != NULL) {
		size_t len = strlen(e->d_name);
		if (e->d_name[0] != '.' || len < TMP_SUFFIX_LEN + 1 || e->d_name[len - 7] != '.')
			continue;
		for (size_t i = 0; i < n; i++) {
			char d[PATH_MAX], base[PATH_MAX];
			split_path(files[i].path, d, base);
			struct stat st;
			if (strlen(base) + TMP_SUFFIX_LEN == len && strncmp(e->d_name + 1, base, len - 8) == 0 &&
			    fstatat(dirfd(dp), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
			    S_ISREG(st.st_mode) && now - st.st_mtime > STALE_SECONDS)
				unlinkat(dirfd(dp), e->d_name, 0);
		}
	}
	closedir(dp);
}

gw_status gw_outfile_check_name(const char *path, gw_diag *d)
{
	char dir[PATH_MAX], base[PATH_MAX];
	split_path(path, dir, base);
	long name_max = pathconf(dir, _PC_NAME_MAX);
	if (name_max <= 0)
		name_max = NAME_MAX;
	if (strlen(base) + TMP_SUFFIX_LEN > (size_t)name_max || strlen(path) + TMP_SUFFIX_LEN >= PATH_MAX)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "rename the input file or use a shorter output directory",
			       "output name '%s' is %zu bytes; with its temporary name it may be at most %ld",
			       base, strlen(base), name_max - (long)TMP_SUFFIX_LEN);
	return GW_OK;
}

/* Step 1, and the input is never a target. */
static gw_status check_names(const char *dir, const gw_outfile *files, size_t n, const char *input,
			     gw_diag *d)
{
	for (size_t i = 0; i < n; i++) {
		const char *path = files[i].path;
		char fdir[PATH_MAX], base[PATH_MAX];
		split_path(path, fdir, base);
		if (strcmp(fdir, dir) != 0)
			return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, "please report this bug",
				       "output '%s' is not in '%s'", path, dir);
		gw_status st = gw_outfile_check_name(path, d);
		if (st)
			return st;
		struct stat old;
		if (lstat(path, &old) == 0 && S_ISDIR(old.st_mode))
			return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "move the folder away or choose another with -o",
				       "cannot write '%s': %s", path, strerror(EISDIR));
		if (input && (strcmp(path, input) == 0 || same_file(path, input)))
			return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE,
				       "choose another output directory with -o or other formats with -f",
				       "output '%s' is the input file itself; refusing to overwrite it", path);
	}
	return GW_OK;
}

/* Exclusive flock on the directory: -1 (and errno) only when the directory
 * cannot be opened; a file system without flock runs unlocked. */
static int lock_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	while (flock(fd, LOCK_EX) != 0 && errno == EINTR)
		;
	return fd;
}

/* Holds back (SIG_BLOCK, old mask saved) or lets through (SIG_SETMASK,
 * old) the signals that end a run, around the steps that name files. */
static void hold_stops(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &set, old);
}

static gw_status write_set(const char *dir, const gw_outfile *files, size_t n, int lock, gw_diag *d);

gw_status gw_outfile_write_set(const gw_outfile *files, size_t n, const char *input, gw_diag *d)
{
	if (n == 0)
		return GW_OK;
	char dir[PATH_MAX], base[PATH_MAX];
	split_path(files[0].path, dir, base);
	gw_status st = check_names(dir, files, n, input, d);
	if (st)
		return st;
	/* the wait for the lock can still be ended: another run may hold it long */
	int lock = lock_dir(dir);
	int lock_err = errno;
	sigset_t old;
	hold_stops(&old);
	errno = lock_err;
	st = write_set(dir, files, n, lock, d);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return st;
}

/* Steps 2–4, the directory locked (lock < 0, errno set: it could not be
 * opened); releases the lock. */
static gw_status write_set(const char *dir, const gw_outfile *files, size_t n, int lock, gw_diag *d)
{
	int err = lock < 0 ? errno : 0;
	pending *p = calloc(n, sizeof *p);
	if (!p) {
		if (lock >= 0)
			close(lock);
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	}
	size_t failed = n;
	if (err) {
		failed = 0;
		p[0].not_created = 1;
	} else {
		remove_stale(dir, files, n);
	}
	for (size_t i = 0; i < n && !err; i++) {
		p[i].file = &files[i];
		if ((err = write_temp(&p[i], dir)) != 0)
			failed = i;
	}
	if (!err && (err = swap_in(p, n)) != 0)
		failed = n;
	for (size_t i = 0; i < n; i++)
		if (p[i].has_tmp)
			unlink(p[i].tmp);
	sync_dir(lock);
	if (lock >= 0)
		close(lock);  /* releases the flock */
	int p_not_created = failed < n && p[failed].not_created;
	free(p);
	if (!err)
		return GW_OK;
	if (failed < n && p_not_created)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, io_hint(err),
			       "cannot create a file in '%s': %s; no output was replaced", dir, strerror(err));
	if (failed < n)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, io_hint(err),
			       "cannot write '%s': %s; no output was replaced", files[failed].path, strerror(err));
	return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, io_hint(err),
		       "cannot write the outputs in '%s': %s; no output was replaced", dir, strerror(err));
}

gw_status gw_outfile_write(const char *path, const unsigned char *data, size_t len,
			   const char *input, gw_diag *d)
{
	gw_outfile one = {path, data, len};
	return gw_outfile_write_set(&one, 1, input, d);
}

gw_status gw_outfile_to_fd(int fd, const unsigned char *data, size_t len, gw_diag *d)
{
	fflush(stdout);  /* nothing is printed there, but never let stdio bytes mix in */
	if (write_all(fd, data, len) == 0)
		return GW_OK;
	int err = errno;
	return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, io_hint(err), "cannot write to standard output: %s",
		       strerror(err));
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
	gw_status rs = gw_buf_read_fd(&b, fd, S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536);
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
