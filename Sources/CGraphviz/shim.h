// Bridge header for Graphviz (libgvc, libcgraph, libcdt), written against Debian bookworm's
// Graphviz 2.42.2 (which reports itself as 2.43.0). Only GraphRendering/GraphvizBridge uses it.
//
// Everything here is `static inline`: no state of our own lives in this header, so it does not
// matter that each Swift object file that calls these functions gets its own copy of them.
#ifndef REPLYNET_CGRAPHVIZ_SHIM_H
#define REPLYNET_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// MARK: - Graph descriptors
//
// cgraph exports its graph kinds as mutable C globals, which Swift 6 strict concurrency rejects
// ("reference to var is not concurrency-safe"). These return copies of them.

static inline Agdesc_t replynet_gv_directed(void) { return Agdirected; }
static inline Agdesc_t replynet_gv_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t replynet_gv_undirected(void) { return Agundirected; }
static inline Agdesc_t replynet_gv_strict_undirected(void) { return Agstrictundirected; }

// MARK: - Error capture
//
// Graphviz reports problems through cgraph's agerr(). By default it prints them to stderr.
// We keep them out of stderr and read them back as data:
//
//   agseterr(AGMAX)  every message, warning or error, goes to cgraph's private message file
//                    (a tmpfile()) instead of stderr;
//   aglasterr()      returns (malloc'd) the last message and its continuation lines;
//   agerrors()       the highest level reported since agreseterrors(): > 0 means an error.
//
// Why not agseterrf() with a callback that appends to a buffer: in 2.42, cgraph's `userout`
// (which feeds the callback) formats into a 1024-byte buffer and, when a message is longer,
// retries vsnprintf with the va_list it has already consumed. A long node name in a warning
// such as "node %s, port %s unrecognized" then crashes the process (SIGSEGV in strlen; seen
// with a 3000-character node name). The message-file path uses a single vfprintf and is safe.
// Graphviz 2.50+ fixed `userout` with va_copy; the message-file path works there too.

/// Prepares cgraph's error reporting for one job: nothing is printed, the error level is reset,
/// and an empty marker message is recorded so that `aglasterr()` after the job returns only this
/// job's last message (or an empty string when the job reported nothing).
static inline void replynet_gv_begin_job(void) {
  agseterr(AGMAX);
  agreseterrors();
  agerr(AGWARN, "%s", "");
}

/// Whether the current job has reported an error (as opposed to warnings only).
static inline int replynet_gv_job_has_error(void) { return agerrors() > AGWARN; }

#endif  // REPLYNET_CGRAPHVIZ_SHIM_H
