#!/bin/sh
# Submit the pipeline as one Hadoop Streaming job:
#   mapper  = tl-normalize --format jsonl | tl-dates | tl-events  (scripts/hadoop-mapper.sh)
#   reducer = tl-merge (one reducer: one timeline; with R reducers, merge the
#             R part files again with tl-merge, which is associative)
#
#   scripts/hadoop-streaming.sh HDFS_INPUT HDFS_OUTPUT [REDUCERS]
#
# HDFS_INPUT holds JSON Lines documents ({"id","text"} plus optional dct,
# title, source).  HADOOP_STREAMING_JAR names the streaming jar (default: the
# one under $HADOOP_HOME).  The programs must be built for the cluster's
# nodes (same libc, glib, jansson, libxml2: build on the same distribution).
# Hadoop splits mapper output lines at the first tab into key and value; our
# records contain no literal tab (JSON escapes it), so each record is a key,
# the shuffle sorts the records, and tl-merge's result does not depend on
# their order.  A trailing tab that streaming may add is JSON white space.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 HDFS_INPUT HDFS_OUTPUT [REDUCERS]" >&2; exit 2; }
in=$1 out=$2 reducers=${3:-1}
top=$(cd "$(dirname "$0")/.." && pwd)
jar=${HADOOP_STREAMING_JAR:-$(ls "${HADOOP_HOME:-/opt/hadoop}"/share/hadoop/tools/lib/hadoop-streaming-*.jar 2>/dev/null | head -1)}
[ -n "$jar" ] || { echo "$0: set HADOOP_STREAMING_JAR" >&2; exit 2; }
files="$top/bin/tl-normalize,$top/bin/tl-dates,$top/bin/tl-events,$top/bin/tl-merge"
files="$files,$top/scripts/hadoop-mapper.sh,$top/pipeline.conf"
exec hadoop jar "$jar" \
	-D mapreduce.job.name="timeline" \
	-D mapreduce.job.reduces="$reducers" \
	-files "$files" \
	-input "$in" \
	-output "$out" \
	-mapper "bash hadoop-mapper.sh" \
	-reducer "./tl-merge --config pipeline.conf"
