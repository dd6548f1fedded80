#!/bin/sh
':' //; # The `extract` command. Run as a program, sh reads these lines (JavaScript reads each as a string
':' //; # and a comment): it starts node from the CLI's start-up snapshot (src/cli/snapshot) when the one in
':' //; # dist/ was built for this node and this folder, is newer than dist/, and NODE_OPTIONS is unset (a
':' //; # V8 flag there would make node refuse the snapshot); otherwise it runs the rest of this file with
':' //; # node, as `node bin/extract.js` always does. Same output either way, in about half the time.
':' //; # glibc keeps freed memory for reuse unless told to give back any free top over 128 KB: that
':' //; # lowers the peak RSS of a long run by 10-25 MB at no measured cost (bench/RESULTS.md). A value
':' //; # already set is kept; other C libraries ignore it.
':' //; : "${MALLOC_TRIM_THRESHOLD_:=131072}"; export MALLOC_TRIM_THRESHOLD_
':' //; # Unless the run asks for one job (--jobs 1), more than one thread may extract (by default one per
':' //; # core): V8's GC helper threads would then compete with them for the cores, so the heap is collected
':' //; # on the thread that owns it (--jobs 2 on 100 MB: ~1.14x faster). One job keeps them: they run on
':' //; # the idle cores, and a single-threaded GC made its peak RSS ~15 MB higher. Same output either way.
':' //; gc=--single-threaded-gc; p=; for a in "$@"; do [ "$a" = -- ] && break; case $p$a in --jobs1|-j1|--jobs=1) gc=;; esac; p=; case $a in --jobs|-j) p=$a;; esac; done
':' //; f=$0; case $f in */*) ;; *) f=./$f;; esac; while [ -h "$f" ]; do l=$(readlink "$f"); case $l in /*) f=$l;; *) f=${f%/*}/$l;; esac; done
':' //; root=$(cd "${f%/*}/.." && pwd -P); s=$root/dist/cli/snapshot; key=
':' //; { read -r key < "$s/wazir.key"; } 2>/dev/null
':' //; # A run over more than 16 MB (a file over 16 MB, or a folder whose files take more) starts without
':' //; # the snapshot: its 0.2 s of start-up is lost in such a run, while node holds the snapshot's 12 MB in
':' //; # memory for the whole run (peak RSS ~15 MB higher over 60 s of 1 GB JSON Lines) and the code warmed
':' //; # from it ran a few % slower (bench/RESULTS.md). big: some argument (options aside, anything after --)
':' //; # is such a file (one find call) or such a folder (du, which walks it: ~3 ms for seeds/, 0.5 s for 100,000 files).
':' //; big() { n=$#; d=; for a; do if [ -z "$d" ]; then case $a in --) d=1; continue;; -*) continue;; esac; fi; case $a in /*) ;; *) a=./$a;; esac; set -- "$@" "$a"; done; shift "$n"; [ $# -gt 0 ] || return 1; [ -n "$(find "$@" -prune -type f -size +16777216c 2>/dev/null)" ] && return 0; for a; do [ -d "$a" ] && k=$(du -sk "$a" 2>/dev/null) && [ "${k%%[!0-9]*}" -gt 16384 ] 2>/dev/null && return 0; done; return 1; }
':' //; [ -n "$key" ] && [ -z "${NODE_OPTIONS-}" ] && [ "$s/wazir.blob" -nt "$root/dist/cli/main.js" ] && [ "$key" = "$(node --version 2>/dev/null) $root" ] && ! big "$@" && exec node --snapshot-blob "$s/wazir.blob" $gc -- "$@"
':' //; exec node $gc "$f" "$@"
import { start } from "../dist/cli/main.js";

await start(process.argv.slice(2));
