#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// Without these two, the wide-character API (wint_t, wget_wch, waddnwstr) is not declared.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Glibc's Swift overlay does not expose these.
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

// Attribute macros do not import into Swift; these constants carry their values.
static const attr_t CNC_A_NORMAL = A_NORMAL;
static const attr_t CNC_A_BOLD = A_BOLD;
static const attr_t CNC_A_DIM = A_DIM;
static const attr_t CNC_A_REVERSE = A_REVERSE;
static const attr_t CNC_A_UNDERLINE = A_UNDERLINE;

// `stdscr` is a mutable global, which Swift 6 rejects as not concurrency-safe.
static inline WINDOW *cnc_stdscr(void) { return stdscr; }

#endif
