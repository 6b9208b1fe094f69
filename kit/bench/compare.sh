#!/usr/bin/env bash
# Runs kit's benchmark and the same workloads in PyTorch, interleaved, on this machine, and prints the
# median milliseconds per training step of each and their ratio.
#
#   kit/bench/compare.sh [rounds] [blas-threads]      (defaults: 5 rounds, 1 thread)
#
# Needs PyTorch: on Debian 12, `apt-get install python3-torch libopenblas0-pthread` gives PyTorch 1.13 on
# OpenBLAS; set PYTHON to use another interpreter. Each round runs every workload once on each side; a
# run prints the median over 7 timed runs after its warm-up. blas-threads is OpenBLAS's thread count on
# both sides (PyTorch keeps one thread of its own, its fastest setting here). OpenBLAS's kernels are the
# environment's OPENBLAS_CORETYPE, or kit/openblas-env.sh's choice if it is unset, on both sides; the
# first line printed names them and the processor.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
threads=${2:-1}
python=${PYTHON:-python3}
source kit/openblas-env.sh # both sides: OpenBLAS's kernels as ./course picks them

./mvnw -q -B -pl kit compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="kit/target/classes:$(cat kit/target/bench-classpath.txt)"
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
echo "# ${cpu:-unknown CPU}, $(nproc --all 2>/dev/null || echo '?') cores; $threads BLAS thread(s);" \
  "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset} OPENBLAS_L2_SIZE=${OPENBLAS_L2_SIZE:-unset}"

declare -A times
for ((r = 1; r <= rounds; r++)); do
  for workload in mlp gpt; do
    kit=$(java -XX:+UseParallelGC -XX:-TieredCompilation -cp "$classpath" zerotohero.kit.bench.Bench \
      "$workload" "$threads" 7 2>/dev/null | grep -o 'median [0-9.]*' | cut -d' ' -f2)
    torch=$(OPENBLAS_NUM_THREADS=$threads "$python" kit/bench/pytorch_bench.py "$workload" 1 7 \
      | grep -o 'median [0-9.]*' | cut -d' ' -f2)
    echo "round $r $workload: kit $kit ms, pytorch $torch ms"
    times[$workload.kit]+="$kit "
    times[$workload.torch]+="$torch "
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
for workload in mlp gpt; do
  k=$(echo "${times[$workload.kit]}" | median)
  t=$(echo "${times[$workload.torch]}" | median)
  printf '%s, %s BLAS thread(s): kit %.3f ms/step, PyTorch %.3f ms/step, kit/PyTorch %.2f (medians of %d rounds)\n' \
    "$workload" "$threads" "$k" "$t" "$(awk -v a="$k" -v b="$t" 'BEGIN { print a / b }')" "$rounds"
done
