/* Kit-internal declarations shared between stages/common files. */
#ifndef TL_KIT_H
#define TL_KIT_H

/* Remove unfinished -o files on SIGINT, SIGTERM, SIGHUP and the other
 * tl_stop_signals. */
void tl_output_install_signals(void);
/* Remove those files now (async-signal-safe: for signal and fatal handlers). */
void tl_output_remove_temps(void);

/* Report an allocation failure in one line and exit 1, turn SIGXFSZ into a
 * write error, and hold closed standard descriptors (fatal.c); PROG names
 * the program in messages. */
void tl_fatal_install(const char *prog);

#endif
