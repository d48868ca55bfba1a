/* verify.c — placeholder until the bundle verifier lands. */
#include "verify.h"

int gw_verify_bundle(const char *path, gw_problem_fn problem, void *ctx)
{
	(void)path;
	problem(ctx, "verify is not yet supported");
	return 1;
}

int gw_verify_bundle_bytes(const unsigned char *data, size_t len, gw_problem_fn problem, void *ctx)
{
	(void)data; (void)len;
	problem(ctx, "verify is not yet supported");
	return 1;
}
