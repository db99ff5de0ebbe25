# Timeline: news articles to event timelines.
#
# Every stages/<dir>/main.c is a program (bin/tl-<dir>; stages/timeline/main.c is
# bin/timeline), and every stages/<dir>/main-<name>.c a further one (bin/tl-<name>).
# The other .c files of a folder are that stage's modules, built into
# build/lib<dir>.a; stages/common is the shared kit, build/libtl.a, linked by all.
# Files under stages/<dir>/data/ are compiled into the programs as GResources
# (see include/tl/resource.h), so binaries run from anywhere.

# Build on every processor unless told otherwise (a -jN of the caller wins).
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 1)

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
# -O3 and link-time optimization: tl-dates 7% faster on Reuters than -O2
# (0.39 against 0.42 s), the same output (docs/PERFORMANCE.md)
CFLAGS  ?= -O3 -g -flto=auto
LDFLAGS ?= -flto=auto
PKGS     = glib-2.0 gio-2.0 jansson libxml-2.0
WARN     = -std=gnu11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wformat=2
B       ?= build
# Quiet rules: "CC file.c"; make V=1 shows the commands.
Q = $(if $(V),,@)
say = $(if $(V),,@printf '  %-6s %s\n' $(1) $(2);)
BIN     ?= bin

# On a fresh machine the first make installs what is missing (as root; otherwise
# scripts/install-deps.sh prints the apt-get command and make stops).
ifeq ($(filter clean deps uninstall,$(MAKECMDGOALS)),)
ifneq ($(shell pkg-config --exists $(PKGS) check 2>/dev/null && echo yes),yes)
$(info missing build dependencies: running scripts/install-deps.sh)
DEPS_STATUS := $(shell sh scripts/install-deps.sh >&2; echo $$?)
ifneq ($(DEPS_STATUS),0)
$(error could not install the build dependencies (see above))
endif
endif
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell pkg-config --libs check 2>/dev/null)
ALL_CFLAGS = $(WARN) $(CFLAGS) -Iinclude -I$(B) $(PKG_CFLAGS) -D_FILE_OFFSET_BITS=64
LDLIBS_ALL = $(PKG_LIBS) -lm

# --- sources -------------------------------------------------------------
STAGE_DIRS := $(sort $(filter-out common,$(notdir $(wildcard stages/*))))
progname = $(if $(filter timeline,$(1)),timeline,tl-$(1))
MAINS   := $(wildcard stages/*/main.c stages/*/main-*.c)
prog_of = $(if $(filter main.c,$(notdir $(1))),$(call progname,$(notdir $(patsubst %/,%,$(dir $(1))))),tl-$(patsubst main-%.c,%,$(notdir $(1))))
PROGS   := $(foreach m,$(MAINS),$(BIN)/$(call prog_of,$(m)))
COMMON_SRC := $(wildcard stages/common/*.c)
COMMON_OBJ := $(COMMON_SRC:%.c=$(B)/%.o)
mods_of = $(filter-out stages/$(1)/main.c stages/$(1)/main-%.c,$(wildcard stages/$(1)/*.c))
res_files = $(shell find stages/$(1)/data -type f 2>/dev/null | LC_ALL=C sort)

# GResource bundle per folder that has data/ (common included).
RES_DIRS := $(foreach d,common $(STAGE_DIRS),$(if $(call res_files,$(d)),$(d)))
res_o = $(if $(filter $(1),$(RES_DIRS)),$(B)/res-$(1).o)
ALL_RES_O := $(foreach d,$(RES_DIRS),$(B)/res-$(d).o)

TEST_SRC := $(wildcard tests/check_*.c)
TEST_BIN := $(B)/tests/check_tl

.SECONDEXPANSION:
# Keep objects that only pattern rules name, or make deletes and rebuilds them.
.SECONDARY:
.PHONY: all check unit golden e2e asan run install uninstall clean deps model fuzz bench
all: $(PROGS)

deps:
	sh scripts/install-deps.sh

# $(B)/flags holds the compiler and flags the objects were built with: when
# they change (CFLAGS=..., another CC), everything is rebuilt, never a mix.
ifeq ($(filter clean deps uninstall,$(MAKECMDGOALS)),)
FLAGS_NOW := $(CC) $(ALL_CFLAGS) $(LDFLAGS)
$(shell mkdir -p $(B) && { printf '%s\n' '$(FLAGS_NOW)' | cmp -s - $(B)/flags || \
  printf '%s\n' '$(FLAGS_NOW)' > $(B)/flags; })
endif

$(B)/%.o: %.c $(B)/flags
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# Generated GResource sources (not held to our warnings).
$(B)/res-%.o: $(B)/res-%.c $(B)/flags
	$(call say,CC,$<)$(CC) $(CFLAGS) $(PKG_CFLAGS) -c $< -o $@
$(B)/libtl.a: $(COMMON_OBJ)
	@rm -f $@
	$(call say,AR,$@)ar rcs $@ $^

define LIB_RULE
$(B)/lib$(1).a: $(patsubst %.c,$(B)/%.o,$(call mods_of,$(1)))
	@rm -f $$@
	$$(call say,AR,$$@)ar rcs $$@ $$^
endef
$(foreach d,$(STAGE_DIRS),$(eval $(call LIB_RULE,$(d))))

define RES_RULE
$(B)/res-$(1).xml: $(MAKEFILE_LIST) $(call res_files,$(1))
	@mkdir -p $(B)
	@{ echo '<?xml version="1.0" encoding="UTF-8"?>'; \
	   echo '<gresources><gresource prefix="/tl/$(1)">'; \
	   for f in $(patsubst stages/$(1)/data/%,%,$(call res_files,$(1))); do \
	     echo "<file>$$$$f</file>"; done; \
	   echo '</gresource></gresources>'; } > $$@
$(B)/res-$(1).c: $(B)/res-$(1).xml $(call res_files,$(1))
	$$(call say,GEN,$$@)glib-compile-resources --sourcedir=stages/$(1)/data --generate-source \
	  --c-name tl_res_$(1) --target=$$@ $$<
endef
$(foreach d,$(RES_DIRS),$(eval $(call RES_RULE,$(d))))

# One link rule per program: its main, its folder's library, the kit, and the
# resource objects (linked whole: their constructors register the data).
dir_of = $(notdir $(patsubst %/,%,$(dir $(1))))
define PROG_RULE
$(BIN)/$(call prog_of,$(1)): $(B)/$(1:.c=.o) $(call res_o,$(call dir_of,$(1))) $(call res_o,common) $(B)/lib$(call dir_of,$(1)).a $(B)/libtl.a
	@mkdir -p $(BIN)
	$$(call say,LD,$$@)$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$^ $$(LDLIBS_ALL)
endef
$(foreach m,$(MAINS),$(eval $(call PROG_RULE,$(m))))

# --- tests -----------------------------------------------------------------
$(B)/tests/suites.h: $(TEST_SRC)
	@mkdir -p $(dir $@)
	@for f in $(sort $(TEST_SRC)); do n=$${f#tests/check_}; echo "TL_SUITE($${n%.c})"; done > $@.tmp
	@cmp -s $@.tmp $@ || mv $@.tmp $@; rm -f $@.tmp
$(B)/tests/%.o: tests/%.c $(B)/tests/suites.h $(B)/flags
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -Itests -MMD -MP -c $< -o $@
STAGE_LIBS = $(foreach d,$(STAGE_DIRS),$(B)/lib$(d).a)
# (linked as the programs are, without the warnings: link-time optimization
# would judge the whole program again, -Werror and all)
$(B)/tests/runner.o: $(B)/tests/suites.h
$(B)/tests/runner.o: ALL_CFLAGS += -I$(B)/tests
$(TEST_BIN): $(B)/tests/runner.o $(TEST_SRC:tests/%.c=$(B)/tests/%.o) $(ALL_RES_O) $(STAGE_LIBS) $(B)/libtl.a
	$(call say,LD,$@)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(CHECK_LIBS) $(LDLIBS_ALL)

check: all $(TEST_BIN)
	TL_SRCDIR=$(CURDIR) $(TEST_BIN)
	sh tests/golden.sh $(BIN)
	sh tests/e2e.sh $(BIN)

unit: all $(TEST_BIN)
	TL_SRCDIR=$(CURDIR) $(TEST_BIN)

# The whole suite again, built apart, under AddressSanitizer and UBSan.
# The sanitizers run the code about three times slower: the unit tests that
# bound a time (tests/check_events_scale.c) scale it so.  The unit tests run
# unforked (CK_FORK=no, as under valgrind): a sanitized fork and its leak
# check at exit cost about 0.1 s per test, 3.5 minutes of the suite's 4;
# a suite's leaks are still reported when its process ends.
asan:
	CK_FORK=no TL_TIME_FACTOR=3 $(MAKE) B=build/asan BIN=build/asan/bin \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" check

# Fuzzing (libFuzzer, Debian's clang): every fuzz/fuzz_<name>.c, built apart
# with the sanitizers, run FUZZ_SECONDS each from seeds taken from the tests.
FUZZ_SECONDS ?= 60
FUZZ_SRC := $(wildcard fuzz/fuzz_*.c)
FUZZ_BIN := $(FUZZ_SRC:fuzz/%.c=$(B)/%)
FUZZ_FLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
	-fsanitize-coverage-ignorelist=fuzz/coverage-ignore.txt
fuzz:
	$(MAKE) B=build/fuzz BIN=build/fuzz/bin CC=clang CFLAGS="$(FUZZ_FLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" fuzz-targets
	sh scripts/fuzz.sh build/fuzz $(FUZZ_SECONDS)
fuzz-targets: $(FUZZ_BIN)
$(B)/fuzz_%: fuzz/fuzz_%.c $(ALL_RES_O) $(STAGE_LIBS) $(B)/libtl.a
	$(call say,LD,$@)$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $< \
	  $(ALL_RES_O) $(STAGE_LIBS) $(B)/libtl.a $(LDLIBS_ALL)
.PHONY: fuzz-targets

run: all
	sh scripts/run.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(PROGS) $(DESTDIR)$(PREFIX)/bin/
	install -d $(DESTDIR)$(PREFIX)/share/doc/timeline
	install -m 644 README.md docs/FORMAT.md LICENSE NOTICE $(DESTDIR)$(PREFIX)/share/doc/timeline/

uninstall:
	rm -f $(foreach p,$(PROGS),$(DESTDIR)$(PREFIX)/bin/$(notdir $(p)))
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/timeline

clean:
	rm -rf $(B) $(BIN) build
	find output -mindepth 1 ! -name README.md -exec rm -rf {} +

-include $(shell find $(B) -name '*.d' 2>/dev/null)
