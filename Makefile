# gwexport — build, test, demo, bench.  `make help` lists the targets.
#
# Dependencies come from Debian 12 packages (`make deps`).  pkg-config is
# queried lazily (recursive `=`), so `make test` can install them first.

VERSION  = 0.1.0
PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
OPT     ?= -O2 -g
SAN     ?=
Q       ?= @
ifeq ($(V),1)
Q =
endif

PKGS = harfbuzz harfbuzz-subset fontconfig jansson inih xlsxwriter libzip libcrypto libdeflate expat \
       libmicrohttpd
CC      ?= cc
CFLAGS_ALL = -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE -DGW_VERSION='"$(VERSION)"' \
             -DGW_LOCALEDIR='"$(PREFIX)/share/locale"' \
             $(OPT) $(SAN) $(shell pkg-config --cflags $(PKGS)) $(CFLAGS)
LDLIBS_ALL = $(SAN) $(shell pkg-config --libs $(PKGS)) -lhpdf -lz -lm $(LDFLAGS) $(LDLIBS)

# Debian packages: build, test tools, free CJK fonts (see fonts/README.md).
# gettext: msgfmt builds the message catalogue, xgettext/msgmerge `make po`;
# locales: the zh_CN.UTF-8 locale the Chinese messages need (`make locales`).
# python3-jieba: its dict.txt (MIT) is the word list the label segmenter's
# dictionary is built from (converter/read/segdict.py, at build time only).
# icc-profiles-free: the sRGB profile every PDF embeds for PDF/A (read at run
# time).  The Java packages: Apache PDFBox Preflight for tests/e2e/pdfa.sh
# (libactivation/libjaxb-api: Java 17 lacks them and PDFBox does not pull them).
# man-db, groff-base: tests/e2e/manpage.sh renders both man pages.
# npm (ofd.js for the OFD render test) is added when no npm is on PATH:
# Debian's nodejs lacks it, while other nodejs builds ship their own and
# conflict with Debian's npm package.
DEB_BUILD = gcc make pkg-config libhpdf-dev libxlsxwriter-dev libzip-dev libharfbuzz-dev \
            libfontconfig-dev libjansson-dev libinih-dev libcmocka-dev zlib1g-dev libssl-dev \
            libdeflate-dev libexpat1-dev icc-profiles-free libmicrohttpd-dev xxd gettext locales python3-jieba
DEB_TEST  = poppler-utils qpdf python3 python3-openpyxl python3-fonttools zip unzip valgrind file time \
            libreoffice-calc-nogui strace bsdutils python3-docx libreoffice-writer-nogui chromium nodejs \
            default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java curl \
            man-db groff-base
DEB_FONTS = fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-arphic-ukai fonts-arphic-uming \
            fonts-wqy-microhei
# make fuzz: libFuzzer comes with clang's runtime.
DEB_FUZZ  = clang libclang-rt-14-dev
# make format / format-check (.clang-format).
DEB_DEV   = clang-format
DEB_ALL   = $(DEB_BUILD) $(DEB_TEST) $(DEB_FONTS) $(DEB_FUZZ) $(DEB_DEV)

LIB_SRC  = $(sort $(shell find converter -name '*.c' ! -name main.c ! -path 'converter/serve/*'))
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ = $(BUILD)/obj/converter/main.o
# `gwexport serve` (HTTP, libmicrohttpd) links into the binary only, not
# libgw.a; its page (converter/serve/web/) is embedded as generated C.
SERVE_SRC = $(sort $(wildcard converter/serve/*.c))
SERVE_WEB = $(sort $(wildcard converter/serve/web/*))
SERVE_OBJ = $(SERVE_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/serve_assets.o
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps test check demo bench asan valgrind fuzz install uninstall clean help format format-check \
	fonts fonts-fandol locales po po-check

all: $(BUILD)/gwexport

# Messages (GNU gettext, model/i18n.h): converter/po/LANG.po → the catalogue
# beside the binary, $(BUILD)/locale/LANG/LC_MESSAGES/gwexport.mo, where
# an uninstalled build/gwexport finds it.  `make po` re-extracts the English
# messages (converter/po/extract.sh) and merges them into each .po.
PO_DIR   = converter/po
PO_LANGS = zh_CN
MO_FILES = $(PO_LANGS:%=$(BUILD)/locale/%/LC_MESSAGES/gwexport.mo)
$(BUILD)/locale/%/LC_MESSAGES/gwexport.mo: $(PO_DIR)/%.po
	@mkdir -p $(dir $@)
	$(Q)msgfmt --check -o $@ $<

PO_EXTRACT = CPP="$(CC) -E" CPPFLAGS="$(shell pkg-config --cflags $(PKGS))" sh $(PO_DIR)/extract.sh
po:
	$(Q)$(PO_EXTRACT) $(PO_DIR)/gwexport.pot
	$(Q)for l in $(PO_LANGS); do msgmerge -q --update --backup=none --previous $(PO_DIR)/$$l.po $(PO_DIR)/gwexport.pot; \
		printf '%s: ' $$l; msgfmt --check --statistics -o /dev/null $(PO_DIR)/$$l.po; done

# Fails when a message of the sources is missing from a .po, untranslated or
# fuzzy (tests/e2e/i18n.sh runs it): a new message needs `make po` and its
# translation before `make check` passes.
po-check:
	$(Q)mkdir -p $(BUILD)/po && $(PO_EXTRACT) $(BUILD)/po/gwexport.pot
	$(Q)for l in $(PO_LANGS); do msgcmp $(PO_DIR)/$$l.po $(BUILD)/po/gwexport.pot || exit 1; \
		msgfmt --check -o /dev/null $(PO_DIR)/$$l.po || exit 1; echo "po-check: $$l complete"; done

help:
	@echo "make deps      install missing Debian packages (root), else print the apt-get line"
	@echo "make locales   generate zh_CN.UTF-8 (Chinese messages) and the test locales (part of make deps)"
	@echo "make po        re-extract the messages into converter/po/gwexport.pot, merge into each .po"
	@echo "make           build $(BUILD)/gwexport"
	@echo "make test      deps + build + every test (unit, end-to-end, error cases)"
	@echo "make demo      deps + build + convert tests/samples/transport-2023.txt into out/"
	@echo "make bench     optimised build + per-stage timing table (never asserts times)"
	@echo "make asan      whole test suite under AddressSanitizer + UBSan"
	@echo "make valgrind  end-to-end tests under valgrind (zero leaks and errors)"
	@echo "make fuzz      each fuzz target for FUZZ_SECONDS (default 60) with libFuzzer"
	@echo "make format    clang-format -i (.clang-format) on converter/ and tests/unit/"
	@echo "make format-check  the same as a dry run: fails on any line it would change"
	@echo "make install   PREFIX=$(PREFIX) DESTDIR=…"
	@echo "make fonts     the free Fandol faces as TrueType into build/fonts (part of make deps)"
	@echo "make fonts-fandol  the same into fonts/ (downloads ~50 MB the first time)"

deps:
	$(Q)missing=$$(for p in $(DEB_ALL); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -z "$$missing" ]; then echo "deps: all Debian packages present"; exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "deps: missing packages; run as root:"; \
		echo "  apt-get update && apt-get install -y $$missing" | tr -s ' '; exit 1; fi; \
	echo "deps: installing $$missing"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing
	$(Q)$(MAKE) --no-print-directory locales
	$(Q)$(MAKE) --no-print-directory fonts

# glibc shows a translation only under a real locale (under C or POSIX it
# ignores LANGUAGE): zh_CN.UTF-8 for the Chinese messages, en_US.UTF-8 and
# de_DE.UTF-8 (decimal comma) for tests/e2e/i18n.sh.  Enabled in
# /etc/locale.gen, so a later locale-gen (an upgrade of `locales`) keeps them.
LOCALES = zh_CN.UTF-8 en_US.UTF-8 de_DE.UTF-8
locales:
	$(Q)have=$$(locale -a 2>/dev/null | tr 'A-Z' 'a-z'); missing=; \
	for l in $(LOCALES); do \
		n=$$(echo "$$l" | sed 's/\.UTF-8$$/.utf8/' | tr 'A-Z' 'a-z'); \
		echo "$$have" | grep -qx "$$n" || missing="$$missing $$l"; \
	done; \
	if [ -z "$$missing" ]; then echo "locales: $(LOCALES) present"; exit 0; fi; \
	if [ "$$(id -u)" != 0 ] || ! command -v locale-gen >/dev/null; then \
		echo "locales: missing$$missing; as root: apt-get install locales, enable them in /etc/locale.gen, run locale-gen"; exit 1; fi; \
	for l in $$missing; do \
		if grep -q "^# *$$l UTF-8" /etc/locale.gen 2>/dev/null; then \
			sed -i "s/^# *$$l UTF-8/$$l UTF-8/" /etc/locale.gen; \
		elif ! grep -q "^$$l UTF-8" /etc/locale.gen 2>/dev/null; then echo "$$l UTF-8" >> /etc/locale.gen; fi; \
	done; \
	echo "locales: generating$$missing"; locale-gen --keep-existing > /dev/null

# The free Fandol faces (仿宋 body, 黑体, 楷体, FandolSong Bold title, FandolSong page numbers), CFF in
# Debian's texlive-lang-chinese, converted to TrueType into build/fonts (for
# every BUILD: fonts/roles.ini's `search` names ../build/fonts), fonts/fandol.sh;
# first time ~3 min, then copied from ~/.cache/gwexport/fandol.  Part of `make deps`.
FANDOL = FandolFang-Regular FandolHei-Regular FandolKai-Regular FandolSong-Bold FandolSong-Regular
FANDOL_DIR = build/fonts
FANDOL_TTF = $(FANDOL:%=$(FANDOL_DIR)/%.ttf)
fonts: $(FANDOL_TTF)
$(FANDOL_TTF) &:
	$(Q)sh fonts/fandol.sh $(FANDOL_DIR)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

# An object whose source was removed or moved stays in $(BUILD)/obj and
# misleads every check that walks the objects (a stale write/pdf/layout.o
# still showed a mutable static): remove those with no source left.
$(BUILD)/libgw.a: $(LIB_OBJ) $(BUILD)/obj/segdict_data.o
	$(Q)rm -f $@ && ar rcs $@ $^
	$(Q)find $(BUILD)/obj/converter -name '*.o' | while read -r o; do \
		src=$${o#$(BUILD)/obj/}; [ -f "$${src%.o}.c" ] || rm -f "$$o" "$${o%.o}.d"; done

# The label segmenter's dictionary (converter/read/segment.c): made from
# Debian's jieba word list and our domain lexicon, embedded read-only in
# the binary by segdict_data.S (2.5 MB; nothing to load at start-up).
JIEBA_DICT ?= /usr/lib/python3/dist-packages/jieba/dict.txt
$(BUILD)/gen/segdict.bin: converter/read/segdict.py converter/read/lexicon_domain.txt
	@mkdir -p $(dir $@)
	$(Q)[ -f $(JIEBA_DICT) ] || { echo "segdict: no $(JIEBA_DICT): install python3-jieba (make deps)"; exit 1; }
	$(Q)python3 converter/read/segdict.py $@.tmp $(JIEBA_DICT) converter/read/lexicon_domain.txt > /dev/null && mv $@.tmp $@

$(BUILD)/obj/segdict_data.o: converter/read/segdict_data.S $(BUILD)/gen/segdict.bin
	@mkdir -p $(dir $@)
	$(Q)$(CC) -c -DSEGDICT_BIN='"$(BUILD)/gen/segdict.bin"' $< -o $@

$(BUILD)/gen/serve_assets.c: $(SERVE_WEB) converter/serve/serve_assets.sh
	@mkdir -p $(dir $@)
	$(Q)sh converter/serve/serve_assets.sh $@ $(SERVE_WEB)

$(BUILD)/obj/serve_assets.o: $(BUILD)/gen/serve_assets.c converter/serve/serve_int.h
	$(Q)$(CC) $(CFLAGS_ALL) -Iconverter/serve -c $< -o $@

$(BUILD)/gwexport: $(MAIN_OBJ) $(SERVE_OBJ) $(BUILD)/libgw.a | $(MO_FILES)
	$(Q)$(CC) -o $@ $^ $(LDLIBS_ALL)
	@echo "built $@"

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libgw.a $(wildcard tests/unit/*.h) $(wildcard tests/fuzz/*.[ch])
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -Iconverter -o $@ $< $(BUILD)/libgw.a $(shell pkg-config --libs cmocka) $(LDLIBS_ALL)

# `make test` as README says: install what is missing, build, run everything.
test: deps
	$(Q)$(MAKE) --no-print-directory check

check: $(BUILD)/gwexport $(UNIT_BIN)
	$(Q)$(MAKE) --no-print-directory fonts || echo "check: no Fandol faces (make deps): the tests see the fallback faces"
	$(Q)BUILD=$(BUILD) sh tests/run.sh

demo: deps
	$(Q)$(MAKE) --no-print-directory $(BUILD)/gwexport
	$(Q)mkdir -p out
	$(Q)$(BUILD)/gwexport -f pdf,xlsx,zip,json -o out tests/samples/transport-2023.txt
	$(Q)ls -l out

bench: deps
	$(Q)$(MAKE) --no-print-directory BUILD=build-bench OPT="-O2 -DNDEBUG" build-bench/gwexport
	$(Q)sh tests/bench/bench.sh build-bench/gwexport

asan: deps
	$(Q)$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g" \
		SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" check

valgrind: deps
	$(Q)$(MAKE) --no-print-directory $(BUILD)/gwexport
	$(Q)BUILD=$(BUILD) sh tests/valgrind.sh

# The Fandol faces into fonts/ instead (for an installed copy's own fonts/).
fonts-fandol:
	$(Q)$(MAKE) --no-print-directory deps DEB_ALL=python3-fonttools
	$(Q)sh fonts/fandol.sh

FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: deps
	$(Q)sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The C style (.clang-format).  Not part of `make test` yet: the tree has not
# been reformatted (format-check would report ~1,500 lines).
FORMAT_SRC = $(sort $(shell find converter tests/unit -name '*.[ch]'))
CLANG_FORMAT ?= clang-format
format:
	$(Q)command -v $(CLANG_FORMAT) > /dev/null || { echo "format: no $(CLANG_FORMAT); make deps installs it"; exit 1; }
	$(Q)$(CLANG_FORMAT) -i --style=file $(FORMAT_SRC)

format-check:
	$(Q)command -v $(CLANG_FORMAT) > /dev/null || { echo "format-check: no $(CLANG_FORMAT); make deps installs it"; exit 1; }
	$(Q)$(CLANG_FORMAT) --dry-run --Werror --style=file $(FORMAT_SRC)

install: $(BUILD)/gwexport
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/zh_CN/man1 \
		$(DESTDIR)$(PREFIX)/share/gwexport/layouts $(DESTDIR)$(PREFIX)/share/gwexport/fonts
	install -m 755 $(BUILD)/gwexport $(DESTDIR)$(PREFIX)/bin/gwexport
	install -m 644 converter/gwexport.1 $(DESTDIR)$(PREFIX)/share/man/man1/gwexport.1
	install -m 644 converter/gwexport.zh_CN.1 $(DESTDIR)$(PREFIX)/share/man/zh_CN/man1/gwexport.1
	for l in $(PO_LANGS); do install -D -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/gwexport.mo \
		$(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES/gwexport.mo; done
	install -m 644 layouts/*.ini $(DESTDIR)$(PREFIX)/share/gwexport/layouts/
	install -m 644 fonts/roles.ini fonts/README.md $(DESTDIR)$(PREFIX)/share/gwexport/fonts/
	for f in $(FANDOL_TTF) $(FANDOL_DIR)/Fandol-README $(FANDOL_DIR)/Fandol-COPYING.gz; do \
		[ ! -f "$$f" ] || install -m 644 "$$f" $(DESTDIR)$(PREFIX)/share/gwexport/fonts/; done

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/gwexport $(DESTDIR)$(PREFIX)/share/man/man1/gwexport.1
	for l in $(PO_LANGS); do rm -f $(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES/gwexport.mo; done
	rm -f $(DESTDIR)$(PREFIX)/share/man/zh_CN/man1/gwexport.1
	rm -rf $(DESTDIR)$(PREFIX)/share/gwexport

clean:
	rm -rf build build-asan build-bench build-fuzz out

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(SERVE_SRC:%.c=$(BUILD)/obj/%.d)
