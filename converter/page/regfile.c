/* regfile.c — see regfile.h: open a regular file, refuse anything else. */
#include "regfile.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

gw_regfile gw_open_regular(const char *path, FILE **out)
{
	*out = NULL;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return GW_REG_CANNOT_OPEN;
	struct stat sb;
	gw_regfile r = fstat(fd, &sb) != 0      ? GW_REG_CANNOT_OPEN
		       : S_ISREG(sb.st_mode) ? GW_REG_OK
					     : GW_REG_NOT_REGULAR;
	if (r != GW_REG_OK) {
		int e = errno;
		close(fd);
		errno = e;
		return r;
	}
	/* reads of a regular file never block; clearing the flag is for
	 * the libraries that get the FILE and may look at it */
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	*out = fdopen(fd, "rb");
	if (!*out) {
		close(fd);
		return GW_REG_CANNOT_OPEN;
	}
	return GW_REG_OK;
}
