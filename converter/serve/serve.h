/*
 * serve.h — `gwexport serve`: a local web page and a small HTTP API over
 * the converter (libmicrohttpd).  main.c hands it the command line from
 * "serve" on; everything else lives in converter/serve/.
 */
#ifndef GW_SERVE_H
#define GW_SERVE_H

/* Runs the server until SIGINT/SIGTERM; argv[0] is "serve".  Returns the
 * process exit code: 0 after a clean stop, 1 when it cannot start, 2 on a
 * usage error. */
int gw_serve_main(int argc, char **argv);

#endif
