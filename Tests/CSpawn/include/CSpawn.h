#ifndef CSPAWN_H
#define CSPAWN_H

#include <sys/types.h>

/// Starts `argv[0]` (looked up on PATH) with `envp`, stdin from /dev/null and stdout and
/// stderr into the given files (NULL: /dev/null). Closes every other descriptor in the child
/// and gives it an empty signal mask with default dispositions, so a terminal multiplexer
/// started from a test neither holds the test's pipes open nor misses SIGWINCH.
/// Returns 0 and the child's pid, or an errno value.
int cspawn_start(char *const argv[], char *const envp[], const char *stdout_path, const char *stderr_path, pid_t *pid);

/// Waits for `pid`; returns its exit status (128 + signal if killed), or -1.
int cspawn_wait(pid_t pid);

#endif
