/*
 * segdict_data.S — puts the label segmenter's word dictionary into the
 * binary, read-only: gw_segdict_data .. gw_segdict_end (segment.c reads
 * it).  The dictionary is made at build time by segdict.py from Debian's
 * python3-jieba dict.txt and lexicon_domain.txt into $(BUILD)/gen/
 * (the Makefile passes its path as SEGDICT_BIN), so there is no file to
 * find or parse at start-up: its pages are read on first use.
 */
	.section .rodata.gw_segdict,"a"
	.balign 16
	.globl gw_segdict_data
	.type gw_segdict_data, @object
	.globl gw_segdict_end
	.type gw_segdict_end, @object
gw_segdict_data:
	.incbin SEGDICT_BIN
gw_segdict_end:
	.byte 0
	.section .note.GNU-stack,"",@progbits
