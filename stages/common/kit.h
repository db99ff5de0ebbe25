/* Kit-internal declarations shared between stages/common files. */
#ifndef TL_KIT_H
#define TL_KIT_H

/* Remove unfinished -o files on SIGINT, SIGTERM and SIGHUP. */
void tl_output_install_signals(void);

#endif
